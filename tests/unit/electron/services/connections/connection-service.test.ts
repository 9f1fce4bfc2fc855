import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CONNECTIONS_FILE,
  createConnectionService,
  createMemorySecretStore,
  type ConnectionService,
  type SecretStore,
  type ServerBackend,
} from '../../../../../electron/services/connections';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import type { Neo4jConfig } from '../../../../../electron/services/store/neo4j';
import { PlexusError } from '../../../../../graph-schema/model/errors';

let home: string;
let secrets: SecretStore;
let seen: { tested: Neo4jConfig[]; opened: { config: Neo4jConfig; prepareSchema: boolean }[] };

const server: ServerBackend = {
  test: async (config) => {
    seen.tested.push(config);
    return {
      serverVersion: '5.26.0',
      edition: 'community',
      database: config.database,
      schema: 'ready',
      schemaVersion: 1,
    };
  },
  open: async (config, { prepareSchema }) => {
    seen.opened.push({ config, prepareSchema });
    return { kind: 'neo4j', location: `${config.uri}/${config.database}` } as GraphStore;
  },
};

const team = {
  name: 'Team graph',
  uri: 'neo4j+s://graph.example.internal:7687',
  database: 'cases',
  user: 'analyst',
};

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'plexus-connections-'));
  secrets = createMemorySecretStore();
  seen = { tested: [], opened: [] };
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

function service(): ConnectionService {
  return createConnectionService({ home, secrets, server });
}

async function errorOf(promise: Promise<unknown>): Promise<PlexusError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

const fileText = () => readFileSync(join(home, CONNECTIONS_FILE), 'utf8');

describe('ConnectionService', () => {
  it('saves, lists, updates and deletes connections', async () => {
    const connections = service();
    expect(await connections.list()).toEqual([]);
    const saved = await connections.save({ ...team, password: 'hunter2' });
    expect(saved).toMatchObject({ ...team, readOnly: false, hasPassword: true });
    expect(saved.id).not.toBe('');
    const other = await connections.save({ name: 'Training', uri: 'bolt://127.0.0.1:7687', user: 'neo4j' });
    expect(other).toMatchObject({ database: 'neo4j', hasPassword: false });

    const changed = await connections.save({
      ...team,
      id: saved.id,
      name: 'Team graph (ro)',
      readOnly: true,
    });
    expect(changed).toMatchObject({
      id: saved.id,
      name: 'Team graph (ro)',
      readOnly: true,
      hasPassword: true,
    });
    expect((await connections.list()).map((c) => c.name)).toEqual(['Team graph (ro)', 'Training']);

    expect(await connections.delete(saved.id)).toBe(true);
    expect(await connections.delete(saved.id)).toBe(false);
    expect((await connections.list()).map((c) => c.id)).toEqual([other.id]);
    expect(await secrets.get(saved.id)).toBeUndefined();
  });

  it('never writes a password into connections.json', async () => {
    const connections = service();
    const saved = await connections.save({ ...team, password: 'correct horse battery' });
    await connections.save({ ...team, id: saved.id, password: 'second secret' });
    expect(fileText()).toContain('Team graph');
    expect(fileText()).not.toMatch(/correct horse|second secret|password/i);
    expect(await secrets.get(saved.id)).toBe('second secret');
  });

  it('keeps the password when none is given and forgets it when it is empty', async () => {
    const connections = service();
    const saved = await connections.save({ ...team, password: 'pw' });
    await connections.save({ ...team, id: saved.id, name: 'Renamed' });
    expect(await secrets.get(saved.id)).toBe('pw');
    const forgotten = await connections.save({ ...team, id: saved.id, password: '' });
    expect(forgotten.hasPassword).toBe(false);
    expect(await secrets.get(saved.id)).toBeUndefined();
  });

  it('keeps passwords in memory only with the in-memory secret store', async () => {
    expect(secrets.persistent).toBe(false);
    const saved = await service().save({ ...team, password: 'pw' });
    // A new process: the same connections file, a fresh memory.
    const restarted = createConnectionService({ home, secrets: createMemorySecretStore(), server });
    expect((await restarted.list())[0]).toMatchObject({ id: saved.id, hasPassword: false });
  });

  it('refuses an unknown id to update with NOT_FOUND', async () => {
    const error = await errorOf(service().save({ ...team, id: 'nope' }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('validates what it saves, naming the field', async () => {
    const error = await errorOf(service().save({ ...team, uri: 'http://graph.example.internal' }));
    expect(error.code).toBe('VALIDATION');
    expect(error.details?.[0]?.field).toBe('uri');
  });

  it('builds a driver config from a saved connection and its stored or given password', async () => {
    const connections = service();
    const saved = await connections.save({ ...team, readOnly: true, password: 'stored' });
    expect(await connections.configFor(saved.id)).toEqual({
      uri: team.uri,
      database: 'cases',
      user: 'analyst',
      password: 'stored',
      readOnly: true,
    });
    expect((await connections.configFor(saved.id, 'typed')).password).toBe('typed');
    expect(await secrets.get(saved.id)).toBe('stored');
  });

  it('says which connection needs a password, and NOT_FOUND for an unknown id', async () => {
    const connections = service();
    const saved = await connections.save(team);
    const missing = await errorOf(connections.configFor(saved.id));
    expect(missing.code).toBe('AUTH');
    expect(missing.message).toBe('No password is stored for Team graph: enter it');
    expect((await errorOf(connections.configFor('unknown'))).code).toBe('NOT_FOUND');
  });

  it('tests a connection as typed and opens a saved one with the consent flag', async () => {
    const connections = service();
    const result = await connections.test({ ...team, password: 'pw' });
    expect(result.database).toBe('cases');
    expect(seen.tested[0]).toEqual({
      uri: team.uri,
      database: 'cases',
      user: 'analyst',
      password: 'pw',
      readOnly: false,
    });

    const saved = await connections.save({ ...team, password: 'pw' });
    const store = await connections.open(saved.id, { prepareSchema: true });
    expect(store.kind).toBe('neo4j');
    expect(seen.opened[0]).toMatchObject({ prepareSchema: true, config: { password: 'pw' } });
  });

  it('tests a saved connection with its stored password when the field is left empty', async () => {
    const connections = service();
    const saved = await connections.save({ ...team, password: 'kept-secret' });
    await connections.test({ ...team, password: '' }, saved.id);
    await connections.test({ ...team, password: 'typed' }, saved.id);
    expect(seen.tested.map((c) => c.password)).toEqual(['kept-secret', 'typed']);
  });

  it('runs saves one after another, so none is lost', async () => {
    const connections = service();
    await Promise.all(['A', 'B', 'C', 'D'].map((name) => connections.save({ ...team, name })));
    expect((await connections.list()).map((c) => c.name).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('answers IO for a connections file it cannot parse instead of overwriting it', async () => {
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, CONNECTIONS_FILE), '{ not json');
    const connections = service();
    expect((await errorOf(connections.list())).code).toBe('IO');
    expect((await errorOf(connections.save(team))).code).toBe('IO');
    expect(fileText()).toBe('{ not json');
  });

  it('skips malformed entries, and never reads a password someone wrote into the file', async () => {
    const good = { id: 'a', ...team, readOnly: false };
    writeFileSync(
      join(home, CONNECTIONS_FILE),
      JSON.stringify({
        version: 1,
        connections: [{ id: 'b', name: 7 }, good, { ...good, id: 'c', password: 'x' }],
      }),
    );
    expect((await service().list()).map((c) => c.id)).toEqual(['a']);
  });
});
