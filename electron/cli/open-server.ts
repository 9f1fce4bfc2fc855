import { NEO4J_URI } from '../../graph-schema/contract/connections';
import { PlexusError } from '../../graph-schema/model/errors';
import { osUser } from '../services/actor';
import { defaultHome } from '../services/paths';
import { fileWitness } from '../services/store/history/witness';
import type { GraphStore } from '../services/store/graph-store';
import { cliAnalyst } from './analyst';
import { promptHidden } from './hidden-prompt';
import { cliSchema } from './schema';

/** A Neo4j server's database, as a command names it. */
export interface ServerAddress {
  /** What the driver connects to: scheme, host, port (and a neo4j:// routing query), no user or path. */
  uri: string;
  database: string;
  user: string;
}

const SERVER_SCHEME = /^(neo4j|bolt)(\+s|\+ssc)?:\/\//i;

/**
 * Where a case file could be named, a server's database may be: `bolt://[user@]host[:port]
 * [/database]` (neo4j://, +s and +ssc too). The user defaults to NEO4J_USER, else neo4j; the
 * database to neo4j. Undefined for anything else (a case file's path). A password in the
 * address is refused: it would sit in the shell history.
 */
export function serverAddress(value: string): ServerAddress | undefined {
  const text = value.trim();
  if (!SERVER_SCHEME.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw badAddress(value, 'not an address');
  }
  if (url.password !== '')
    throw badAddress(
      value,
      'a password does not go in the address (it would stay in the shell history): set NEO4J_PASSWORD or answer the prompt',
    );
  const uri = `${url.protocol}//${url.host}${url.search}`;
  if (!NEO4J_URI.test(`${url.protocol}//${url.host}`))
    throw badAddress(value, 'expected scheme://host[:port]');
  const database = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  if (database.includes('/')) throw badAddress(value, 'one database name after the host, nothing more');
  return {
    uri,
    database: database || 'neo4j',
    user: decodeURIComponent(url.username) || process.env.NEO4J_USER || 'neo4j',
  };
}

function badAddress(value: string, why: string): PlexusError {
  return new PlexusError('VALIDATION', `${value}: ${why}`, [{ field: 'case', rule: 'format', message: why }]);
}

/** NEO4J_PASSWORD, else a prompt on the terminal; never a command-line argument (it would sit in the shell history). */
async function password(server: ServerAddress): Promise<string> {
  const fromEnv = process.env.NEO4J_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  if (!process.stdin.isTTY) {
    throw new PlexusError('VALIDATION', 'no password: set NEO4J_PASSWORD or run in a terminal to be asked', [
      { field: 'password', rule: 'required', message: 'password: set NEO4J_PASSWORD' },
    ]);
  }
  return promptHidden(`Password for ${server.user} at ${server.uri}: `);
}

/**
 * Opens the server's database for one command and always closes it. Writes go into the
 * server's history beside the analyst, and this profile's witness of that history is the
 * app's (README: evidence), so a chain cut back behind either's back is noticed by both.
 */
export async function withServer<T>(
  server: ServerAddress & { prepareSchema?: boolean },
  readOnly: boolean,
  use: (store: GraphStore) => Promise<T>,
): Promise<T> {
  const config = {
    uri: server.uri,
    database: server.database,
    user: server.user,
    password: await password(server),
    readOnly,
  };
  // Loaded on use: neo4j-driver is large, and every other command starts faster without it.
  const { openNeo4jStore } = await import('../services/store/neo4j/index');
  const store = await openNeo4jStore(config, {
    actor: osUser(),
    schema: cliSchema(),
    prepareSchema: server.prepareSchema ?? false,
    witness: fileWitness(defaultHome()),
  }).catch((error: unknown) => {
    // The adapter's message is for every shell; here consent is a flag of `neo4j push|pull`.
    if (error instanceof PlexusError && error.code === 'SCHEMA_REQUIRED') {
      throw new PlexusError(
        error.code,
        `${error.message}; run plexus neo4j push or pull with --prepare-schema to create it`,
        error.details,
      );
    }
    throw error;
  });
  store.setAnalyst?.(cliAnalyst());
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
