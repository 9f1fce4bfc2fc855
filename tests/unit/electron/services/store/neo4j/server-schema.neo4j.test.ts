import neo4j from 'neo4j-driver';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import {
  NEO4J_SCHEMA_VERSION,
  openNeo4jStore,
  testNeo4j,
  type Neo4jConfig,
} from '../../../../../../electron/services/store/neo4j';
import * as cypher from '../../../../../../electron/services/store/neo4j/cypher';
import { NEO4J_SCHEMA_STEPS } from '../../../../../../electron/services/store/neo4j/server-schema';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { adminRows, wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

/** The schema bootstrap on a real server: consent, what it creates, newer and older databases. */

const index = new SchemaIndex(loadSchema());
const writer = { actor: 'schema-test', schema: index };

async function codeOf(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    async (store) => {
      await (store as { close?: () => Promise<void> } | undefined)?.close?.();
      return undefined;
    },
    (e: unknown) => (e instanceof PlexusError ? e.code : `not a PlexusError: ${String(e)}`),
  );
}

/** The operators of the server's plan for a statement (EXPLAIN runs nothing). */
async function explain(
  config: Neo4jConfig,
  query: string,
  parameters: Record<string, unknown>,
): Promise<string[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    const { summary } = await driver.executeQuery(`EXPLAIN ${query}`, parameters, {
      database: config.database,
    });
    const walk = (node: { operatorType: string; children: unknown[] }): string[] => [
      node.operatorType,
      ...node.children.flatMap((child) => walk(child as typeof node)),
    ];
    return summary.plan ? walk(summary.plan) : [];
  } finally {
    await driver.close();
  }
}

async function open(config: Neo4jConfig, prepareSchema: boolean): Promise<void> {
  const store = await openNeo4jStore(config, { ...writer, prepareSchema });
  await store.close();
}

