import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../../../../../electron/services/store/neo4j';
import { createDriver } from '../../../../../../electron/services/store/neo4j/open';
import { Sessions, type BoltDriver } from '../../../../../../electron/services/store/neo4j/session';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { adminRows, wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

/**
 * What only a real server can show about sessions: that cancel (a store's cancelRunning, the
 * status bar's Cancel) stops the server's work, and that the server refuses a write sent in a
 * READ session (the read-only connection's second line of defence).
 */

/** Counts to two billion for nothing: runs for minutes unless stopped. */
const LONG_QUERY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';
const RUNNING_LONG_QUERY =
  "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery STARTS WITH 'UNWIND range(1, 2000000000)' " +
  'RETURN transactionId';
/** The bound: gone from SHOW TRANSACTIONS within a second of the cancel. */
const GONE_WITHIN_MS = 1000;

async function poll(until: () => Promise<boolean>, limitMs: number): Promise<boolean> {
  const end = Date.now() + limitMs;
  for (;;) {
    if (await until()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function failure(work: Promise<unknown>): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describeOnNeo4j('Neo4j sessions on a real server', (target) => {
  let driver: BoltDriver;
  const open = (config: Neo4jConfig) => {
    driver = createDriver(config);
    return new Sessions(driver, config);
  };

  beforeEach(() => wipePlexus(target));
  afterEach(() => driver.close());

  it('cancel stops the query on the server, and the call fails with CANCELLED', async () => {
    const sessions = open({ ...target, queryTimeoutMs: 300_000 });
    const running = () => adminRows(target, RUNNING_LONG_QUERY);
    const work = failure(sessions.read((run) => run(LONG_QUERY)));
    expect(await poll(async () => (await running()).length === 1, 30_000)).toBe(true);

    expect(await sessions.cancelAll()).toBe(1);
    expect((await work).code).toBe('CANCELLED');
    expect(await poll(async () => (await running()).length === 0, GONE_WITHIN_MS)).toBe(true);
  });

  it('a write sent in a READ session is refused by the server as FORBIDDEN, and nothing is written', async () => {
    const sessions = open({ ...target, readOnly: true });
    const error = await failure(
      sessions.read((run) => run("CREATE (:PlexusEntity {id: 'read-only-write'})")),
    );
    expect(error.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/read-only: the server refused a change/);
    expect(await adminRows(target, "MATCH (n:PlexusEntity {id: 'read-only-write'}) RETURN n")).toEqual([]);
  });
});
