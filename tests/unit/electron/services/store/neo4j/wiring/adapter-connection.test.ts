/**
 * testNeo4j and neo4jError against the scripted Bolt server: real driver errors, produced by
 * real wire conversations, mapped to the codes the connection screen shows.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  NEO4J_SCHEMA_VERSION,
  openNeo4jStore,
  testNeo4j,
} from '../../../../../../../electron/services/store/neo4j';
import { PlexusError } from '../../../../../../../graph-schema/model/errors';
import type { BoltServer } from '../../../../../../support/bolt';
import { configFor, PASSWORD, schema, startPlexusServer, unusedPort, USER } from './scripted-neo4j';

let server: BoltServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failureOf(promise: Promise<unknown>): Promise<PlexusError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlexusError)) throw new Error(`expected a PlexusError, got ${String(error)}`);
  // One line an analyst can read: the driver's multi-line messages must not leak through.
  expect(error.message).not.toContain('\n');
  return error;
}

describe('testNeo4j over Bolt', () => {
  it('reports server version, edition and a ready schema', async () => {
    server = await startPlexusServer({ kernel: { version: '5.26.1', edition: 'community' } });
    const result = await testNeo4j(configFor(server));
    expect(result).toEqual({
      serverVersion: '5.26.1',
      edition: 'community',
      database: 'plexus',
      schema: 'ready',
      schemaVersion: NEO4J_SCHEMA_VERSION,
    });
    expect(server.runs.every((r) => r.db === 'plexus' && r.user === USER)).toBe(true);
  });

  it('works through a neo4j:// routing URI (ROUTE answered for the configured database)', async () => {
    server = await startPlexusServer();
    const result = await testNeo4j(configFor(server, { uri: server.routingUrl }));
    expect(result.schema).toBe('ready');
    const route = server.log.find((m) => m.type === 'ROUTE');
    expect(route?.fields[2]).toMatchObject({ db: 'plexus' });
  });

  it.each([
    [null, 'missing', null],
    [NEO4J_SCHEMA_VERSION + 1, 'newer', NEO4J_SCHEMA_VERSION + 1],
  ] as const)('schema node version %s -> %s', async (version, state, reported) => {
    server = await startPlexusServer({ schemaVersion: version });
    const result = await testNeo4j(configFor(server));
    expect(result.schema).toBe(state);
    expect(result.schemaVersion).toBe(reported);
  });

  it('only reads: every query goes out in READ access mode', async () => {
    server = await startPlexusServer();
    await testNeo4j(configFor(server));
    expect(server.runs.length).toBeGreaterThan(0);
    expect(server.runs.map((r) => r.mode)).toEqual(server.runs.map(() => 'r'));
  });
});

describe('neo4jError with real driver errors', () => {
  it('CONNECTION when nothing listens on the port', async () => {
    const port = await unusedPort();
    const error = await failureOf(
      testNeo4j({
        uri: `bolt://127.0.0.1:${port}`,
        database: 'plexus',
        user: USER,
        password: PASSWORD,
        readOnly: false,
      }),
    );
    expect(error.code).toBe('CONNECTION');
    expect(error.message).toContain(`127.0.0.1:${port}`);
  });

  it('AUTH for a wrong password, which never reaches the message', async () => {
    server = await startPlexusServer();
    const error = await failureOf(testNeo4j(configFor(server, { password: 'wrong-horse' })));
    expect(error.code).toBe('AUTH');
    expect(JSON.stringify(error.toPayload())).not.toContain('wrong-horse');
  });

  it('NOT_FOUND for a database the server does not have', async () => {
    server = await startPlexusServer({
      onQuery: () => undefined,
      onBegin: (meta) =>
        meta.db === 'nowhere'
          ? {
              failure: {
                code: 'Neo.ClientError.Database.DatabaseNotFound',
                message: 'Graph not found: nowhere',
              },
            }
          : undefined,
    });
    const error = await failureOf(testNeo4j(configFor(server, { database: 'nowhere' })));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toContain('nowhere');
  });

  it('FORBIDDEN when the server denies the user', async () => {
    server = await startPlexusServer({
      onQuery: (query) =>
        query.includes('CREATE CONSTRAINT')
          ? {
              failure: {
                code: 'Neo.ClientError.Security.Forbidden',
                message: 'Schema operation is not allowed for user analyst with roles [reader].',
              },
            }
          : undefined,
      schemaVersion: null,
    });
    const error = await failureOf(
      openNeo4jStore(configFor(server), { actor: 'a', schema, prepareSchema: true }),
    );
    expect(error.code).toBe('FORBIDDEN');
  });

  it('TIMEOUT when a query outlives queryTimeoutMs (the server terminates it)', async () => {
    server = await startPlexusServer({ onQuery: () => ({ silent: true }) });
    const store = await openNeo4jStore(configFor(server, { queryTimeoutMs: 20 }), { actor: 'a', schema });
    try {
      const error = await failureOf(store.getEntities(['p-1']));
      expect(error.code).toBe('TIMEOUT');
      expect(server.runs.at(-1)?.txTimeoutMs).toBe(20);
    } finally {
      await store.close();
    }
  });

  it('TIMEOUT when the server accepts TCP but never answers the handshake', async () => {
    server = await startPlexusServer({ silentHandshake: true });
    const error = await failureOf(testNeo4j(configFor(server, { connectionTimeoutMs: 50 })));
    expect(error.code).toBe('TIMEOUT');
  });

  it('CANCELLED when a running query is cancelled', async () => {
    server = await startPlexusServer({ onQuery: () => ({ silent: true }), enforceTxTimeout: false });
    const store = await openNeo4jStore(configFor(server), { actor: 'a', schema });
    try {
      const before = server.runs.length;
      const pending = failureOf(store.getEntities(['p-1']));
      await server.waitForRuns(before + 1);
      expect(await store.cancelRunning()).toBe(1);
      expect((await pending).code).toBe('CANCELLED');
    } finally {
      await store.close();
    }
  });
});
