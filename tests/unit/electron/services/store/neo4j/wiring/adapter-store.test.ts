/**
 * A Neo4j store over the scripted Bolt server: what the adapter puts on the wire (access
 * mode, parameters, integer types) and how records come back (plain Entity and Link objects).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../../../../../electron/services/store/neo4j';
import type { GraphStore } from '../../../../../../../electron/services/store/graph-store';
import { PlexusError } from '../../../../../../../graph-schema/model/errors';
import type { BoltServer, PackValue } from '../../../../../../support/bolt';
import { configFor, schema, startPlexusServer, storedEntity, type PlexusScript } from './scripted-neo4j';

let server: BoltServer | undefined;
let store: GraphStore | undefined;

afterEach(async () => {
  await store?.close();
  await server?.close();
  store = undefined;
  server = undefined;
});

async function open(
  script: PlexusScript,
  readOnly = false,
): Promise<{ server: BoltServer; store: GraphStore }> {
  server = await startPlexusServer(script);
  store = await openNeo4jStore(configFor(server, { readOnly }), { actor: 'tester', schema });
  return { server, store };
}

const WANG = storedEntity('p-1', '王偉');
const ACME = { ...storedEntity('o-1', 'Acme'), type: 'Organization', propsJson: '{}', aliases: [] };

describe('Neo4j store over Bolt', () => {
  it('maps entity records to plain Entity objects', async () => {
    const { server, store } = await open({
      onQuery: (query) =>
        query.includes('RETURN properties(n) AS entity')
          ? { fields: ['entity'], records: [[WANG]] }
          : undefined,
    });
    const entities = await store.getEntities(['p-1', 'missing']);
    expect(entities).toEqual([
      {
        id: 'p-1',
        type: 'Person',
        label: '王偉',
        aliases: ['Wang Wei'],
        notes: '',
        validFrom: null,
        validTo: null,
        confidence: 'probable',
        reliability: 'B',
        credibility: '2',
        classification: 'OFFICIAL',
        props: { nationality: 'CN' },
        createdAt: '2024-05-01T08:00:00.000Z',
        createdBy: 'alice',
        updatedAt: '2024-05-02T09:30:00.000Z',
        updatedBy: 'bob',
      },
    ]);
    // Nothing the driver made (Integer, Node, Record) leaks out of the adapter.
    expect(Object.getPrototypeOf(entities[0])).toBe(Object.prototype);
    const sent = server.runs.find((r) => r.query.includes('RETURN properties(n) AS entity'));
    expect(sent?.params).toEqual({ ids: ['p-1', 'missing'] });
  });

  it('maps link rows (props, type, source, target) to plain Link objects', async () => {
    const props = { ...storedEntity('l-1', 'employs'), propsJson: '{}' };
    const { store } = await open({
      onQuery: (query) =>
        query.includes('type(r) AS type')
          ? { fields: ['props', 'type', 'source', 'target'], records: [[props, 'EMPLOYS', 'o-1', 'p-1']] }
          : undefined,
    });
    const [link] = await store.getLinks(['l-1']);
    expect(link).toMatchObject({ id: 'l-1', type: 'EMPLOYS', source: 'o-1', target: 'p-1', props: {} });
    expect(link).not.toHaveProperty('propsJson');
  });

  it('turns Bolt integers into numbers (counts), all read in one statement', async () => {
    const { server, store } = await open({
      onQuery: (query) =>
        query.includes('count(n)')
          ? {
              fields: ['kind', 'type', 'n'],
              records: [
                ['entity', 'Person', 3],
                ['entity', 'Company', 0],
                ['link', 'EMPLOYS', 2],
              ],
            }
          : undefined,
    });
    const counts = await store.counts();
    expect(counts).toEqual({
      entityCount: 3,
      linkCount: 2,
      entityCounts: { Person: 3 },
      linkCounts: { EMPLOYS: 2 },
    });
    expect(server.runs.filter((r) => r.query.includes('count('))).toHaveLength(1);
  });

  it('sends user text only as parameters, never inside the query', async () => {
    const hostile = "x') DETACH DELETE n //";
    const { server, store } = await open({
      onQuery: (query) => {
        if (query.includes('fulltext.queryNodes'))
          return { fields: ['id', 'score'], records: [['p-1', 1.5]] };
        if (query.includes('RETURN properties(n) AS entity'))
          return { fields: ['entity'], records: [[WANG]] };
        return undefined;
      },
    });
    const result = await store.search({ text: hostile, limit: 10 });
    expect(result.hits.map((h) => h.entity.id)).toEqual(['p-1']);
    const searches = server.runs.filter(
      (r) => r.query.includes('PlexusEntity') && !r.query.includes('properties(n)'),
    );
    expect(searches.length).toBeGreaterThan(0);
    for (const run of server.runs) expect(run.query).not.toMatch(/x'\)|DETACH DELETE n \/\//);
    expect(
      JSON.stringify(
        searches.map((r) => r.params),
        bigintSafe,
      ),
    ).toMatch(/DETACH/i);
  });

  it('sends LIMIT values as Bolt INTEGERs (Neo4j refuses a float limit)', async () => {
    const { server, store } = await open({});
    await store.search({ text: 'wang', limit: 10 });
    const limited = server.runs.filter((r) => /LIMIT \$(\w+)/.test(r.query));
    expect(limited.length).toBeGreaterThan(0);
    for (const run of limited) {
      const name = /LIMIT \$(\w+)/.exec(run.query)?.[1] ?? '';
      expect(typeof run.params[name], `${name} in ${run.query}`).toBe('bigint');
    }
  });

  it('a read-only store sends every query in READ access mode and refuses writes before sending', async () => {
    const { server, store } = await open(
      {
        onQuery: (query) =>
          query.includes('RETURN properties(n) AS entity')
            ? { fields: ['entity'], records: [[ACME]] }
            : undefined,
      },
      true,
    );
    await store.getEntities(['o-1']);
    await store.search({ text: 'acme', limit: 5 });
    const sent = server.runs.length;
    expect(sent).toBeGreaterThan(0);
    expect(server.runs.map((r) => r.mode)).toEqual(server.runs.map(() => 'r'));
    const error = await store.createEntities([{ type: 'Person', label: 'New' }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).code).toBe('FORBIDDEN');
    expect(server.runs).toHaveLength(sent);
  });

  it('writes run in one explicit transaction that commits, with the query timeout', async () => {
    const { server, store } = await open({});
    const before = server.log.length;
    const [created] = await store.createEntities([
      { type: 'Person', label: 'Kim Min-jun', aliases: ['김민준'] },
    ]);
    expect(created?.label).toBe('Kim Min-jun');
    const types = server.log.slice(before).map((m) => m.type);
    expect(types.filter((t) => t === 'BEGIN')).toHaveLength(1);
    expect(types.filter((t) => t === 'COMMIT')).toHaveLength(1);
    const create = server.runs.find((r) => r.query.includes('UNWIND $rows'));
    expect(create?.mode).toBe('w');
    expect(create?.inTransaction).toBe(true);
    expect(create?.txTimeoutMs).toBe(5_000);
    expect(JSON.stringify(create?.params)).toContain('김민준');
  });
});

function bigintSafe(_key: string, value: PackValue): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
