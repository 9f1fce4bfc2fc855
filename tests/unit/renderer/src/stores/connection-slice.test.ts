import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseInfo, SavedConnection } from '../../../../../graph-schema/contract';
import { PlexusError } from '../../../../../graph-schema/model';
import { installApi } from '../../../../../renderer/src/bridge';
import { resetAppStore, useAppStore } from '../../../../../renderer/src/stores/app-store';
import { connectionFor, readOnlyReason } from '../../../../../renderer/src/stores/connection-slice';
import { fakeBackend } from '../fake-api';

const store = () => useAppStore.getState();
let restore: () => void = () => undefined;

const saved = (over: Partial<SavedConnection> = {}): SavedConnection => ({
  id: 'c1',
  name: 'Team graph',
  uri: 'neo4j://graph.local:7687',
  database: 'neo4j',
  user: 'analyst',
  readOnly: false,
  hasPassword: true,
  ...over,
});

const serverInfo: CaseInfo = {
  name: 'neo4j',
  store: { kind: 'neo4j', location: 'neo4j://graph.local:7687/neo4j', readOnly: false },
  schemaVersion: 1,
  entityCount: 0,
  linkCount: 0,
  entityCounts: {},
  linkCounts: {},
};
const readOnlyInfo: CaseInfo = { ...serverInfo, store: { ...serverInfo.store, readOnly: true } };

beforeEach(() => resetAppStore());
afterEach(() => restore());

describe('connection slice', () => {
  it('opens a connection, leaves the old chart behind and remembers where it came from', async () => {
    const sent: unknown[] = [];
    const connection = saved({ readOnly: true });
    restore = installApi(
      fakeBackend({
        listConnections: async () => [connection],
        openConnection: async (request) => {
          sent.push(request);
          return readOnlyInfo;
        },
      }).api,
    );
    await store().loadConnections();
    useAppStore.setState({ chart: { entities: { x: {} as never }, links: {} } });

    const outcome = await store().openConnection('c1', { password: 's3cret' });

    expect(outcome).toEqual({ kind: 'opened' });
    expect(sent).toEqual([{ id: 'c1', password: 's3cret', prepareSchema: false }]);
    expect(store().caseInfo).toEqual(readOnlyInfo);
    expect(store().chart.entities).toEqual({});
    expect(store().activeConnection).toEqual(connection);
    expect(readOnlyReason(store())).toBe('Read-only connection: supervisors browse without write rights.');
  });

  it('asks for consent on SCHEMA_REQUIRED, then retries with prepareSchema', async () => {
    const sent: unknown[] = [];
    restore = installApi(
      fakeBackend({
        openConnection: async (request) => {
          sent.push(request);
          if (!request.prepareSchema) {
            throw new PlexusError('SCHEMA_REQUIRED', 'neo4j has no Plexus constraints or indexes yet.');
          }
          return serverInfo;
        },
      }).api,
    );
    expect(await store().openConnection('c1')).toEqual({
      kind: 'needs-schema',
      message: 'neo4j has no Plexus constraints or indexes yet.',
    });
    expect(store().caseInfo).toBeNull();
    expect(await store().openConnection('c1', { prepareSchema: true })).toEqual({ kind: 'opened' });
    expect(sent).toEqual([
      { id: 'c1', prepareSchema: false },
      { id: 'c1', prepareSchema: true },
    ]);
  });

  it('asks for a password on AUTH and reports other failures with their code', async () => {
    let code: 'AUTH' | 'CONNECTION' = 'AUTH';
    restore = installApi(
      fakeBackend({
        openConnection: async () => {
          throw new PlexusError(code, code === 'AUTH' ? 'No password is stored.' : 'Host unreachable.');
        },
      }).api,
    );
    expect(await store().openConnection('c1')).toEqual({
      kind: 'needs-password',
      message: 'No password is stored.',
    });
    code = 'CONNECTION';
    expect(await store().openConnection('c1')).toMatchObject({
      kind: 'failed',
      error: { code: 'CONNECTION', message: 'Host unreachable.' },
    });
  });

  it('re-lists after saving and deleting; a listing failure stays on its own line', async () => {
    let list: SavedConnection[] = [];
    restore = installApi(
      fakeBackend({
        listConnections: async () => list,
        saveConnection: async (request) => {
          const made = saved({ name: request.name });
          list = [made];
          return made;
        },
        deleteConnection: async () => {
          list = [];
          return { deleted: true };
        },
      }).api,
    );
    await store().saveConnection({ name: 'Training', uri: 'bolt://127.0.0.1:7687', user: 'neo4j' });
    expect(store().connections.map((c) => c.name)).toEqual(['Training']);
    await store().deleteConnection('c1');
    expect(store().connections).toEqual([]);

    restore();
    restore = installApi(
      fakeBackend({
        listConnections: async () => {
          throw new PlexusError('IO', 'settings unreadable');
        },
      }).api,
    );
    await store().loadConnections();
    expect(store().connectionsError).toMatchObject({ code: 'IO' });
    expect(store().sessionError).toBeNull();
  });

  it('matches a resumed server store to its saved connection; a case file is never read-only', () => {
    const c = saved();
    const otherDatabase = saved({ id: 'c2', database: 'training' });
    expect(connectionFor(serverInfo, [saved({ uri: 'bolt://other:7687' }), otherDatabase, c])).toBe(c);
    const file: CaseInfo = {
      ...serverInfo,
      store: { kind: 'case-file', location: '/x.plexus', readOnly: false },
    };
    expect(connectionFor(file, [c])).toBeNull();
    expect(readOnlyReason({ caseInfo: file })).toBeNull();
    expect(
      readOnlyReason({ caseInfo: { ...serverInfo, store: { ...serverInfo.store, readOnly: true } } }),
    ).toMatch(/Read-only/);
  });
});
