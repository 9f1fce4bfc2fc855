import {
  HistoryEntry,
  HistoryFilter,
  HistoryOp,
  HistoryAction,
} from '../../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { Statements } from '../statements';

type Row = {
  seq: number;
  at: string;
  os_user: string;
  analyst: string | null;
  op: string;
  kind: 'entity' | 'link';
  item: string;
  action: string;
  label: string;
  changes: string | null;
  body_hash: Buffer | null;
  reason: string | null;
  hash: Buffer;
};

/** The history newest first, filtered in SQL (by item through its index), one page at a time. */
export function listHistory(sql: Statements, raw: HistoryFilter): { entries: HistoryEntry[]; more: boolean } {
  const filter = HistoryFilter.parse(raw);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.item !== undefined) {
    where.push('item = @item');
    params.item = filter.item;
  }
  if (filter.who !== undefined) {
    where.push('(os_user = @who OR analyst = @who)');
    params.who = filter.who;
  }
  if (filter.since !== undefined) {
    where.push('at >= @since');
    params.since = filter.since;
  }
  if (filter.until !== undefined) {
    where.push('at <= @until');
    params.until = filter.until;
  }
  if (filter.op !== undefined) {
    where.push('op = @op');
    params.op = filter.op;
  }
  if (filter.before !== undefined) {
    where.push('seq < @before');
    params.before = filter.before;
  }
  params.limit = filter.limit + 1;
  const rows = sql
    .get(
      `SELECT * FROM history ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT @limit`,
    )
    .all(params) as Row[];
  const more = rows.length > filter.limit;
  return { entries: rows.slice(0, filter.limit).map(toEntry), more };
}

/** Read at the edge: a row that is not what Plexus writes fails loudly, naming the entry. */
function toEntry(row: Row): HistoryEntry {
  const parsed = HistoryEntry.safeParse({
    seq: row.seq,
    at: row.at,
    osUser: row.os_user,
    ...(row.analyst !== null ? { analyst: row.analyst } : {}),
    op: HistoryOp.safeParse(row.op).success ? row.op : `(${row.op})`,
    kind: row.kind,
    item: row.item,
    label: row.label,
    action: HistoryAction.safeParse(row.action).success ? row.action : `(${row.action})`,
    ...(row.changes !== null ? { changes: parseChanges(row) } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.body_hash !== null ? { bodyHash: Buffer.from(row.body_hash).toString('hex') } : {}),
    hash: Buffer.from(row.hash).toString('hex'),
  });
  if (!parsed.success)
    throw new PlexusError(
      'CASE_CORRUPT',
      `history entry ${row.seq}: not an entry Plexus writes (${parsed.error.issues[0]?.message ?? ''})`,
    );
  return parsed.data;
}

function parseChanges(row: Row): unknown {
  try {
    return JSON.parse(row.changes ?? 'null') as unknown;
  } catch {
    throw new PlexusError('CASE_CORRUPT', `history entry ${row.seq}: its changes are not JSON`);
  }
}
