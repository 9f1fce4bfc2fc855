/**
 * createItems on a Neo4j store over the scripted Bolt server: entities then links in ONE
 * explicit transaction, rolled back whole when a link is refused inside it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../../../../../../electron/services/store/neo4j';
import type { GraphStore } from '../../../../../../../electron/services/store/graph-store';
import { ENTITY_PROPERTY_KEYS } from '../../../../../../../electron/services/store/neo4j/records';
import { PlexusError } from '../../../../../../../graph-schema/model/errors';
import type { BoltServer, PlainMap } from '../../../../../../support/bolt';
import { configFor, schema, startPlexusServer } from './scripted-neo4j';

let server: BoltServer | undefined;
let store: GraphStore | undefined;

afterEach(async () => {
  await store?.close();
  await server?.close();
  store = undefined;
  server = undefined;
});

/** A server that remembers the entities created on it, so link ends can be looked up. */
async function open(): Promise<{ server: BoltServer; store: GraphStore }> {
  const types = new Map<string, string>();
  server = await startPlexusServer({
    onQuery: (query, params: PlainMap) => {
      if (query.includes('CREATE (n:PlexusEntity')) {
        // Entity rows are lists in ENTITY_PROPERTY_KEYS' order (records.entityRow).
        for (const row of params.rows as string[][])
          types.set(
            row[ENTITY_PROPERTY_KEYS.indexOf('id')] ?? '',
            row[ENTITY_PROPERTY_KEYS.indexOf('type')] ?? '',
          );
      }
      if (query.includes('AS refused')) {
        // The checked link write: the rows with an end it does not know write nothing.
        const refused = (params.rows as PlainMap[])
          .filter((row) => !types.has(row.source as string) || !types.has(row.target as string))
          .map((row) => (row.props as PlainMap).id as string);
        return { fields: ['refused'], records: [[refused]] };
      }
      if (query.includes('RETURN n.id AS id, n.type AS type')) {
        const ids = (params.ids as string[]).filter((id) => types.has(id));
        return { fields: ['id', 'type'], records: ids.map((id) => [id, types.get(id) ?? '']) };
      }
      return undefined;
    },
  });
  store = await openNeo4jStore(configFor(server), { actor: 'tester', schema });
  return { server, store };
}

describe('Neo4j createItems', () => {
  it('creates entities, then links between them, in one committed transaction', async () => {
    const { server, store } = await open();
    const before = server.log.length;
    const result = await store.createItems({
      entities: [
        { id: 'a', type: 'Person', label: 'Ann' },
        { id: 'c', type: 'Company', label: 'Acme' },
      ],
      links: [{ id: 'l', type: 'EMPLOYED_BY', source: 'a', target: 'c' }],
    });
    expect(result).toEqual({ entities: 2, links: 1 });
    const types = server.log.slice(before).map((m) => m.type);
    expect(types.filter((t) => t === 'BEGIN')).toHaveLength(1);
    expect(types.filter((t) => t === 'COMMIT')).toHaveLength(1);
    const writes = server.runs.filter((r) => r.query.includes('UNWIND $rows'));
    expect(writes.map((r) => r.query.includes('CREATE (s)-['))).toEqual([false, false, true]);
    expect(writes.every((r) => r.inTransaction)).toBe(true);
  });

  it('rolls back the entities when a link is refused inside the transaction', async () => {
    const { server, store } = await open();
    const before = server.log.length;
    const error = await store
      .createItems({
        entities: [{ id: 'a', type: 'Person', label: 'Ann' }],
        links: [{ type: 'ASSOCIATE_OF', source: 'a', target: 'ghost' }],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).details?.map((d) => d.field)).toContain('target');
    const types = server.log.slice(before).map((m) => m.type);
    expect(types).toContain('BEGIN');
    expect(types).not.toContain('COMMIT');
  });

  it('refuses an unknown link type before sending anything', async () => {
    const { server, store } = await open();
    const sent = server.runs.length;
    const error = await store
      .createItems({
        entities: [{ type: 'Person', label: 'Ann' }],
        links: [{ type: 'LOVES', source: 'x', target: 'y' }],
      })
      .catch((e: unknown) => e);
    expect((error as PlexusError).code).toBe('VALIDATION');
    expect(server.runs).toHaveLength(sent);
  });
});
