import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  HistoryHead,
  ReportedHistoryHead,
  type HistoryHead as Head,
} from '../../graph-schema/contract/history-head';
import { isPlexusError, PlexusError } from '../../graph-schema/model/errors';
import type { GraphStore } from './store/graph-store';

/** The hash "before the first entry": what an empty history's head is. */
const EMPTY = '0'.repeat(64);

/** Meta key of the heads imported files reported (a list, oldest first). */
export const REPORTED_HEADS_KEY = 'reported-history-heads';
/** Meta key, on a publish target, of what each publish into it brought (a list, oldest first). */
export const PUBLICATIONS_KEY = 'publications';
/** Older records are dropped past this many: the newest are the ones a check needs. */
const KEEP = 1000;

/** The store's history head now; undefined for a store that keeps no history. */
export async function historyHead(store: GraphStore, at: Date = new Date()): Promise<Head | undefined> {
  try {
    const { entries } = await store.listHistory({ limit: 1 });
    const last = entries[0];
    return { seq: last?.seq ?? 0, hash: last?.hash ?? EMPTY, case: store.name, at: at.toISOString() };
  } catch (error) {
    if (isPlexusError(error) && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

export interface HeadCheck {
  ok: boolean;
  /** One line, English, naming the entry: what the CLI prints. */
  message: string;
}

/**
 * Whether the store's history still holds the entry `head` recorded. A chain rewritten after
 * the head was written down (an entry edited, removed or inserted before it, and everything
 * re-hashed) has another hash at that seq, or no entry there at all.
 */
export async function checkRecordedHead(store: GraphStore, head: Head): Promise<HeadCheck> {
  const recorded = `entry ${head.seq} (${head.hash.slice(0, 16)}…, ${head.case}, ${head.at})`;
  if (head.seq === 0) return { ok: true, message: `the recorded history was empty: nothing to compare` };
  const { entries } = await store.listHistory({ before: head.seq + 1, limit: 1 });
  const entry = entries[0];
  if (entry === undefined || entry.seq !== head.seq)
    return {
      ok: false,
      message: `history entry ${head.seq} is missing from the case; the record names ${recorded}`,
    };
  if (entry.hash !== head.hash)
    return {
      ok: false,
      message: `history entry ${head.seq} is not the one recorded (${entry.hash.slice(0, 16)}… here, ${recorded}): the history was rewritten after it was recorded`,
    };
  return { ok: true, message: `the history still holds ${recorded}` };
}

/** Appends to a list kept in the store's meta, keeping the newest KEEP. */
async function appendMeta(store: GraphStore, key: string, record: unknown): Promise<void> {
  const before = await store.readMeta(key);
  const list = Array.isArray(before) ? before : [];
  await store.writeMeta(key, [...list, record].slice(-KEEP));
}

/** Keeps the head an imported file reported, apart from the case's own history. */
export async function keepReportedHead(store: GraphStore, head: Head, path: string): Promise<void> {
  const file = basename(path);
  // Importing the same file again reports nothing new.
  const before = await store.readMeta(REPORTED_HEADS_KEY);
  const again = (Array.isArray(before) ? before : []).some((kept: unknown) => {
    const k = ReportedHistoryHead.safeParse(kept);
    return k.success && k.data.file === file && k.data.seq === head.seq && k.data.hash === head.hash;
  });
  if (again) return;
  const record = ReportedHistoryHead.parse({ ...head, file, importedAt: new Date().toISOString() });
  await appendMeta(store, REPORTED_HEADS_KEY, record);
}

/** What a publish wrote down on its target: the case it came from and that case's head. */
export async function recordPublication(
  target: GraphStore,
  record: { from: string; at: string; head: Head },
): Promise<void> {
  await appendMeta(target, PUBLICATIONS_KEY, { ...record, head: HistoryHead.parse(record.head) });
}

/** The envelope of a native export is written before its records: this much holds it. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * The head a file recorded: a native JSON export's `history` (read from its envelope, not the
 * whole file) or a head on its own ({ seq, hash, case, at }, as a publish record holds it).
 */
export async function readRecordedHead(path: string): Promise<Head> {
  const file = basename(path);
  const fail = (why: string) =>
    new PlexusError('VALIDATION', `${file}: ${why}`, [{ file: path, field: 'history', message: why }]);
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(ENVELOPE_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, ENVELOPE_BYTES, 0);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new PlexusError(code === 'ENOENT' ? 'NOT_FOUND' : 'IO', `${file}: cannot read the file (${path})`, [
      { file: path, message: code ?? 'unreadable' },
    ]);
  }
  const records = text.indexOf('"entities":');
  const envelope = records >= 0 ? `${text.slice(0, records).replace(/,\s*$/u, '')}}` : text;
  let data: unknown;
  try {
    data = JSON.parse(envelope.replace(/^\uFEFF/u, ''));
  } catch {
    throw fail('neither a Plexus case export nor a history head (not JSON)');
  }
  const value = (data as { history?: unknown } | null)?.history ?? data;
  const parsed = HistoryHead.safeParse(value);
  if (!parsed.success)
    throw fail(
      (data as { history?: unknown } | null)?.history === undefined
        ? 'records no history head (exported before Plexus wrote one, or not a Plexus case export)'
        : `the recorded history head is not valid (${parsed.error.issues[0]?.message ?? 'invalid'})`,
    );
  return parsed.data;
}
