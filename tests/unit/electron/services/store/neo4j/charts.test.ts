import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { Neo4jConfig } from '../../../../../../electron/services/store/neo4j/config';
import * as cypher from '../../../../../../electron/services/store/neo4j/cypher';
import { Neo4jStore } from '../../../../../../electron/services/store/neo4j/neo4j-store';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { fakeDriver } from './fake-driver';

/** What the Neo4j chart store sends, without a server: sessions, statements, refusals. */

const index = new SchemaIndex(loadSchema());
const config: Neo4jConfig = {
  uri: 'bolt://127.0.0.1:7687',
  database: 'neo4j',
  user: 'u',
  password: 'p',
  readOnly: false,
};
const writer = { actor: 'analyst', schema: index, now: () => new Date('2024-06-01T00:00:00.000Z') };

const storedRow = {
  id: 'c1',
  name: 'Board',
  version: 3,
  entityCount: 0,
  linkCount: 0,
  body: JSON.stringify({ entities: [], links: [], hidden: { entities: [], links: [] } }),
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 'a',
  updatedAt: '2024-01-02T00:00:00.000Z',
  updatedBy: 'b',
};

function store(readOnly = false) {
  const { driver, log } = fakeDriver((query) =>
    query === cypher.CHART_BY_ID || query === cypher.LIST_CHARTS ? [storedRow] : [],
  );
  return { charts: new Neo4jStore(driver, { ...config, readOnly }, 2, writer).charts, log };
}

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => undefined,
    (e: unknown) => (e instanceof PlexusError ? e.code : 'not a PlexusError'),
  );
}

describe('Neo4j charts', () => {
  it('reads in READ sessions', async () => {
    const { charts, log } = store();
    expect((await charts.list()).map((c) => c.name)).toEqual(['Board']);
    expect(await charts.get('c1')).toMatchObject({ id: 'c1', name: 'Board', version: 3, entities: [] });
    expect(log.sessions).toEqual(['READ', 'READ']);
  });

  it('locks the chart before reading its version, and refuses a stale save with CONFLICT', async () => {
    const { charts, log } = store();
    expect(await codeOf(charts.save('c1', { name: 'Board', entities: [], links: [] }, 2))).toBe('CONFLICT');
    expect(log.queries.map((q) => q.query)).toEqual([cypher.LOCK_CHART, cypher.CHART_BY_ID]);
    expect(log.rollbacks).toBe(1);

    const saved = await charts.save('c1', { name: 'Board', entities: [], links: [] }, 3);
    expect(saved).toMatchObject({ version: 4, createdBy: 'a', updatedBy: 'analyst' });
    const write = log.queries.at(-1);
    expect(write?.query).toBe(cypher.WRITE_CHART);
    // Counts and versions go as Bolt integers (top-level parameters), not floats.
    expect(neo4j.isInt(write?.parameters.version)).toBe(true);
    expect(String(write?.parameters.version)).toBe('4');
    expect(write?.parameters).toMatchObject({ id: 'c1', props: { name: 'Board', createdBy: 'a' } });
  });

  it('refuses every write on a read-only connection with FORBIDDEN, before validating', async () => {
    const { charts, log } = store(true);
    expect(await codeOf(charts.create({ name: '', entities: [], links: [] }))).toBe('FORBIDDEN');
    expect(await codeOf(charts.save('c1', { name: 'x', entities: [], links: [] }, 3))).toBe('FORBIDDEN');
    expect(await codeOf(charts.rename('c1', 'x'))).toBe('FORBIDDEN');
    expect(await codeOf(charts.duplicate('c1', 'x'))).toBe('FORBIDDEN');
    expect(await codeOf(charts.delete('c1'))).toBe('FORBIDDEN');
    expect(log.queries).toEqual([]);
    expect((await charts.list()).length).toBe(1);
  });

  it('answers NOT_FOUND when a delete removes nothing', async () => {
    const { charts } = store();
    expect(await codeOf(charts.delete('nope'))).toBe('NOT_FOUND');
  });
});
