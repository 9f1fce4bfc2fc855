import { HistoryAction, HistoryEntry, HistoryOp } from '../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../graph-schema/model/errors';

/** An entry as any store holds it: hashes in hex, `changes` as the JSON text that was hashed. */
export interface EntryFields {
  seq: number;
  at: string;
  osUser: string;
  analyst: string | null;
  op: string;
  kind: string;
  item: string;
  action: string;
  label: string;
  changes: string | null;
  bodyHash: string | null;
  reason: string | null;
  hash: string;
}

/** Read at the edge: a stored entry that is not what Plexus writes fails loudly, naming it. */
export function toHistoryEntry(row: EntryFields): HistoryEntry {
  const parsed = HistoryEntry.safeParse({
    seq: row.seq,
    at: row.at,
    osUser: row.osUser,
    ...(row.analyst !== null ? { analyst: row.analyst } : {}),
    op: HistoryOp.safeParse(row.op).success ? row.op : `(${row.op})`,
    kind: row.kind,
    item: row.item,
    label: row.label,
    action: HistoryAction.safeParse(row.action).success ? row.action : `(${row.action})`,
    ...(row.changes !== null ? { changes: parseChanges(row) } : {}),
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.bodyHash !== null ? { bodyHash: row.bodyHash } : {}),
    hash: row.hash,
  });
  if (!parsed.success)
    throw new PlexusError(
      'CASE_CORRUPT',
      `history entry ${row.seq}: not an entry Plexus writes (${parsed.error.issues[0]?.message ?? ''})`,
    );
  return parsed.data;
}

function parseChanges(row: EntryFields): unknown {
  try {
    return JSON.parse(row.changes ?? 'null') as unknown;
  } catch {
    throw new PlexusError('CASE_CORRUPT', `history entry ${row.seq}: its changes are not JSON`);
  }
}
