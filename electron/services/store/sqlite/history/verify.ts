import type { HistoryCheck } from '../../../../../graph-schema/contract/history';
import type { Statements } from '../statements';
import { bodyHash, sealMac, type HistoryKey } from '../../history/chain';
import {
  ChainWalk,
  checkAgainstHead,
  checkLast,
  findings,
  itemDiffers,
  itemVanished,
  itemWithoutHistory,
  sealInvalid,
  sealMissing,
  type Report,
  type StoredEntry,
} from '../../history/check';

/** A `history` row as SQLite returns it (also read by the tests that forge one). */
export interface EntryRow {
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

function stored(row: EntryRow): StoredEntry {
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
    hash: row.hash,
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
  const { problems, report } = findings();
  const anchor = sql
    .get('SELECT seq, entries, items, head, key_id, host, mac FROM history_anchor WHERE id = 1')
    .get() as AnchorRow | undefined;
  const entries = sql.get('SELECT count(*) FROM history').pluck().get() as number;
  const items =
    (sql.get('SELECT count(*) FROM entities').pluck().get() as number) +
    (sql.get('SELECT count(*) FROM links').pluck().get() as number);

  const head = depth === 'full' ? walkChain(sql, report) : lastEntries(sql, report);

  let anchorState: HistoryCheck['anchor'];
  if (!anchor) {
    report(sealMissing);
    anchorState = 'broken';
  } else {
    const lastSeq = (sql.get('SELECT max(seq) FROM history').pluck().get() as number | null) ?? 0;
    checkAgainstHead({ entries, lastSeq, head, items }, anchor, report);
    if (anchor.key_id === null || anchor.mac === null) anchorState = 'unkeyed';
    else if (!key || key.id !== anchor.key_id) anchorState = 'other-machine';
    else if (sealMac(key, anchor).equals(anchor.mac)) anchorState = 'verified';
    else {
      anchorState = 'broken';
      report(sealInvalid(anchor.seq));
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

function lastEntries(sql: Statements, report: Report): Buffer {
  const rows = sql.get(`SELECT ${ENTRY_COLUMNS} FROM history ORDER BY seq DESC LIMIT 2`).all() as EntryRow[];
  const [last, before] = rows.map(stored);
  return checkLast(last, before, report);
}

function walkChain(sql: Statements, report: Report): Buffer {
  const walk = new ChainWalk(report);
  for (const row of sql
    .get(`SELECT ${ENTRY_COLUMNS} FROM history ORDER BY seq`)
    .iterate() as IterableIterator<EntryRow>)
    walk.step(stored(row));
  return walk.head;
}

/** Each stored body against its last entry; entries whose item is gone. */
function checkItems(sql: Statements, report: Report): void {
  const latest = (kind: string) =>
    `SELECT item, max(seq) AS seq, body_hash FROM history WHERE kind = '${kind}' GROUP BY item`;
  const tables = [
    ['entity', 'SELECT e.id, b.body FROM entities e JOIN entity_bodies b ON b.rid = e.rid'],
    ['link', 'SELECT id, body FROM links'],
  ] as const;
  for (const [kind, storedItems] of tables) {
    const rows = sql
      .get(
        `SELECT s.id, s.body, h.seq, h.body_hash FROM (${storedItems}) s LEFT JOIN (${latest(kind)}) h ON h.item = s.id`,
      )
      .raw()
      .iterate() as IterableIterator<[string, string, number | null, Buffer | null]>;
    for (const [id, body, seq, hash] of rows) {
      if (seq === null) report(itemWithoutHistory(kind, id));
      else if (hash === null || !bodyHash(body).equals(hash)) report(itemDiffers(kind, id, seq));
    }
    const table = kind === 'entity' ? 'entities' : 'links';
    const gone = sql
      .get(
        `SELECT h.item, h.seq FROM (${latest(kind)}) h WHERE h.body_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${table} WHERE id = h.item) ORDER BY h.seq`,
      )
      .raw()
      .all() as [string, number][];
    for (const [id, seq] of gone) report(itemVanished(kind, id, seq));
  }
}
