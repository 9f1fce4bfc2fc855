import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../electron/services/store/sqlite';
import { publishCase, readOrigin, takeOffline } from '../../../../../electron/services/transfer';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { allOf, buildSource, caseMaker, reopen, storeOptions, tempDir } from './transfer-cases';

let temp: ReturnType<typeof tempDir>;
let source: GraphStore;
let offline: GraphStore;

/** Takes Ann and two hops (Ann, Ben, Cobalt and their two links) offline and opens the copy. */
beforeEach(async () => {
  temp = tempDir();
  ({ store: source } = await buildSource(join(temp.dir, 'team.plexus')));
  const path = join(temp.dir, 'away.plexus');
  await takeOffline(source, { ids: ['ann'], hops: 2, path }, caseMaker());
  offline = await reopen(path);
});
afterEach(async () => {
  await offline.close();
  await source.close();
  temp.remove();
});

/** The offline analyst's work: one entity changed, one entity and one link added. */
async function editOffline() {
  await offline.updateEntity('ann', { label: 'Ann Arbor-Lind', props: { nationality: 'NO' } });
  await offline.createEntities([{ id: 'eve', type: 'Person', label: 'Eve Ek' }]);
  await offline.createLinks([{ id: 'eve-cobalt', type: 'EMPLOYED_BY', source: 'eve', target: 'cobalt' }]);
}

/** Ben changed on both sides since the take-offline; Cobalt only on the server. */
async function editBothSides() {
  await source.updateEntity('ben', { notes: 'seen in Malmö' });
  await source.updateEntity('cobalt', { notes: 'dissolved' });
  await offline.updateEntity('ben', { label: 'Benjamin Brandt', notes: 'seen in Oslo' });
}

describe('publishCase', () => {
  it('creates and updates what changed offline, then changes nothing when run again', async () => {
    await editOffline();
    const first = await publishCase(offline, source);
    expect(first).toEqual({ created: 2, updated: 1, unchanged: 4, conflicts: [], dryRun: false });
    const local = await allOf(offline);
    const ids = local.entities.map((e) => e.id);
    expect(await source.getEntities(ids)).toEqual(local.entities);
    expect((await source.getEntities(['ann']))[0]).toEqual(local.entities.find((e) => e.id === 'ann'));
    expect(await source.getLinks(['eve-cobalt'])).toEqual(local.links.filter((l) => l.id === 'eve-cobalt'));

    const before = await allOf(source);
    const second = await publishCase(offline, source);
    expect(second).toEqual({ created: 0, updated: 0, unchanged: 7, conflicts: [], dryRun: false });
    expect(await allOf(source)).toEqual(before);
    expect((await readOrigin(offline))?.base.entities.eve).toBe(
      local.entities.find((e) => e.id === 'eve')?.updatedAt,
    );
  });

  it('lists an item changed on both sides with the differing fields and writes nothing for it', async () => {
    await editBothSides();
    const serverBen = (await source.getEntities(['ben']))[0];
    const serverCobalt = (await source.getEntities(['cobalt']))[0];
    const localBen = (await offline.getEntities(['ben']))[0];

    const result = await publishCase(offline, source);
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(result.conflicts).toEqual([
      {
        kind: 'entity',
        id: 'ben',
        label: 'Benjamin Brandt',
        fields: ['label', 'notes'],
        local: { updatedAt: localBen?.updatedAt, updatedBy: 'offline' },
        server: { updatedAt: serverBen?.updatedAt, updatedBy: 'team' },
      },
    ]);
    expect(await source.getEntities(['ben', 'cobalt'])).toEqual([serverBen, serverCobalt]);

    // Still a conflict next time: nothing was decided.
    expect((await publishCase(offline, source)).conflicts.map((c) => c.id)).toEqual(['ben']);
  });

  it("writes the case's version on 'local' and keeps the server's on 'server'", async () => {
    await editBothSides();
    const serverBen = (await source.getEntities(['ben']))[0];
    const localBen = (await offline.getEntities(['ben']))[0];

    const kept = await publishCase(offline, source, { resolutions: { ben: 'server' } });
    expect(kept).toMatchObject({ created: 0, updated: 0, unchanged: 5, conflicts: [] });
    expect(await source.getEntities(['ben'])).toEqual([serverBen]);

    const written = await publishCase(offline, source, { resolutions: { ben: 'local' } });
    expect(written).toMatchObject({ created: 0, updated: 1, unchanged: 4, conflicts: [] });
    expect(await source.getEntities(['ben'])).toEqual([localBen]);
    expect(await publishCase(offline, source)).toMatchObject({ updated: 0, conflicts: [] });
  });

  it('never brings back an item deleted on the server unasked', async () => {
    await source.deleteEntities(['ben']);
    // Cobalt unedited offline: it stays deleted. Ben edited offline: the analyst decides.
    await source.deleteEntities(['cobalt']);
    await offline.updateEntity('ben', { notes: 'seen in Oslo' });
    const result = await publishCase(offline, source);
    expect(result.conflicts).toEqual([
      expect.objectContaining({ kind: 'entity', id: 'ben', fields: [], server: null }),
    ]);
    expect(result.created).toBe(0);
    expect(await source.getEntities(['ben', 'cobalt'])).toEqual([]);

    const restored = await publishCase(offline, source, { resolutions: { ben: 'local' } });
    expect(restored).toMatchObject({ created: 1, conflicts: [] });
    expect((await source.getEntities(['ben']))[0]?.notes).toBe('seen in Oslo');
    expect(await source.getEntities(['cobalt'])).toEqual([]);
  });

  it('a dry run reports the same counts and writes nothing on either side', async () => {
    await editOffline();
    const sourceBefore = await allOf(source);
    const originBefore = await readOrigin(offline);
    const result = await publishCase(offline, source, { dryRun: true });
    expect(result).toEqual({ created: 2, updated: 1, unchanged: 4, conflicts: [], dryRun: true });
    expect(await allOf(source)).toEqual(sourceBefore);
    expect(await readOrigin(offline)).toEqual(originBefore);
  });

  it('refuses a read-only target with FORBIDDEN before reading anything', async () => {
    await editOffline();
    const before = await allOf(source);
    const readOnly = Object.assign(Object.create(source) as GraphStore, { readOnly: true });
    const error = await publishCase(offline, readOnly).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).code).toBe('FORBIDDEN');
    expect(await allOf(source)).toEqual(before);
  });

  it('publishes a case never taken offline by content: equal is unchanged, different is a conflict', async () => {
    const fresh = await createCaseFile(join(temp.dir, 'fresh.plexus'), storeOptions('other'));
    const [ann, ben] = await source.getEntities(['ann', 'ben']);
    if (!ann || !ben) throw new Error('missing');
    await fresh.restore({ entities: [ann, { ...ben, notes: 'different' }], links: [] });
    await fresh.createEntities([{ id: 'zed', type: 'Person', label: 'Zed' }]);

    const result = await publishCase(fresh, source);
    expect(result).toMatchObject({ created: 1, updated: 0, unchanged: 1 });
    expect(result.conflicts).toMatchObject([{ id: 'ben', fields: ['notes'] }]);
    expect(await publishCase(fresh, source)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    await fresh.close();
  });
});
