import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../../../../../electron/services/store/neo4j';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { wipePlexus } from '../../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../../support/neo4j-server/given';

const schema = new SchemaIndex(loadSchema());

function open(config: Neo4jConfig, actor: string): Promise<GraphStore> {
  return openNeo4jStore(config, { actor, schema, prepareSchema: true });
}

/** Two analysts' Plexus on one database, both editing the entity they both opened. */
describeOnNeo4j('Two clients editing one entity on Neo4j', (config) => {
  let ann: GraphStore;
  let ben: GraphStore;
  beforeEach(async () => {
    await wipePlexus(config);
    ann = await open(config, 'ann');
    ben = await open(config, 'ben');
  });
  afterEach(async () => {
    await Promise.all([ann.close(), ben.close()]);
  });

  it('saves one of two simultaneous edits and refuses the other as a CONFLICT naming the item', async () => {
    const [wang] = await ann.createEntities([{ type: 'Person', label: 'Wang Wei' }]);
    if (!wang) throw new Error('not created');
    const outcomes = await Promise.allSettled([
      ann.updateEntity(wang.id, { notes: 'from ann' }, wang.updatedAt),
      ben.updateEntity(wang.id, { notes: 'from ben' }, wang.updatedAt),
    ]);
    const saved = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]).toBeInstanceOf(PlexusError);
    expect((refused[0] as PlexusError).code).toBe('CONFLICT');
    expect((refused[0] as PlexusError).message).toMatch(/“Wang Wei” was changed by (ann|ben)/);
    // The server holds the one that was saved, never a mix and never the refused one.
    const [stored] = await ben.getEntities([wang.id]);
    const winner = saved[0]?.status === 'fulfilled' ? saved[0].value.notes : undefined;
    expect(stored?.notes).toBe(winner);
  });
});
