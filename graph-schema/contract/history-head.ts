import { z } from 'zod';

/**
 * A case history's head as an export or a publish wrote it down (issue 12): the last entry's
 * seq and hash when the copy was made. Kept outside the case, it pins the history: a chain
 * rewritten afterwards (entries edited and re-hashed, the seal redone with the profile's key)
 * no longer holds this entry, which `plexus audit verify --against` says.
 */
export const HistoryHead = z.strictObject({
  /** The last entry's seq; 0 for a case whose history was still empty. */
  seq: z.number().int().nonnegative(),
  /** That entry's hash (hex SHA-256); all zeros before the first entry. */
  hash: z.string().regex(/^[0-9a-f]{64}$/u, { error: 'must be 64 hexadecimal digits' }),
  /** The case's name, to tell a head of another case at a glance. */
  case: z.string().max(1000),
  /** When the head was read: the export or publish began. */
  at: z.string().max(40),
});
export type HistoryHead = z.infer<typeof HistoryHead>;

/** A head a file brought in: what the file says of its own case, never an entry of ours. */
export const ReportedHistoryHead = HistoryHead.extend({
  /** The file it came in, by name, and when it was imported. */
  file: z.string().max(4096),
  importedAt: z.string().max(40),
});
export type ReportedHistoryHead = z.infer<typeof ReportedHistoryHead>;
