import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { expectError, ids, one } from './contract-helpers';

/** What an import needs of every store: entities and links in one all-or-nothing call. */
export function importContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('createItems', () => {
    it('creates entities and links naming new and stored entities, in one call', async () => {
      const stored = await one(store, { type: 'Company', label: 'Stored Co' });
      const result = await store.createItems({
        entities: [
          { id: 'imp-a', type: 'Person', label: 'Ida Import' },
          { id: 'imp-b', type: 'Person', label: 'Ivo Import', aliases: ['Ivo'] },
        ],
        links: [
          { id: 'imp-l1', type: 'ASSOCIATE_OF', source: 'imp-a', target: 'imp-b' },
          { id: 'imp-l2', type: 'EMPLOYED_BY', source: 'imp-b', target: stored.id },
        ],
      });
      expect(result).toEqual({ entities: 2, links: 2 });
      expect((await store.getEntities(['imp-a', 'imp-b'])).map((e) => e.label)).toEqual([
        'Ida Import',
        'Ivo Import',
      ]);
      const links = await store.getLinks(['imp-l1', 'imp-l2']);
      expect(ids(links)).toEqual(['imp-l1', 'imp-l2']);
      expect(links.find((l) => l.id === 'imp-l2')).toMatchObject({ source: 'imp-b', target: stored.id });
      expect(await store.counts()).toMatchObject({ entityCount: 3, linkCount: 2 });
      expect((await store.search({ text: 'ivo' })).hits.map((h) => h.entity.id)).toEqual(['imp-b']);
    });

    it('rolls back the entities of the call when one link is invalid, naming the field', async () => {
      await expectError(
        store.createItems({
          entities: [
            { id: 'imp-a', type: 'Person', label: 'Ida Import' },
            { id: 'imp-c', type: 'Company', label: 'Import Co' },
          ],
          links: [
            { type: 'EMPLOYED_BY', source: 'imp-a', target: 'imp-c' },
            { type: 'STUDIED_AT', source: 'imp-a', target: 'imp-c' },
          ],
        }),
        'VALIDATION',
        'type',
      );
      await expectError(
        store.createItems({
          entities: [{ id: 'imp-a', type: 'Person', label: 'Ida Import' }],
          links: [{ type: 'ASSOCIATE_OF', source: 'imp-a', target: 'ghost' }],
        }),
        'VALIDATION',
        'target',
      );
      expect(await store.counts()).toMatchObject({ entityCount: 0, linkCount: 0 });
      expect(await store.getEntities(['imp-a', 'imp-c'])).toEqual([]);
      expect((await store.search({ text: 'ida' })).hits).toEqual([]);
    });

    it('refuses an id already stored or given twice with CONFLICT, writing nothing', async () => {
      await one(store, { id: 'taken', type: 'Person', label: 'Tara Taken' });
      await expectError(
        store.createItems({
          entities: [
            { id: 'imp-a', type: 'Person', label: 'Ida Import' },
            { id: 'taken', type: 'Person', label: 'Someone Else' },
          ],
          links: [],
        }),
        'CONFLICT',
      );
      await expectError(
        store.createItems({
          entities: [
            { id: 'imp-a', type: 'Person', label: 'Ida Import' },
            { id: 'imp-b', type: 'Person', label: 'Ivo Import' },
          ],
          links: [
            { id: 'dup', type: 'ASSOCIATE_OF', source: 'imp-a', target: 'imp-b' },
            { id: 'dup', type: 'ASSOCIATE_OF', source: 'imp-b', target: 'taken' },
          ],
        }),
        'CONFLICT',
      );
      expect(await store.counts()).toMatchObject({ entityCount: 1, linkCount: 0 });
      expect(await store.getEntities(['imp-a', 'imp-b'])).toEqual([]);
    });

    it('accepts an empty call', async () => {
      expect(await store.createItems({ entities: [], links: [] })).toEqual({ entities: 0, links: 0 });
    });
  });
}
