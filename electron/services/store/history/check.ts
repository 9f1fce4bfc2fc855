import type { HistoryProblem } from '../../../../graph-schema/contract/history';
import { entryHash, GENESIS, type ChainFields } from './chain';

/**
 * What verify finds, the same for every store: the chain walk, the last-entry check, the
 * comparison with the sealed head, and each problem's code, values and English message.
 * Stores only read their own entries, head and items and hand them here.
 */

/** Enough to act on; a case edited wholesale would otherwise answer with a million lines. */
export const MAX_PROBLEMS = 100;

export type Report = (problem: HistoryProblem) => void;

/** An entry as stored: its chain fields and the hash it was written with. */
export interface StoredEntry extends ChainFields {
  hash: Buffer;
}

/** The head a store keeps beside its entries (a case file's seal, a server's head node). */
export interface SealedHead {
  seq: number;
  entries: number;
  items: number;
  head: Buffer;
}

/** Collects at most MAX_PROBLEMS, in the order found. */
export function findings(): { problems: HistoryProblem[]; report: Report } {
  const problems: HistoryProblem[] = [];
  return {
    problems,
    report: (problem) => {
      if (problems.length < MAX_PROBLEMS) problems.push(problem);
    },
  };
}

function altered(entry: StoredEntry, hint: string): HistoryProblem {
  return {
    kind: 'entry-altered',
    code: 'entry-altered',
    values: { seq: entry.seq, itemKind: entry.kind, item: entry.item },
    seq: entry.seq,
    item: entry.item,
    message: `entry ${entry.seq} (${entry.kind} ${entry.item}): its content does not match its hash${hint}`,
  };
}

/** Every entry in chain order: a gap, an edited entry or two swapped ones break the chain there. */
export class ChainWalk {
  private prev: Buffer = GENESIS;
  private expected = 1;

  constructor(private readonly report: Report) {}

  step(entry: StoredEntry): void {
    if (entry.seq !== this.expected) {
      const from = this.expected;
      const one = entry.seq - from === 1;
      this.report({
        kind: 'entry-missing',
        ...(one
          ? { code: 'entry-missing', values: { seq: from } }
          : { code: 'entries-missing', values: { seq: from, to: entry.seq - 1 } }),
        seq: from,
        message: one
          ? `entry ${from}: missing (deleted outside Plexus)`
          : `entries ${from} to ${entry.seq - 1}: missing (deleted outside Plexus)`,
      });
    } else if (!entryHash(this.prev, entry).equals(entry.hash)) {
      this.report(altered(entry, ' (edited or moved outside Plexus)'));
    }
    // Go on from the stored hash: one edit is named once, not as every entry after it.
    this.prev = entry.hash;
    this.expected = entry.seq + 1;
  }

  /** The stored hash of the last entry walked: the chain's head as found. */
  get head(): Buffer {
    return this.prev;
  }
}

/** The last entry against the one before it: an edit of the newest entry shows without a walk. */
export function checkLast(
  last: StoredEntry | undefined,
  before: StoredEntry | undefined,
  report: Report,
): Buffer {
  if (!last) return GENESIS;
  const prev = before && before.seq === last.seq - 1 ? before.hash : last.seq === 1 ? GENESIS : undefined;
  if (!prev)
    report({
      kind: 'entry-missing',
      code: 'entry-missing',
      values: { seq: last.seq - 1 },
      seq: last.seq - 1,
      message: `entry ${last.seq - 1}: missing`,
    });
  else if (!entryHash(prev, last).equals(last.hash)) report(altered(last, ''));
  return last.hash;
}

/** What the store holds against what its sealed head says it should. */
export function checkAgainstHead(
  found: { entries: number; lastSeq: number; head: Buffer; items: number },
  sealed: SealedHead,
  report: Report,
): void {
  const { entries, lastSeq, head, items } = found;
  if (entries < sealed.entries || lastSeq < sealed.seq)
    report({
      kind: 'entries-cut',
      code: 'entries-cut',
      values: { seq: lastSeq + 1, to: sealed.seq, sealed: sealed.entries, found: entries },
      seq: lastSeq + 1,
      message: `entries ${lastSeq + 1} to ${sealed.seq} are missing: the seal counts ${sealed.entries} entries, the history holds ${entries}`,
    });
  else if (entries !== sealed.entries || lastSeq !== sealed.seq || !head.equals(sealed.head))
    report({
      kind: 'anchor-mismatch',
      code: 'history-ends-elsewhere',
      values: { seq: lastSeq, sealedSeq: sealed.seq },
      seq: lastSeq,
      message: `entry ${lastSeq}: the history ends somewhere else than its seal says (entry ${sealed.seq}); entries were added or changed outside Plexus`,
    });
  if (items !== sealed.items)
    report({
      kind: 'item-differs',
      code: 'item-count-differs',
      values: { found: items, sealed: sealed.items },
      message: `the case holds ${items} entities and links, its history says ${sealed.items}: items were added or deleted outside Plexus`,
    });
}

export const sealMissing: HistoryProblem = {
  kind: 'anchor-missing',
  code: 'seal-missing',
  values: {},
  message: 'the seal of the history is gone (deleted outside Plexus)',
};

export function sealInvalid(seq: number): HistoryProblem {
  return {
    kind: 'anchor-mismatch',
    code: 'seal-invalid',
    values: {},
    seq,
    message: 'the seal does not match its key: the seal or the counts in it were changed outside Plexus',
  };
}

/**
 * A server's history no longer holds the entry this computer last wrote or checked there, as
 * it was: the chain was cut back or rewritten (hashes and head recomputed) on the server.
 */
export function witnessDiffers(seq: number): HistoryProblem {
  return {
    kind: 'anchor-mismatch',
    code: 'witness-differs',
    values: { seq },
    seq,
    message: `entry ${seq}: not the entry this computer last wrote or checked there (the history on the server was rewritten or cut back)`,
  };
}

export function itemWithoutHistory(kind: string, id: string): HistoryProblem {
  return {
    kind: 'item-without-history',
    code: 'item-without-history',
    values: { itemKind: kind, item: id },
    item: id,
    message: `${kind} ${id}: stored, but no history entry wrote it (added outside Plexus)`,
  };
}

export function itemDiffers(kind: string, id: string, seq: number): HistoryProblem {
  return {
    kind: 'item-differs',
    code: 'item-differs',
    values: { itemKind: kind, item: id, seq },
    seq,
    item: id,
    message: `${kind} ${id}: the stored record differs from what history entry ${seq} wrote (changed outside Plexus)`,
  };
}

export function itemVanished(kind: string, id: string, seq: number): HistoryProblem {
  return {
    kind: 'item-vanished',
    code: 'item-vanished',
    values: { itemKind: kind, item: id, seq },
    seq,
    item: id,
    message: `${kind} ${id}: history entry ${seq} wrote it, but it is gone (deleted outside Plexus)`,
  };
}
