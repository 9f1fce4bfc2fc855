import { HistoryAction, HistoryEntry, HistoryOp } from '../../../../graph-schema/contract/history';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { bodyHash, type ChainFields } from './chain';
import type { JournalContext } from './context';
import { diff } from './diff';

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

/** What a journal appends for one item: the rest of the entry comes from the write's context. */
export interface EntryInput {
  kind: string;
  item: string;
  label: string;
  action: HistoryAction;
  changes: string | null;
  /** The stored body after the write; null when removed. */
  body: string | null;
}

/** The fields an entry is hashed by, as every store's journal builds them. */
export function chainFields(ctx: JournalContext, seq: number, e: EntryInput): ChainFields {
  return {
    seq,
    at: ctx.at,
    osUser: ctx.osUser,
    analyst: ctx.analyst ?? null,
    op: ctx.op,
    kind: e.kind,
    item: e.item,
    action: e.action,
    label: e.label,
    changes: e.changes,
    bodyHash: e.body === null ? null : bodyHash(e.body),
    reason: ctx.reason ?? null,
  };
}

/**
 * A source or citation written, as an entry's action, changes and body (bodies as stored, null
 * where there is none); null when there was nothing before or after. Not an item: a journal
 * enters it without touching the item count.
 */
export function evidenceEntry(
  kind: 'source' | 'citation',
  item: string,
  label: string,
  before: string | null,
  after: string | null,
): EntryInput | null {
  if (before === null && after === null) return null;
  if (before === null) return { kind, item, label, action: 'added', changes: null, body: after };
  if (after === null) return { kind, item, label, action: 'removed', changes: null, body: null };
  const changes = diff(
    JSON.parse(before) as Record<string, unknown>,
    JSON.parse(after) as Record<string, unknown>,
  );
  return { kind, item, label, action: 'changed', changes: JSON.stringify(changes), body: after };
}
