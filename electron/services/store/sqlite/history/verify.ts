import type { HistoryCheck, HistoryProblem } from '../../../../../graph-schema/contract/history';
import type { Statements } from '../statements';
import { bodyHash, entryHash, GENESIS, sealMac, type ChainFields, type HistoryKey } from '../../history/chain';

/** Enough to act on; a case edited wholesale would otherwise answer with a million lines. */
const MAX_PROBLEMS = 100;

interface EntryRow {
  seq: number;
  at: string;
  os_user: string;
  analyst: string | null;
  op: string;
  kind: string;
  item: string;
  action: string;
  label: string;
  changes: string | null;
  body_hash: Buffer | null;
  reason: string | null;
  hash: Buffer;
}

interface AnchorRow {
  seq: number;
  entries: number;
  items: number;
  head: Buffer;
  key_id: string | null;
  host: string;
  mac: Buffer | null;
}

const ENTRY_COLUMNS =
  'seq, at, os_user, analyst, op, kind, item, action, label, changes, body_hash, reason, hash';

function fields(row: EntryRow): ChainFields {
  return {
    seq: row.seq,
    at: row.at,
    osUser: row.os_user,
    analyst: row.analyst,
    op: row.op,
    kind: row.kind,
    item: row.item,
    action: row.action,
    label: row.label,
    changes: row.changes,
    bodyHash: row.body_hash,
    reason: row.reason,
  };
}

/**
 * `open`: the seal, the counts and the last entry — a few indexed reads, whatever the case's
 * size. `full`: every entry's hash in chain order, then every stored item's body against the
 * last entry that wrote it. Problems come in chain order, the first one first.
 */
