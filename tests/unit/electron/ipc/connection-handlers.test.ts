import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { windowSession, type Send } from './window-session';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import type { ServerBackend } from '../../../../electron/services/connections';
import type { GraphStore } from '../../../../electron/services/store/graph-store';
import { createCaseFile, openCaseFile } from '../../../../electron/services/store/sqlite';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import type { CaseInfo, SavedConnection } from '../../../../graph-schema/contract';
import { SchemaIndex } from '../../../../graph-schema/model/schema';

const schema = loadSchema([]);
const index = new SchemaIndex(schema);
const SERVER_LOCATION = 'bolt://graph.internal:7687/cases';
let dir: string;
let serverFile: string;
let services: AppServices;
let send: Send;
let seeds: string[];

/** A case file dressed as a Neo4j store: the handlers route by the GraphStore port only. */
function asServer(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get: (target, key) =>
      key === 'kind' ? 'neo4j' : key === 'location' ? SERVER_LOCATION : Reflect.get(target, key, target),
  });
}

const server: ServerBackend = {
  test: async (config) => ({
    serverVersion: '5.26.0',
    edition: 'enterprise',
    database: config.database,
    schema: 'ready',
    schemaVersion: 1,
  }),
  open: async () => asServer(await openCaseFile(serverFile, { actor: 'server', schema: index })),
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-conn-handlers-'));
  serverFile = join(dir, 'server.plexus');
  const seeded = await createCaseFile(serverFile, { actor: 'server', schema: index });
  const made = await seeded.createEntities([
    { type: 'Person', label: 'Wáng Wěi' },
    { type: 'Company', label: 'Harbour Optics Ltd' },
  ]);
  seeds = made.map((e) => e.id);
  await seeded.createLinks([{ type: 'EMPLOYED_BY', source: seeds[0], target: seeds[1] }]);
  await seeded.close();
  services = createAppServices({
    home: join(dir, 'home'),
    casesDir: join(dir, 'cases'),
    actor: 'tester',
    schema,
    server,
  });
  send = windowSession(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call<T>(method: string, payload: unknown): Promise<T> {
  const envelope = await send(method, payload);
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value as T;
}

const team = { name: 'Team graph', uri: 'bolt://graph.internal:7687', database: 'cases', user: 'analyst' };

describe('connection and transfer handlers', () => {
  it('saves, lists and deletes a connection, keeping the password out of the file', async () => {
    const saved = await call<SavedConnection>('saveConnection', { ...team, password: 'pw-123' });
    expect(saved).toMatchObject({ ...team, readOnly: false, hasPassword: true });
    expect(await call<SavedConnection[]>('listConnections', {})).toEqual([saved]);
    expect(readFileSync(join(dir, 'home', 'connections.json'), 'utf8')).not.toContain('pw-123');
    expect(await call('deleteConnection', { id: saved.id })).toEqual({ deleted: true });
    expect(await call('listConnections', {})).toEqual([]);
  });

  it('refuses a bad URI with VALIDATION naming the field uri', async () => {
    const answer = await send('saveConnection', { ...team, uri: 'https://graph.internal' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ field: 'uri' }] } });
  });

  it('tests a connection as typed', async () => {
    expect(await call('testConnection', { connection: { ...team, password: 'x' } })).toMatchObject({
      database: 'cases',
      schema: 'ready',
    });
  });

  it('asks for a password it does not have, then opens the server as the current store', async () => {
    const saved = await call<SavedConnection>('saveConnection', team);
    const refused = await send('openConnection', { id: saved.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'AUTH', message: 'No password is stored for Team graph: enter it' },
    });
    expect(await send('openConnection', { id: 'nope', password: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const info = await call<CaseInfo>('openConnection', { id: saved.id, password: 'typed' });
    expect(info).toMatchObject({ store: { kind: 'neo4j', location: SERVER_LOCATION }, entityCount: 2 });
    expect(await call('getCaseInfo', {})).toEqual(info);
    expect(await call('cancelQueries', {})).toEqual({ cancelled: 0 });
  });

  it('takes a piece of the server offline and publishes changes back', async () => {
    const taken = await call<{ path: string }>('takeOffline', { ids: [seeds[0]], path: 'Field' });
    expect(taken).toEqual({ path: join(dir, 'cases', 'Field.plexus'), entities: 2, links: 1 });
    expect(await call('getCaseInfo', {})).toMatchObject({ store: { kind: 'neo4j' } });
    expect(await send('takeOffline', { ids: [seeds[0]], path: 'Field' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });

    const offline = await openCaseFile(taken.path, { actor: 'field', schema: index });
    await offline.createEntities([{ type: 'Asset', label: 'MV Lantern' }]);
    await offline.close();

    expect(await call('publishCase', { path: 'Field', dryRun: true })).toMatchObject({
      created: 1,
      dryRun: true,
    });
    expect(await call('getCaseInfo', {})).toMatchObject({ entityCount: 2 });
    expect(await call('publishCase', { path: 'Field' })).toMatchObject({ created: 1, conflicts: [] });
    expect(await call('publishCase', { path: 'Field' })).toMatchObject({ created: 0, updated: 0 });
    expect(await call('getCaseInfo', {})).toMatchObject({ entityCount: 3 });
    expect(await send('publishCase', { path: 'Nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('answers 0 cancelled with no store open', async () => {
    await call('closeCase', {});
    expect(await call('cancelQueries', {})).toEqual({ cancelled: 0 });
  });
});

describe('testConnection through the real adapter', () => {
  it('answers CONNECTION for a port nothing listens on', async () => {
    const real = createAppServices({
      home: join(dir, 'home-real'),
      casesDir: join(dir, 'cases'),
      actor: 'tester',
      schema,
    });
    try {
      const connection = { ...team, uri: 'bolt://127.0.0.1:1', password: 'x' };
      const answer = await windowSession(real)('testConnection', { connection });
      expect(answer).toMatchObject({ ok: false, error: { code: 'CONNECTION' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/127\.0\.0\.1:1/);
    } finally {
      await real.close();
    }
  });
});
