import neo4j from 'neo4j-driver';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { DEFAULT_QUERY_TIMEOUT_MS, neo4jLocation, type Neo4jConfig } from './config';
import { neo4jError, serverStopped } from './errors';
import { plainRow, type Row } from './values';

/**
 * The slice of neo4j-driver the adapter uses, so tests can hand in a fake that records what
 * would be sent. A real neo4j Driver fits it.
 */
export interface BoltRecord {
  keys: readonly PropertyKey[];
  get(key: PropertyKey): unknown;
}
export interface BoltTransaction {
  run(query: string, parameters: Record<string, unknown>): PromiseLike<{ records: BoltRecord[] }>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
}
export interface BoltSession {
  beginTransaction(config?: { timeout?: number }): BoltTransaction;
  close(): Promise<void>;
}
export interface BoltDriver {
  session(config: { database: string; defaultAccessMode: 'READ' | 'WRITE' }): BoltSession;
  close(): Promise<void>;
}

export function readOnlyError(location: string): PlexusError {
  return new PlexusError('FORBIDDEN', `${location} is open read-only: changes are not allowed`);
}

/** Runs one statement inside a transaction; rows come back as plain data. */
export type Run = (query: string, parameters?: Record<string, unknown>) => Promise<Row[]>;

interface InFlight {
  session: BoltSession;
  cancelled: boolean;
}

/**
 * One session and one explicit transaction per store call, with the server-side timeout.
 * Sessions in flight are tracked so cancel can close them: closing resets the connection,
 * which makes the server stop the query; the call then fails with CANCELLED.
 */
export class Sessions {
  private readonly inFlight = new Set<InFlight>();

  constructor(
    private readonly driver: BoltDriver,
    private readonly config: Neo4jConfig,
  ) {}

  read<T>(work: (run: Run) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  /**
   * `untimed`: an import stream's transaction lasts as long as the file takes to read, so
   * the per-query timeout would cut it off; 0 tells the server not to time it (cancel still can).
   */
  write<T>(work: (run: Run) => Promise<T>, untimed = false): Promise<T> {
    if (this.config.readOnly) {
      return Promise.reject(readOnlyError(neo4jLocation(this.config)));
    }
    return this.transaction('WRITE', work, untimed ? 0 : undefined);
  }

  async cancelAll(): Promise<number> {
    const running = [...this.inFlight];
    for (const entry of running) entry.cancelled = true;
    await Promise.all(running.map((entry) => entry.session.close().catch(() => undefined)));
    return running.length;
  }

  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (run: Run) => Promise<T>,
    timeout = this.config.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.config.database,
      defaultAccessMode: this.config.readOnly ? 'READ' : mode,
    });
    const entry: InFlight = { session, cancelled: false };
    this.inFlight.add(entry);
    let tx: BoltTransaction | undefined;
    try {
      tx = session.beginTransaction({ timeout });
      const open = tx;
      const run: Run = async (query, parameters = {}) => {
        const result = await open.run(query, boltParameters(parameters));
        return result.records.map(plainRow);
      };
      const out = await work(run);
      await open.commit();
      return out;
    } catch (error) {
      await tx?.rollback().catch(() => undefined);
      if (entry.cancelled)
        throw new PlexusError('CANCELLED', `${neo4jLocation(this.config)}: the query was cancelled`);
      // Every call here follows a connection that worked (open verified it first).
      throw serverStopped(neo4jError(error, this.config), this.config);
    } finally {
      this.inFlight.delete(entry);
      await session.close().catch(() => undefined);
    }
  }
}

/**
 * JavaScript numbers go over Bolt as floats, and LIMIT, SKIP and procedure arguments want
 * integers. Every top-level number parameter the adapter sends is a count or a version, so
 * whole numbers become Bolt integers; record values travel inside maps and JSON text.
 */
function boltParameters(parameters: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parameters)) {
    out[key] = typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
  }
  return out;
}
