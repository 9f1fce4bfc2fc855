import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppServices, type AppServices } from '../../../../../../electron/services/app-services';
import { HISTORY_WITNESS_FILE } from '../../../../../../electron/services/store/history/witness';
import { openCaseFile } from '../../../../../../electron/services/store/sqlite';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { CaseInfo, SavedConnection } from '../../../../../../graph-schema/contract';
import type { Entity, SearchResult } from '../../../../../../graph-schema/model';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { neo4jRequired } from '../../../../../support/neo4j-server/provide';
import { missingTools, startNeo4j, type RunningNeo4j } from '../../../../../support/neo4j-server/server';
import { windowSession, type Send } from '../../../ipc/window-session';

/**
 * The team's server stops in the middle of a session (killed, as a crash or a pulled plug
 * would). This suite starts a server of its own, not the shared one, so it can kill it: two
 * windows of one Plexus, one on the server, one on a case file. The server window gets one
 * clear CONNECTION message, the case-file window never notices, nothing written to a case
 * file is lost, and once a server answers on the same address again, opening the connection
 * works.
 */

const missing = missingTools();
const describeWithJava = missing ? describe.skip : describe;
if (missing && neo4jRequired())
  throw new Error(`PLEXUS_REQUIRE_NEO4J=1 but the test server cannot start here: ${missing}`);

const password = randomBytes(12).toString('hex');
let server: RunningNeo4j;
let port: number;
let dir: string;
let services: AppServices;
let onServer: Send;
let onCase: Send;
let connection: SavedConnection;

async function call<T>(send: Send, method: string, payload: unknown = {}): Promise<T> {
  const envelope = await send(method, payload);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

describeWithJava('When the Neo4j server stops mid-session', () => {
  beforeAll(async () => {
    server = await startNeo4j({ password });
    port = Number(new URL(server.uri).port);
    dir = mkdtempSync(join(tmpdir(), 'plexus-server-stops-'));
    services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
    onServer = windowSession(services);
    onCase = windowSession(services);
    connection = await call<SavedConnection>(onServer, 'saveConnection', {
      name: 'Team graph',
      uri: server.uri,
      database: 'neo4j',
      user: server.user,
      password,
    });
  }, 240_000);
  afterAll(async () => {
    await services?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('says so once, in words, keeps case files working and whole, and reconnects when it is back', async () => {
    // Both windows at work: one on the team's server, one on a case file.
    await call<CaseInfo>(onServer, 'openConnection', { id: connection.id, prepareSchema: true });
    await call<Entity>(onServer, 'createEntity', { entity: { type: 'Person', label: '佐藤健' } });
    const casePath = (await call<CaseInfo>(onCase, 'createCase', { path: 'Field notes' })).store.location;
    await call<Entity>(onCase, 'createEntity', { entity: { type: 'Person', label: 'Before the outage' } });

    await server.kill();

    // The server window: a CONNECTION error naming the server in plain words, for any call.
    const where = `The Neo4j server at 127.0.0.1:${port} stopped answering`;
    for (const [method, payload] of [
      ['search', { text: '佐藤' }],
      ['createEntity', { entity: { type: 'Person', label: 'Lost in transit' } }],
    ] as const) {
      const answer = await onServer(method, payload);
      expect(answer.ok).toBe(false);
      if (answer.ok) continue;
      expect(answer.error.code).toBe('CONNECTION');
      expect(answer.error.message).toMatch(new RegExp(`^${where} \\(.+\\)\\. Case files are not affected`));
    }

    // The case-file window never notices.
    await call<Entity>(onCase, 'createEntity', { entity: { type: 'Person', label: 'During the outage' } });
    expect(
      (await call<SearchResult>(onCase, 'search', { text: 'outage' })).hits.map((h) => h.entity.label).sort(),
    ).toEqual(['Before the outage', 'During the outage']);

    // The server window closes its store without hanging and goes on with a case file.
    expect(await call(onServer, 'closeCase')).toEqual({ closed: true });
    await call<CaseInfo>(onServer, 'createCase', { path: 'While the server is down' });
    await call<Entity>(onServer, 'createEntity', { entity: { type: 'Person', label: 'Noted offline' } });
    expect((await call<CaseInfo>(onServer, 'getCaseInfo')).entityCount).toBe(1);

    // Nothing written to a case file is lost: read back from the file by a fresh store.
    expect(await call(onCase, 'closeCase')).toEqual({ closed: true });
    const reread = await openCaseFile(casePath, { actor: 'check', schema: new SchemaIndex(loadSchema()) });
    try {
      const { hits } = await reread.search({ text: 'outage' });
      expect(hits.map((h) => h.entity.label).sort()).toEqual(['Before the outage', 'During the outage']);
    } finally {
      await reread.close();
    }

    // A server answers on the same address again (the harness's data is thrown away with
    // its process, so this one is empty and asks for consent): opening the connection works.
    server = await startNeo4j({ password, port });
    expect(server.uri).toBe(`bolt://127.0.0.1:${port}`);
    const asked = await onServer('openConnection', { id: connection.id });
    expect(asked).toMatchObject({ ok: false, error: { code: 'SCHEMA_REQUIRED' } });
    const info = await call<CaseInfo>(onServer, 'openConnection', { id: connection.id, prepareSchema: true });
    expect(info).toMatchObject({ store: { kind: 'neo4j' }, entityCount: 0 });
    // The history this profile wrote there is gone with the old data: the open check says so,
    // and nothing is written on top of it until the analyst accepts the new database (README).
    expect(info.history?.problems[0]).toMatchObject({ code: 'witness-differs' });
    const refused = await onServer('createEntity', { entity: { type: 'Person', label: '王偉' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CASE_CORRUPT' } });
    rmSync(join(dir, 'home', HISTORY_WITNESS_FILE));
    await call<Entity>(onServer, 'createEntity', { entity: { type: 'Person', label: '王偉' } });
    expect((await call<SearchResult>(onServer, 'search', { text: '偉' })).hits).toHaveLength(1);
  }, 240_000);
});