describeOnNeo4j('Neo4j schema bootstrap', (config) => {
  const constraints = async () =>
    (await adminRows(config, "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'plexus_' RETURN name"))
      .map((r) => String(r.name))
      .sort();
  const schemaNodes = () =>
    adminRows(config, 'MATCH (s:PlexusSchema) RETURN s.version AS version, s.steps AS steps');

  beforeEach(() => wipePlexus(config, { schema: true }));
  // Leave a database any other suite can open (they prepare the schema themselves).
  afterAll(() => wipePlexus(config, { schema: true }));

  it('asks before creating anything: SCHEMA_REQUIRED, also read-only, and nothing is written', async () => {
    expect(await testNeo4j(config)).toMatchObject({
      schema: 'missing',
      schemaVersion: null,
      database: 'neo4j',
    });
    expect(await codeOf(openNeo4jStore(config, writer))).toBe('SCHEMA_REQUIRED');
    const readOnly = { ...config, readOnly: true };
    expect(await codeOf(openNeo4jStore(readOnly, { ...writer, prepareSchema: true }))).toBe(
      'SCHEMA_REQUIRED',
    );
    expect(await constraints()).toEqual([]);
    expect(await schemaNodes()).toEqual([]);
  });

  it('with consent creates the constraints, indexes and one version node, and opens', async () => {
    await open(config, true);

    const expected = [
      'plexus_entity_id',
      'plexus_meta_key',
      'plexus_chart_id',
      'plexus_link_id',
      // Evidence (schema step 5): sources and citations keep ids of their own.
      'plexus_source_id',
      'plexus_citation_id',
      // The history (schema step 6): entries unique by number, one head.
      'plexus_history_seq',
      'plexus_history_head',
      ...index.schema.entityTypes.map((t) => `plexus_${t.name}_id`),
    ].sort();
    expect(await constraints()).toEqual(expected);

    const fulltext = await adminRows(
      config,
      "SHOW FULLTEXT INDEXES YIELD name, state, labelsOrTypes, properties, options WHERE name = 'plexus_search' " +
        'RETURN state, labelsOrTypes, properties, options.indexConfig AS config',
    );
    expect(fulltext).toEqual([
      {
        state: 'ONLINE',
        labelsOrTypes: ['PlexusEntity'],
        properties: ['searchText'],
        config: expect.objectContaining({
          'fulltext.analyzer': 'whitespace',
          'fulltext.eventually_consistent': false,
        }) as unknown,
      },
    ]);

    const linkIndexes = await adminRows(
      config,
      "SHOW RANGE INDEXES YIELD name, entityType, state, owningConstraint WHERE name STARTS WITH 'plexus_link_' AND owningConstraint IS NULL RETURN name, entityType, state",
    );
    expect(linkIndexes.map((r) => r.name).sort()).toEqual(
      index.schema.linkTypes.map((t) => `plexus_link_${t.name}_id`).sort(),
    );
    expect(linkIndexes.every((r) => r.entityType === 'RELATIONSHIP' && r.state === 'ONLINE')).toBe(true);

    const [node, ...more] = await schemaNodes();
    expect(more).toEqual([]);
    expect(node?.version).toBe(NEO4J_SCHEMA_VERSION);
    expect(node?.steps).toHaveLength(NEO4J_SCHEMA_STEPS.length);
    expect(await testNeo4j(config)).toMatchObject({ schema: 'ready', schemaVersion: NEO4J_SCHEMA_VERSION });
    expect((await testNeo4j(config)).serverVersion).toMatch(/^(5\.|20\d\d\.)/);

    // Opening again changes nothing: no step is run twice.
    await open(config, true);
    expect(await schemaNodes()).toEqual([node]);
  });

  it('refuses a database written by a newer Plexus and leaves it as it was', async () => {
    await open(config, true);
    await adminRows(config, 'MATCH (s:PlexusSchema) SET s.version = $v', { v: NEO4J_SCHEMA_VERSION + 1 });
    const before = await schemaNodes();

    expect(await codeOf(openNeo4jStore(config, { ...writer, prepareSchema: true }))).toBe('CASE_TOO_NEW');
    expect(await testNeo4j(config)).toMatchObject({
      schema: 'newer',
      schemaVersion: NEO4J_SCHEMA_VERSION + 1,
    });
    expect(await schemaNodes()).toEqual(before);
  });

  it('migrates an older database in recorded steps, with consent only', async () => {
    // A database as version 1 left it: no chart constraint, one step recorded.
    await open(config, true);
    await adminRows(config, 'DROP CONSTRAINT plexus_chart_id');
    await adminRows(config, 'MATCH (s:PlexusSchema) SET s.version = 1, s.steps = s.steps[0..1]');
    expect(await testNeo4j(config)).toMatchObject({ schema: 'older', schemaVersion: 1 });

    expect(await codeOf(openNeo4jStore(config, writer))).toBe('SCHEMA_REQUIRED');
    expect(await constraints()).not.toContain('plexus_chart_id');

    await open(config, true);
    expect(await constraints()).toContain('plexus_chart_id');
    const [node] = await schemaNodes();
    expect(node?.version).toBe(NEO4J_SCHEMA_VERSION);
    expect(node?.steps).toHaveLength(NEO4J_SCHEMA_STEPS.length);
    expect(String((node?.steps as string[])[1])).toMatch(/^2: constraint on saved chart id/);
  });

  it('gives a link type added to the schema later its id index when the store opens', async () => {
    // A database prepared before LINKED_TO existed: its schema had no such type.
    const without = new SchemaIndex({
      ...index.schema,
      linkTypes: index.schema.linkTypes.filter((t) => t.name !== 'LINKED_TO'),
    });
    const before = await openNeo4jStore(config, { ...writer, schema: without, prepareSchema: true });
    await before.close();
    const indexOf = async () =>
      adminRows(
        config,
        "SHOW RANGE INDEXES YIELD name, labelsOrTypes, properties, state WHERE name = 'plexus_link_LINKED_TO_id' " +
          'RETURN labelsOrTypes, properties, state',
      );
    expect(await indexOf()).toEqual([]);

    // Opened with the schema that has it: no consent asked (the schema version is the same).
    const store = await openNeo4jStore(config, writer);
    try {
      expect(await indexOf()).toEqual([
        { labelsOrTypes: ['LINKED_TO'], properties: ['id'], state: 'ONLINE' },
      ]);
      const [a, b] = await store.createEntities([
        { type: 'Person', label: 'A' },
        { type: 'Asset', label: 'B' },
      ]);
      const [link] = await store.createLinks([
        { id: 'generic-1', type: 'LINKED_TO', source: a?.id, target: b?.id },
      ]);
      expect(link?.id).toBe('generic-1');
      expect((await store.getLinks(['generic-1'])).map((l) => l.type)).toEqual(['LINKED_TO']);
      const plan = await explain(config, cypher.linksById('LINKED_TO'), { ids: ['generic-1'] });
      expect(plan.filter((op) => /RelationshipIndexSeek/.test(op))).toHaveLength(1);
      expect(plan.filter((op) => /Scan/.test(op))).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('registers the ids of links stored before the link id registry, so a taken id stays taken', async () => {
    const store = await openNeo4jStore(config, { ...writer, prepareSchema: true });
    const [a, b] = await store.createEntities([
      { type: 'Person', label: 'A' },
      { type: 'Person', label: 'B' },
    ]);
    await store.createLinks([{ id: 'old-1', type: 'ASSOCIATE_OF', source: a?.id, target: b?.id }]);
    await store.close();
    // As a version 3 database left it: no id nodes, no constraint.
    await adminRows(config, 'MATCH (k:PlexusLinkId) DELETE k');
    await adminRows(config, 'DROP CONSTRAINT plexus_link_id');
    await adminRows(config, 'MATCH (s:PlexusSchema) SET s.version = 3, s.steps = s.steps[0..3]');

    const again = await openNeo4jStore(config, { ...writer, prepareSchema: true });
    try {
      expect(await adminRows(config, 'MATCH (k:PlexusLinkId) RETURN k.id AS id')).toEqual([{ id: 'old-1' }]);
      await expect(
        again.createLinks([{ id: 'old-1', type: 'FAMILY_OF', source: a?.id, target: b?.id }]),
      ).rejects.toMatchObject({ code: 'CONFLICT', message: 'a link with id old-1 already exists' });
    } finally {
      await again.close();
    }
  });
});