export function checkHistory(
  sql: Statements,
  depth: 'open' | 'full',
  key: HistoryKey | undefined,
): HistoryCheck {
  const problems: HistoryProblem[] = [];
  const report = (problem: HistoryProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const anchor = sql
    .get('SELECT seq, entries, items, head, key_id, host, mac FROM history_anchor WHERE id = 1')
    .get() as AnchorRow | undefined;
  const entries = sql.get('SELECT count(*) FROM history').pluck().get() as number;
  const items =
    (sql.get('SELECT count(*) FROM entities').pluck().get() as number) +
    (sql.get('SELECT count(*) FROM links').pluck().get() as number);

  const head = depth === 'full' ? walkChain(sql, report) : checkLast(sql, report);

  let anchorState: HistoryCheck['anchor'];
  if (!anchor) {
    report({
      kind: 'anchor-missing',
      code: 'seal-missing',
      values: {},
      message: 'the seal of the history is gone (deleted outside Plexus)',
    });
    anchorState = 'broken';
  } else {
    const lastSeq = (sql.get('SELECT max(seq) FROM history').pluck().get() as number | null) ?? 0;
    if (entries < anchor.entries || lastSeq < anchor.seq)
      report({
        kind: 'entries-cut',
        code: 'entries-cut',
        values: { seq: lastSeq + 1, to: anchor.seq, sealed: anchor.entries, found: entries },
        seq: lastSeq + 1,
        message: `entries ${lastSeq + 1} to ${anchor.seq} are missing: the seal counts ${anchor.entries} entries, the table holds ${entries}`,
      });
    else if (entries !== anchor.entries || lastSeq !== anchor.seq || !head.equals(anchor.head))
      report({
        kind: 'anchor-mismatch',
        code: 'history-ends-elsewhere',
        values: { seq: lastSeq, sealedSeq: anchor.seq },
        seq: lastSeq,
        message: `entry ${lastSeq}: the history ends somewhere else than its seal says (entry ${anchor.seq}); entries were added or changed outside Plexus`,
      });
    if (items !== anchor.items)
      report({
        kind: 'item-differs',
        code: 'item-count-differs',
        values: { found: items, sealed: anchor.items },
        message: `the case holds ${items} entities and links, its history says ${anchor.items}: items were added or deleted outside Plexus`,
      });
    if (anchor.key_id === null || anchor.mac === null) anchorState = 'unkeyed';
    else if (!key || key.id !== anchor.key_id) anchorState = 'other-machine';
    else if (sealMac(key, anchor).equals(anchor.mac)) anchorState = 'verified';
    else {
      anchorState = 'broken';
      report({
        kind: 'anchor-mismatch',
        code: 'seal-invalid',
        values: {},
        seq: anchor.seq,
        message: 'the seal does not match its key: the seal or the counts in it were changed outside Plexus',
      });
    }
  }
  if (depth === 'full') checkItems(sql, report);
  return {
    ok: problems.length === 0,
    depth,
    entries,
    items,
    head: head.toString('hex'),
    anchor: anchorState,
    ...(anchor?.host ? { anchorHost: anchor.host } : {}),
    problems,
  };
}

/** The last entry against the one before it: an edit of the newest entry shows without a walk. */
function checkLast(sql: Statements, report: (p: HistoryProblem) => void): Buffer {
  const rows = sql.get(`SELECT ${ENTRY_COLUMNS} FROM history ORDER BY seq DESC LIMIT 2`).all() as EntryRow[];
  const [last, before] = rows;
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
  else if (!entryHash(prev, fields(last)).equals(last.hash))
    report({
      kind: 'entry-altered',
      code: 'entry-altered',
      values: { seq: last.seq, itemKind: last.kind, item: last.item },
      seq: last.seq,
      item: last.item,
      message: `entry ${last.seq} (${last.kind} ${last.item}): its content does not match its hash`,
    });
  return last.hash;
}

/** Every entry in order: a gap, an edited entry or two swapped ones break the chain there. */
function walkChain(sql: Statements, report: (p: HistoryProblem) => void): Buffer {
  let prev = GENESIS;
  let expected = 1;
  for (const row of sql
    .get(`SELECT ${ENTRY_COLUMNS} FROM history ORDER BY seq`)
    .iterate() as IterableIterator<EntryRow>) {
    if (row.seq !== expected) {
      report({
        kind: 'entry-missing',
        ...(row.seq - expected === 1
          ? { code: 'entry-missing', values: { seq: expected } }
          : { code: 'entries-missing', values: { seq: expected, to: row.seq - 1 } }),
        seq: expected,
        message:
          row.seq - expected === 1
            ? `entry ${expected}: missing (deleted outside Plexus)`
            : `entries ${expected} to ${row.seq - 1}: missing (deleted outside Plexus)`,
      });
    } else if (!entryHash(prev, fields(row)).equals(row.hash)) {
      report({
        kind: 'entry-altered',
        code: 'entry-altered',
        values: { seq: row.seq, itemKind: row.kind, item: row.item },
        seq: row.seq,
        item: row.item,
        message: `entry ${row.seq} (${row.kind} ${row.item}): its content does not match its hash (edited or moved outside Plexus)`,
      });
    }
    // Go on from the stored hash: one edit is named once, not as every entry after it.
    prev = row.hash;
    expected = row.seq + 1;
  }
  return prev;
}

/** Each stored body against its last entry; entries whose item is gone. */
function checkItems(sql: Statements, report: (p: HistoryProblem) => void): void {
  const latest = (kind: string) =>
    `SELECT item, max(seq) AS seq, body_hash FROM history WHERE kind = '${kind}' GROUP BY item`;
  const tables = [
    ['entity', 'SELECT e.id, b.body FROM entities e JOIN entity_bodies b ON b.rid = e.rid'],
    ['link', 'SELECT id, body FROM links'],
  ] as const;
  for (const [kind, stored] of tables) {
    const rows = sql
      .get(
        `SELECT s.id, s.body, h.seq, h.body_hash FROM (${stored}) s LEFT JOIN (${latest(kind)}) h ON h.item = s.id`,
      )
      .raw()
      .iterate() as IterableIterator<[string, string, number | null, Buffer | null]>;
    for (const [id, body, seq, hash] of rows) {
      if (seq === null)
        report({
          kind: 'item-without-history',
          code: 'item-without-history',
          values: { itemKind: kind, item: id },
          item: id,
          message: `${kind} ${id}: stored, but no history entry wrote it (added outside Plexus)`,
        });
      else if (hash === null || !bodyHash(body).equals(hash))
        report({
          kind: 'item-differs',
          code: 'item-differs',
          values: { itemKind: kind, item: id, seq },
          seq,
          item: id,
          message: `${kind} ${id}: the stored record differs from what history entry ${seq} wrote (changed outside Plexus)`,
        });
    }
    const table = kind === 'entity' ? 'entities' : 'links';
    const gone = sql
      .get(
        `SELECT h.item, h.seq FROM (${latest(kind)}) h WHERE h.body_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = h.item) ORDER BY h.seq`,
      )
      .raw()
      .all() as [string, number][];
    for (const [id, seq] of gone)
      report({
        kind: 'item-vanished',
        code: 'item-vanished',
        values: { itemKind: kind, item: id, seq },
        seq,
        item: id,
        message: `${kind} ${id}: history entry ${seq} wrote it, but it is gone (deleted outside Plexus)`,
      });
  }
}
