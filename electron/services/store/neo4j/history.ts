import {
  HistoryFilter,
  type HistoryCheck,
  type HistoryEntry,
} from '../../../../graph-schema/contract/history';
import { bodyHash } from '../history/chain';
import {
  ChainWalk,
  checkAgainstHead,
  checkLast,
  findings,
  itemDiffers,
  itemVanished,
  itemWithoutHistory,
  sealMissing,
  witnessDiffers,
  type Report,
  type StoredEntry,
} from '../history/check';
import { toHistoryEntry, type EntryFields } from '../history/entry';
import type { HistoryWitness } from '../history/witness';
import { storedEntityBody, storedLinkBody } from './history-body';
import * as q from './history-cypher';
import type { Run } from './session';
import type { Plain, Row } from './values';

/** Entries and items read per statement by verify's walks. */
const PAGE = 5000;

function text(value: Plain | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

function asMap(value: Plain | undefined): { [key: string]: Plain } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
}

/** An entry node's properties as the chain's fields; what is not text reads as missing. */
function fieldsOf(row: Row): EntryFields {
  const e = asMap(row.entry);
  return {
    seq: Number(e.seq),
    at: text(e.at) ?? '',
    osUser: text(e.osUser) ?? '',
    analyst: text(e.analyst),
    op: text(e.op) ?? '',
    kind: text(e.kind) ?? '',
    item: text(e.item) ?? '',
    action: text(e.action) ?? '',
    label: text(e.label) ?? '',
    changes: text(e.changes),
    bodyHash: text(e.bodyHash),
    reason: text(e.reason),
    hash: text(e.hash) ?? '',
  };
}

function stored(fields: EntryFields): StoredEntry {
  return {
    ...fields,
    bodyHash: fields.bodyHash === null ? null : Buffer.from(fields.bodyHash, 'hex'),
    hash: Buffer.from(fields.hash, 'hex'),
  };
}

/** The history newest first, filtered on the server (by item through its index), one page at a time. */
export async function listServerHistory(
  run: Run,
  raw: HistoryFilter,
): Promise<{ entries: HistoryEntry[]; more: boolean }> {
  const filter = HistoryFilter.parse(raw);
  const rows = await run(filter.item !== undefined ? q.LIST_ITEM_HISTORY : q.LIST_HISTORY, {
    item: filter.item ?? null,
    who: filter.who ?? null,
    since: filter.since ?? null,
    until: filter.until ?? null,
    op: filter.op ?? null,
    before: filter.before ?? Number.MAX_SAFE_INTEGER,
    limit: filter.limit + 1,
  });
  const more = rows.length > filter.limit;
  return { entries: rows.slice(0, filter.limit).map((row) => toHistoryEntry(fieldsOf(row))), more };
}

/**
 * verifyHistory on a server, with the case file's checks and problems (history/check.ts). The
 * head node takes the seal's place; it has no key (see README, evidence). What this computer
 * last wrote or checked there (the witness) must still be in the chain, as it was.
 */
export async function checkServerHistory(
  run: Run,
  depth: 'open' | 'full',
  witness: { store: HistoryWitness; location: string } | undefined,
  /** Entities and links stored, from the server's count store (Neo4jStore.counts). */
  items: number,
): Promise<HistoryCheck> {
  const { problems, report } = findings();
  const [headRow, ...extra] = await run(q.HISTORY_HEAD);
  const [counted] = await run(q.COUNT_HISTORY);
  const entries = Number(counted?.n ?? 0);
  const lastSeq = Number(counted?.lastSeq ?? 0);

  const head = depth === 'full' ? await walkChain(run, report) : await lastEntries(run, report);

  let anchor: HistoryCheck['anchor'];
  const sealed = headRow && extra.length === 0 ? headOf(headRow) : undefined;
  if (!sealed) {
    report(sealMissing);
    anchor = 'broken';
  } else {
    checkAgainstHead({ entries, lastSeq, head, items }, sealed, report);
    anchor = 'unwitnessed';
  }
  const seen = witness?.store.seen(witness.location);
  // Entry 0 is no entry: an empty chain seen before holds nothing to compare (as journal.ts).
  if (seen && seen.seq > 0) {
    const [at] = await run(q.ENTRY_HASH_AT, { seq: seen.seq });
    if (at?.hash !== seen.hash) {
      report(witnessDiffers(seen.seq));
      anchor = 'broken';
    } else if (anchor !== 'broken') anchor = 'witnessed';
  }
  if (depth === 'full') await checkItems(run, report);
  if (problems.length === 0 && witness && sealed)
    witness.store.saw(witness.location, { seq: sealed.seq, hash: sealed.head.toString('hex') });
  return {
    ok: problems.length === 0,
    depth,
    entries,
    items,
    head: head.toString('hex'),
    anchor,
    problems,
  };
}

function headOf(row: Row): { seq: number; entries: number; items: number; head: Buffer } | undefined {
  const seq = Number(row.seq);
  if (!Number.isInteger(seq) || typeof row.head !== 'string') return undefined;
  return { seq, entries: Number(row.entries), items: Number(row.items), head: Buffer.from(row.head, 'hex') };
}

async function lastEntries(run: Run, report: Report): Promise<Buffer> {
  const [last, before] = (await run(q.LAST_ENTRIES)).map((row) => stored(fieldsOf(row)));
  return checkLast(last, before, report);
}

async function walkChain(run: Run, report: Report): Promise<Buffer> {
  const walk = new ChainWalk(report);
  for (let after = 0; ;) {
    const page = (await run(q.WALK_HISTORY, { after, size: PAGE })).map((row) => stored(fieldsOf(row)));
    for (const entry of page) walk.step(entry);
    if (page.length < PAGE) return walk.head;
    after = page[page.length - 1]?.seq ?? after;
  }
}

/** Each stored item against its last entry; then the entries whose item is gone. */
async function checkItems(run: Run, report: Report): Promise<void> {
  const present = { entity: new Set<string>(), link: new Set<string>() };
  const pass = async (kind: 'entity' | 'link', statement: string, body: (row: Row) => string) => {
    for (let after = ''; ;) {
      const rows = await run(statement, { after, size: PAGE });
      for (const row of rows) {
        const id = text(asMap(row.props).id) ?? '';
        present[kind].add(id);
        const seq = typeof row.seq === 'number' ? row.seq : null;
        if (seq === null) report(itemWithoutHistory(kind, id));
        else if (typeof row.bodyHash !== 'string' || bodyHash(body(row)).toString('hex') !== row.bodyHash)
          report(itemDiffers(kind, id, seq));
        after = id;
      }
      if (rows.length < PAGE) return;
    }
  };
  await pass('entity', q.ENTITIES_WITH_LAST_ENTRY, (row) => storedEntityBody(asMap(row.props)));
  await pass('link', q.LINKS_WITH_LAST_ENTRY, (row) =>
    storedLinkBody(asMap(row.props), row.type, row.source, row.target),
  );
  const gone: { kind: 'entity' | 'link'; item: string; seq: number }[] = [];
  for (const row of await run(q.LAST_ENTRY_PER_ITEM)) {
    const kind = row.kind === 'link' ? 'link' : 'entity';
    const item = text(row.item) ?? '';
    if (!present[kind].has(item)) gone.push({ kind, item, seq: Number(row.seq) });
  }
  // The case file names vanished entities before links; within each, in chain order.
  for (const kind of ['entity', 'link'] as const)
    for (const g of gone) if (g.kind === kind) report(itemVanished(g.kind, g.item, g.seq));
}
