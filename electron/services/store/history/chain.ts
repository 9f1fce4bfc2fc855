import { createHash, createHmac, hash } from 'node:crypto';

/**
 * The hash chain, as pure functions over the stored column values: what the writer computes
 * and what verify recomputes are the same bytes, whatever JSON the columns hold.
 */

/** An entry's columns in chain order; `changes` is the stored JSON text. */
export interface ChainFields {
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
  bodyHash: Buffer | null;
  reason: string | null;
}

/** The hash before the first entry. */
export const GENESIS: Buffer = Buffer.alloc(32);

/*
 * Both hashes run once per item an import writes: one-shot `hash` over a reused buffer, not a
 * Hash object per call. That garbage piles up in V8's heap between the import's collections;
 * with the journal's longer buffer it raised a 200,000-row import's peak by about 60 MiB
 * (BENCHMARKS: Case history).
 */
export function bodyHash(body: string): Buffer {
  return hash('sha256', body, 'buffer');
}

/** prev ‖ entry text, written in place; grown when an entry is longer (a long label or diff). */
let scratch = Buffer.allocUnsafe(4096);

/** sha256(previous hash ‖ the entry's columns as one JSON array). */
export function entryHash(prev: Buffer, e: ChainFields): Buffer {
  const text = JSON.stringify([
    e.seq,
    e.at,
    e.osUser,
    e.analyst,
    e.op,
    e.kind,
    e.item,
    e.action,
    e.label,
    e.changes,
    e.bodyHash === null ? null : e.bodyHash.toString('hex'),
    e.reason,
  ]);
  const size = prev.length + Buffer.byteLength(text);
  if (size > scratch.length) scratch = Buffer.allocUnsafe(2 * size);
  prev.copy(scratch, 0);
  scratch.write(text, prev.length, 'utf8');
  return hash('sha256', scratch.subarray(0, size), 'buffer');
}

/** The profile's sealing key: `id` names it in the case without giving it away. */
export interface HistoryKey {
  id: string;
  secret: Buffer;
}

export interface AnchorFields {
  seq: number;
  entries: number;
  items: number;
  head: Buffer;
}

export function sealMac(key: HistoryKey, a: AnchorFields): Buffer {
  return createHmac('sha256', key.secret)
    .update(`plexus-history-v1|${a.seq}|${a.entries}|${a.items}|${a.head.toString('hex')}`)
    .digest();
}

export function keyId(secret: Buffer): string {
  return createHash('sha256').update('plexus-history-key').update(secret).digest('hex').slice(0, 16);
}
