import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../../../../electron/services/store/neo4j';
import { publishCase, readOrigin, takeOffline } from '../../../../../electron/services/transfer';
import { wipePlexus } from '../../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../../support/neo4j-server/given';
import { allOf, caseMaker, reopen, seedSource, storeOptions, tempDir } from './transfer-cases';

/**
 * Take offline and publish against a real server, with a second client (another analyst's
 * Plexus on the same database) editing the server between take-offline and publish.
 */

function open(config: Neo4jConfig, actor: string, start: string): Promise<GraphStore> {
  return openNeo4jStore(config, { ...storeOptions(actor, start), prepareSchema: true });
}

describeOnNeo4j('Take offline and publish on Neo4j', (config) => {
  let temp: ReturnType<typeof tempDir>;
  let team: GraphStore;
  let colleague: GraphStore;
  let offline: GraphStore;

  /** Takes Ann and two hops (Ann, Ben, Cobalt and their two links) offline and opens the copy. */
  beforeEach(async () => {
    await wipePlexus(config);
    temp = tempDir();
    team = await open(config, 'team', '2024-01-01T00:00:00.000Z');
    await seedSource(team);
    await team.charts.create({
      name: 'Board',
      entities: [
        { id: 'ann', x: 0, y: 0 },
        { id: 'cobalt', x: 100, y: 0 },
      ],
      links: ['ann-cobalt'],
    });
    const path = join(temp.dir, 'away.plexus');
    expect(await takeOffline(team, { ids: ['ann'], hops: 2, path }, caseMaker())).toMatchObject({
      entities: 3,
      links: 2,
    });
    offline = await reopen(path);
    colleague = await open(config, 'colleague', '2024-05-01T00:00:00.000Z');
  });
  afterEach(async () => {
    await Promise.all([offline.close(), colleague.close(), team.close()]);
    temp.remove();
  });

  it('copies the subgraph with every field, its chart and where it came from', async () => {
    const local = await allOf(offline);
    expect(local.entities.map((e) => e.id)).toEqual(['ann', 'ben', 'cobalt']);
    expect(local.entities).toEqual(await team.getEntities(['ann', 'ben', 'cobalt']));
    expect(local.links).toEqual(await team.getLinks(['ann-cobalt', 'ben-cobalt']));
    expect((await offline.charts.list()).map((c) => c.name)).toEqual(['Board']);
    expect(await readOrigin(offline)).toMatchObject({
      kind: 'neo4j',
      location: team.location,
      name: 'neo4j',
    });
  });

  it('publishes offline edits, reports what a second client changed meanwhile, and writes it only when told', async () => {
    // Meanwhile on the server: the colleague edits Ben and Cobalt.
    await colleague.updateEntity('ben', { notes: 'seen in Malmö' });
    await colleague.updateEntity('cobalt', { notes: 'dissolved' });
    const [serverBen] = await colleague.getEntities(['ben']);
    // Offline: Ann and Ben edited, Eve and her link added.
    await offline.updateEntity('ann', { label: 'Ann Arbor-Lind' });
    await offline.updateEntity('ben', { label: 'Benjamin Brandt', notes: 'seen in Oslo' });
    await offline.createEntities([{ id: 'eve', type: 'Person', label: 'Eve Ek' }]);
    await offline.createLinks([{ id: 'eve-cobalt', type: 'EMPLOYED_BY', source: 'eve', target: 'cobalt' }]);
    const [localBen] = await offline.getEntities(['ben']);

    const dry = await publishCase(offline, team, { dryRun: true });
    expect(dry).toMatchObject({ created: 2, updated: 1, unchanged: 3, dryRun: true });
    expect(await team.getEntities(['ann', 'eve'])).toHaveLength(1);

    const first = await publishCase(offline, team);
    expect(first).toMatchObject({ created: 2, updated: 1, unchanged: 3, dryRun: false });
    expect(first.conflicts).toEqual([
      {
        kind: 'entity',
        id: 'ben',
        label: 'Benjamin Brandt',
        fields: ['label', 'notes'],
        local: { updatedAt: localBen?.updatedAt, updatedBy: 'offline' },
        server: { updatedAt: serverBen?.updatedAt, updatedBy: 'colleague' },
      },
    ]);
    // What the colleague reads back: the offline edits, and their own Ben and Cobalt untouched.
    const [ann, ben, cobalt, eve] = await colleague.getEntities(['ann', 'ben', 'cobalt', 'eve']);
    expect(ann?.label).toBe('Ann Arbor-Lind');
    expect(ben).toEqual(serverBen);
    expect(cobalt?.notes).toBe('dissolved');
    expect(eve?.label).toBe('Eve Ek');
    expect(await colleague.getLinks(['eve-cobalt'])).toHaveLength(1);

    const resolved = await publishCase(offline, team, { resolutions: { ben: 'local' } });
    expect(resolved).toMatchObject({ created: 0, updated: 1, conflicts: [] });
    expect(await colleague.getEntities(['ben'])).toEqual([localBen]);
    expect(await publishCase(offline, team)).toMatchObject({ created: 0, updated: 0, conflicts: [] });
  });

  it('never brings back an entity another client deleted, unless the analyst says so', async () => {
    await colleague.deleteEntities(['ben']);
    await offline.updateEntity('ben', { notes: 'seen in Oslo' });

    const result = await publishCase(offline, team);
    expect(result.conflicts).toEqual([expect.objectContaining({ kind: 'entity', id: 'ben', server: null })]);
    expect(await colleague.getEntities(['ben'])).toEqual([]);

    expect(await publishCase(offline, team, { resolutions: { ben: 'local' } })).toMatchObject({ created: 1 });
    expect((await colleague.getEntities(['ben']))[0]?.notes).toBe('seen in Oslo');
  });
});
