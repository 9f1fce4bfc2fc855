import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../../../../../electron/services/store/neo4j';
import type { Entity } from '../../../../../../graph-schema/model/records';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { prepareLink } from '../../../../../../graph-schema/model/validate';
import { adminRows, wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

const schema = new SchemaIndex(loadSchema());

function open(config: Neo4jConfig, actor: string): Promise<GraphStore> {
  return openNeo4jStore(config, { actor, schema, prepareSchema: true });
}

async function refusal(work: Promise<unknown>): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof PlexusError)) throw new Error(`expected a PlexusError, got ${String(error)}`);
  return error;
}

/**
 * New links are written with their ends checked by the server as it writes them (no look-up
 * of the ends' types first): what it writes and refuses must be exactly what the schema check
 * (prepareLink) allows and says.
 */
describeOnNeo4j('Neo4j link writes checked by the server', (config) => {
  let store: GraphStore;
  let other: GraphStore;
  let person: Entity;
  let company: Entity;
  let school: Entity;
  beforeEach(async () => {
    await wipePlexus(config);
    store = await open(config, 'ann');
    other = await open(config, 'ben');
    [person, company, school] = (await store.createEntities([
      { id: 'p', type: 'Person', label: 'Pat' },
      { id: 'c', type: 'Company', label: 'Acme' },
      { id: 'u', type: 'Organization', label: 'Uni' },
    ])) as [Entity, Entity, Entity];
  });
  afterEach(async () => {
    await Promise.all([store.close(), other.close()]);
  });

  it('writes a mixed batch the schema allows: either way round when undirected, any type under *', async () => {
    const links = await store.createLinks([
      { id: 'l1', type: 'EMPLOYED_BY', source: person.id, target: company.id },
      { id: 'l2', type: 'ASSOCIATE_OF', source: company.id, target: person.id },
      { id: 'l3', type: 'STUDIED_AT', source: person.id, target: school.id },
      { id: 'l4', type: 'LINKED_TO', source: school.id, target: company.id },
    ]);
    expect(links.map((l) => l.id)).toEqual(['l1', 'l2', 'l3', 'l4']);
    const stored = await store.getLinks(['l1', 'l2', 'l3', 'l4']);
    expect(stored).toEqual(links);
    expect(await adminRows(config, 'MATCH (k:PlexusLinkId) RETURN k.id AS id ORDER BY id')).toEqual(
      ['l1', 'l2', 'l3', 'l4'].map((id) => ({ id })),
    );
  });

  it("refuses a batch with a bad end with prepareLink's own message, naming the link, and writes none of it", async () => {
    const inputs = [
      { id: 'ok', type: 'EMPLOYED_BY', source: person.id, target: company.id },
      { id: 'bad', type: 'STUDIED_AT', source: person.id, target: company.id },
    ];
    const error = await refusal(store.createLinks(inputs));
    const types: Record<string, string> = { p: 'Person', c: 'Company' };
    const expected = await refusal(
      Promise.resolve().then(() => prepareLink(schema, inputs[1], (id) => types[id])),
    );
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(`links[1]: ${expected.message}`);
    expect(error.details).toEqual(expected.details);
    const missing = await refusal(
      store.createLinks([{ type: 'EMPLOYED_BY', source: 'ghost', target: company.id }]),
    );
    expect(missing.details?.map((d) => d.field)).toEqual(['source']);
    expect((await store.counts()).linkCount).toBe(0);
    expect(await adminRows(config, 'MATCH (k:PlexusLinkId) RETURN count(k) AS n')).toEqual([{ n: 0 }]);
  });

  it('checks an end whose node lacks its type label by its stored type, as the schema check does', async () => {
    // As another tool might write it: the type as a property, without the type's label.
    await adminRows(config, 'MATCH (n:PlexusEntity {id: $id}) REMOVE n:Person', { id: person.id });
    const [link] = await store.createLinks([
      { id: 'x', type: 'EMPLOYED_BY', source: person.id, target: company.id },
    ]);
    expect(link?.id).toBe('x');
    expect((await store.getLinks(['x'])).map((l) => l.source)).toEqual([person.id]);
    const error = await refusal(
      store.createLinks([{ type: 'STUDIED_AT', source: person.id, target: company.id }]),
    );
    expect(error.details?.map((d) => d.field)).toEqual(['type']);
  });

  it('refuses one link id taken by two clients at once: one is written, the other is a CONFLICT', async () => {
    const outcomes = await Promise.allSettled([
      store.createLinks([{ id: 'same', type: 'EMPLOYED_BY', source: person.id, target: company.id }]),
      other.createLinks([{ id: 'same', type: 'STUDIED_AT', source: person.id, target: school.id }]),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(refused[0]).toMatchObject({ code: 'CONFLICT', message: 'a link with id same already exists' });
    expect((await store.counts()).linkCount).toBe(1);
  });
});
