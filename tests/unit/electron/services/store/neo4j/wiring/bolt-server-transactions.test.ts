/**
 * The scripted Bolt server's transactions, access modes, failures and silences, checked
 * against the raw neo4j-driver.
 */
import neo4j, { type Config, type Driver, Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { startBoltServer, type BoltScript, type BoltServer } from '../../../../../../support/bolt';

let server: BoltServer | undefined;
let driver: Driver | undefined;

afterEach(async () => {
  await driver?.close();
  await server?.close();
  driver = undefined;
  server = undefined;
});

async function connect(script: BoltScript, config: Config = {}) {
  server = await startBoltServer({ users: { neo4j: 'secret' }, ...script });
  driver = neo4j.driver(server.url, neo4j.auth.basic('neo4j', 'secret'), {
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 0,
    ...config,
  });
  return { server, driver };
}

const types = (s: BoltServer, from = 0) =>
  s.log
    .slice(from)
    .map((m) => m.type)
    .filter((t) => !['HELLO', 'LOGON', 'TELEMETRY'].includes(t));

describe('scripted Bolt server: transactions and access modes', () => {
  it('records BEGIN, RUN, PULL, COMMIT with the timeout and metadata the driver sent', async () => {
    const { driver, server } = await connect({});
    const session = driver.session({ database: 'cases' });
    const tx = await session.beginTransaction({ timeout: 2500, metadata: { app: 'plexus' } });
    await tx.run('CREATE (n:Person {id: $id})', { id: 'p-1' });
    await tx.commit();
    await session.close();
    expect(types(server)).toEqual(['BEGIN', 'RUN', 'PULL', 'COMMIT']);
    expect(server.runs).toEqual([
      expect.objectContaining({
        query: 'CREATE (n:Person {id: $id})',
        params: { id: 'p-1' },
        db: 'cases',
        mode: 'w',
        inTransaction: true,
        txTimeoutMs: 2500,
        txMetadata: { app: 'plexus' },
        user: 'neo4j',
      }),
    ]);
  });

  it('records ROLLBACK', async () => {
    const { driver, server } = await connect({});
    const session = driver.session();
    const tx = await session.beginTransaction();
    await tx.run('RETURN 1');
    await tx.rollback();
    await session.close();
    expect(types(server)).toEqual(['BEGIN', 'RUN', 'PULL', 'ROLLBACK']);
  });

  it('records READ access mode for executeRead and for a READ session', async () => {
    const { driver, server } = await connect({});
    const session = driver.session({ defaultAccessMode: neo4j.session.READ, database: 'neo4j' });
    await session.executeRead((tx) => tx.run('MATCH (n) RETURN n'));
    await session.run('MATCH (n) RETURN count(n)');
    await session.close();
    expect(server.runs.map((r) => [r.mode, r.inTransaction])).toEqual([
      ['r', true],
      ['r', false],
    ]);
    const begin = server.log.find((m) => m.type === 'BEGIN');
    expect(begin?.fields[0]).toMatchObject({ mode: 'r' });
  });

  it('records WRITE (no mode) for executeWrite', async () => {
    const { driver, server } = await connect({});
    await driver.executeQuery('CREATE ()', {}, { routing: neo4j.routing.WRITE });
    expect(server.runs[0]?.mode).toBe('w');
  });
});

describe('scripted Bolt server: failures and silence', () => {
  it('turns a scripted FAILURE into a driver error with that code, then recovers', async () => {
    const { driver, server } = await connect({
      onRun: (query) =>
        query.includes('missing')
          ? {
              failure: {
                code: 'Neo.ClientError.Database.DatabaseNotFound',
                message: 'Database does not exist.',
              },
            }
          : { fields: ['ok'], records: [[true]] },
    });
    const error = await driver.executeQuery('USE missing RETURN 1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Database.DatabaseNotFound');
    expect((error as Neo4jError).message).toBe('Database does not exist.');
    // The pipelined PULL was IGNORED and a RESET cleared the failure: the connection is usable.
    const { records } = await driver.executeQuery('RETURN true AS ok');
    expect(records[0]?.get('ok')).toBe(true);
    expect(server.log.some((m) => m.type === 'RESET')).toBe(true);
  });

  it('fails a BEGIN when the script says so', async () => {
    const { driver } = await connect({
      onBegin: () => ({ failure: { code: 'Neo.ClientError.Security.Forbidden', message: 'Write denied.' } }),
    });
    const session = driver.session();
    const error = await session.executeWrite((tx) => tx.run('CREATE ()')).catch((e: unknown) => e);
    await session.close();
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Security.Forbidden');
  });

  it('lets a script answer a transaction timeout the way Neo4j does', async () => {
    const { driver, server } = await connect({
      onRun: (_q, _p, meta) =>
        meta.txTimeoutMs !== null && meta.txTimeoutMs < 1000
          ? {
              failure: {
                code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
                message: 'The transaction has been terminated.',
              },
            }
          : { fields: [], records: [] },
    });
    const error = await driver
      .executeQuery('MATCH (n) RETURN n', {}, { transactionConfig: { timeout: 50 } })
      .catch((e: unknown) => e);
    expect((error as Neo4jError).code).toBe(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(server.runs[0]?.txTimeoutMs).toBe(50);
  });

  it('a silent query with a tx_timeout fails the way Neo4j terminates it', async () => {
    const { driver, server } = await connect({ onRun: () => ({ silent: true }) });
    const error = await driver
      .executeQuery('MATCH (n) RETURN n', {}, { transactionConfig: { timeout: 20 } })
      .catch((e: unknown) => e);
    expect((error as Neo4jError).code).toBe(
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    );
    expect(server.runs[0]?.txTimeoutMs).toBe(20);
  });

  it('a server silent after RUN trips the connection receive timeout it hinted', async () => {
    const { driver } = await connect({
      hints: { 'connection.recv_timeout_seconds': 1 },
      onRun: () => ({ silent: true }),
    });
    // One plain session run: through executeQuery the timeout was waited out more than once.
    const session = driver.session();
    const error = await session.run('MATCH (n) RETURN n').catch((e: unknown) => e);
    await session.close();
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe(neo4j.error.SERVICE_UNAVAILABLE);
    expect((error as Neo4jError).message).toMatch(/didn't respond/);
  });

  it('a server silent during the handshake trips the connection acquisition timeout', async () => {
    const { driver } = await connect({ silentHandshake: true }, { connectionAcquisitionTimeout: 200 });
    const error = await driver.verifyConnectivity().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).message).toMatch(/timed out/);
  });

  it('a RESET interrupts a silent query: stalled messages are IGNORED, the RESET succeeds', async () => {
    const { driver, server } = await connect({ onRun: () => ({ silent: true }) });
    const session = driver.session();
    const tx = await session.beginTransaction();
    const pending = tx
      .run('MATCH (n) RETURN n')
      .summary()
      .catch((e: unknown) => e);
    await server.waitForRuns(1);
    // Closing a session with a query in flight resets its connection, as cancel does.
    await session.close();
    expect(await pending).toBeInstanceOf(Error);
    expect(server.log.map((m) => m.type)).toContain('RESET');
  });
});
