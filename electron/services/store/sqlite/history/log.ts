import { HistoryFilter, type HistoryEntry } from '../../../../../graph-schema/contract/history';
import { toHistoryEntry } from '../../history/entry';
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

function toEntry(row: Row): HistoryEntry {
  return toHistoryEntry({
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
    bodyHash: row.body_hash === null ? null : Buffer.from(row.body_hash).toString('hex'),
    reason: row.reason,
    hash: Buffer.from(row.hash).toString('hex'),
  });
}
