import { z } from 'zod';
import { CaseInfo } from './case';
import { ConnectionInput, ConnectionTest, SaveConnectionRequest, SavedConnection } from './connections';
import { PublishRequest, PublishResult, TakeOfflineRequest, TakeOfflineResult } from './transfer';
import { graph, None, type MethodSpec } from './method-spec';

/** Neo4j server connections, and moving work between a case file and the server. */
export const serverMethods = {
  listConnections: {
    summary: 'Saved Neo4j server connections (never their passwords).',
    request: None,
    response: z.array(SavedConnection),
    errors: ['IO'],
    scope: 'app',
  },
  saveConnection: {
    summary: 'Add or change a saved connection; the password goes to the OS keychain.',
    request: SaveConnectionRequest,
    response: SavedConnection,
    errors: ['NOT_FOUND', 'IO'],
    scope: 'app',
  },
  deleteConnection: {
    summary: 'Forget a saved connection and its password.',
    request: z.strictObject({ id: z.string().min(1) }),
    response: z.strictObject({ deleted: z.boolean() }),
    errors: ['IO'],
    scope: 'app',
  },
  testConnection: {
    summary: "Reach a server: its version and edition, and whether the database holds Plexus's schema.",
    request: z.strictObject({
      connection: ConnectionInput,
      /** A saved connection being edited: an empty password means "use the stored one". */
      id: z.string().min(1).optional(),
    }),
    response: ConnectionTest,
    errors: ['CONNECTION', 'AUTH', 'NOT_FOUND', 'FORBIDDEN', 'TIMEOUT'],
    scope: 'app',
  },
  openConnection: {
    summary:
      'Open a saved connection as the current store. SCHEMA_REQUIRED until the user consents (prepareSchema).',
    request: z.strictObject({
      id: z.string().min(1),
      /** Used instead of the stored one, and not kept. */
      password: z.string().max(1000).optional(),
      /** The user consented: create constraints, indexes and the version node, or migrate. */
      prepareSchema: z.boolean().default(false),
    }),
    response: CaseInfo,
    errors: ['NOT_FOUND', 'CONNECTION', 'AUTH', 'FORBIDDEN', 'SCHEMA_REQUIRED', 'CASE_TOO_NEW', 'TIMEOUT'],
  },
  cancelQueries: {
    summary: 'Cancel the queries running against the current store.',
    request: None,
    response: z.strictObject({ cancelled: z.number().int() }),
    errors: [],
  },
  takeOffline: {
    summary: 'Copy the given entities and their neighbourhood, with all fields, into a new case file.',
    request: TakeOfflineRequest,
    response: TakeOfflineResult,
    errors: [...graph, 'CONFLICT', 'IO'],
  },
  publishCase: {
    summary: 'Merge a case file into the current store by id; conflicts are listed, never overwritten.',
    request: PublishRequest,
    response: PublishResult,
    errors: [...graph, 'NOT_FOUND', 'NOT_A_CASE', 'FORBIDDEN', 'IO'],
  },
} as const satisfies Record<string, MethodSpec>;
