import type {
  BoltDriver,
  BoltRecord,
  BoltSession,
  BoltTransaction,
} from '../../../../../../electron/services/store/neo4j/session';

/** What a test driver saw: each session's access mode and every statement run. */
export interface FakeLog {
  sessions: string[];
  queries: { query: string; parameters: Record<string, unknown> }[];
  commits: number;
  rollbacks: number;
}

/** A driver that runs nothing: answers each statement with the rows `answer` gives (none by default). */
export function fakeDriver(
  answer: (query: string, parameters: Record<string, unknown>) => Record<string, unknown>[] = () => [],
): { driver: BoltDriver; log: FakeLog } {
  const log: FakeLog = { sessions: [], queries: [], commits: 0, rollbacks: 0 };
  const record = (row: Record<string, unknown>): BoltRecord => ({
    keys: Object.keys(row),
    get: (k) => row[String(k)],
  });
  const tx: BoltTransaction = {
    run: async (query, parameters) => {
      log.queries.push({ query, parameters });
      return { records: answer(query, parameters).map(record) };
    },
    commit: async () => {
      log.commits += 1;
    },
    rollback: async () => {
      log.rollbacks += 1;
    },
  };
  const session: BoltSession = { beginTransaction: () => tx, close: async () => undefined };
  const driver: BoltDriver = {
    session: (config) => {
      log.sessions.push(config.defaultAccessMode);
      return session;
    },
    close: async () => undefined,
  };
  return { driver, log };
}
