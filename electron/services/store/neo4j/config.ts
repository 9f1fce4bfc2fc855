/** How to reach a Neo4j database; the password never leaves the main process. */
export interface Neo4jConfig {
  uri: string;
  database: string;
  user: string;
  password: string;
  /** Sessions use READ access mode and every write is refused with FORBIDDEN. */
  readOnly: boolean;
  /** Server-side transaction timeout; default 30 s. */
  queryTimeoutMs?: number;
  /** Time to open a connection (TCP and Bolt handshake); default 10 s. */
  connectionTimeoutMs?: number;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 30_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 10_000;

/** The store's location as the status bar shows it: server and database. */
export function neo4jLocation(config: Pick<Neo4jConfig, 'uri' | 'database'>): string {
  return `${config.uri.replace(/\/+$/, '')}/${config.database}`;
}

/** The host:port of a Bolt URI, for messages. */
export function neo4jHost(uri: string): string {
  const match = /^[a-z0-9+]+:\/\/([^/]+)/i.exec(uri);
  return match?.[1] ?? uri;
}
