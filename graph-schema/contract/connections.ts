import { z } from 'zod';

/** Bolt URI schemes neo4j-driver speaks; +s is TLS with verified certificates, +ssc self-signed. */
export const NEO4J_URI = /^(neo4j|neo4j\+s|neo4j\+ssc|bolt|bolt\+s|bolt\+ssc):\/\/[^\s/]+(:\d+)?\/?$/;

const connectionFields = {
  /** What the analyst calls it: "Team graph", "Training server". */
  name: z.string().trim().min(1).max(200),
  uri: z
    .string()
    .trim()
    .regex(NEO4J_URI, 'must be a neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc:// address'),
  database: z.string().trim().min(1).max(200).default('neo4j'),
  user: z.string().trim().min(1).max(200),
  /** Supervisors browse without write rights: sessions use READ access mode. */
  readOnly: z.boolean().default(false),
};

/** A connection as the user types it, password included (never stored in plain text). */
export const ConnectionInput = z.strictObject({
  ...connectionFields,
  password: z.string().max(1000),
});
export type ConnectionInput = z.input<typeof ConnectionInput>;

/** A saved connection: no password here; the desktop keeps it in the OS keychain (safeStorage). */
export const SavedConnection = z.strictObject({
  id: z.string().min(1),
  ...connectionFields,
  /** A password is kept for it (in the keychain, or in memory in browser mode). */
  hasPassword: z.boolean(),
});
export type SavedConnection = z.infer<typeof SavedConnection>;

export const SaveConnectionRequest = z.strictObject({
  /** Given to change a saved connection; absent to add one. */
  id: z.string().min(1).optional(),
  ...connectionFields,
  /** Absent keeps the stored password; empty string forgets it. */
  password: z.string().max(1000).optional(),
});
export type SaveConnectionRequest = z.input<typeof SaveConnectionRequest>;

/** What a database holds of Plexus's schema (constraints, indexes, version node). */
export const ServerSchemaState = z.enum(['ready', 'missing', 'older', 'newer']);
export type ServerSchemaState = z.infer<typeof ServerSchemaState>;

export const ConnectionTest = z.strictObject({
  serverVersion: z.string(),
  edition: z.string(),
  database: z.string(),
  schema: ServerSchemaState,
  /** The Plexus schema version recorded in the database, if any. */
  schemaVersion: z.number().int().nullable(),
});
export type ConnectionTest = z.infer<typeof ConnectionTest>;
