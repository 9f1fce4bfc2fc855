import { z } from 'zod';
import { HistoryCheck } from './history';

export const StoreKind = z.enum(['case-file', 'neo4j']);
export type StoreKind = z.infer<typeof StoreKind>;

export const CaseInfo = z.strictObject({
  name: z.string(),
  /** Where the data lives: a case file path, or a server and database. */
  store: z.strictObject({
    kind: StoreKind,
    location: z.string(),
    /** A read-only server connection, or a case file another window holds: the UI turns editing off. */
    readOnly: z.boolean(),
    /** Why a store that is normally writable is read-only here, in words (another window holds it). */
    readOnlyReason: z.string().optional(),
    /** A case file encrypted with a passphrase: the case menu offers Decrypt and Change passphrase. */
    encrypted: z.boolean().optional(),
  }),
  schemaVersion: z.number().int(),
  entityCount: z.number().int(),
  linkCount: z.number().int(),
  entityCounts: z.record(z.string(), z.number().int()),
  linkCounts: z.record(z.string(), z.number().int()),
  /** The check made on open of the history (issue 12), a case file's or a server's. */
  history: HistoryCheck.optional(),
});
export type CaseInfo = z.infer<typeof CaseInfo>;

export const RecentCase = z.strictObject({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
  /** Encrypted when last opened: the app asks for its passphrase first (which is never kept). */
  encrypted: z.boolean().optional(),
});
export type RecentCase = z.infer<typeof RecentCase>;

export const CaseFile = z.strictObject({
  path: z.string(),
  name: z.string(),
  size: z.number().int(),
  modifiedAt: z.string(),
  /** A case file that is encrypted (judged from its first bytes): opening it asks for the passphrase. */
  encrypted: z.boolean().optional(),
});
export type CaseFile = z.infer<typeof CaseFile>;

export const CASE_EXTENSION = '.plexus';

/**
 * The passphrase of an encrypted case. It travels only in the request that needs it (open,
 * create, encrypt, decrypt, change) and is never stored or sent back.
 */
export const Passphrase = z.string().min(1).max(1024);
