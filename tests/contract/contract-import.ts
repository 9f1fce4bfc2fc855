import { beforeEach, describe, expect, it } from 'vitest';
import { loadSchema } from '../../electron/services/schema/load-types';
import type { GraphStore, ItemsBatch } from '../../electron/services/store/graph-store';
import { PlexusError } from '../../graph-schema/model/errors';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { prepareEntity, prepareLink, type PreparedBatch } from '../../graph-schema/model/validate';
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

  describe('createItemsStream', () => {
    async function* batches(
      list: readonly ItemsBatch[],
      after?: () => Promise<void>,
    ): AsyncIterable<ItemsBatch> {
      for (const batch of list) yield batch;
      await after?.();
    }
    const first: ItemsBatch = {
      entities: [
        { id: 's-a', type: 'Person', label: 'Sam Stream' },
        { id: 's-b', type: 'Person', label: 'Sid Stream' },
      ],
      links: [{ id: 's-l1', type: 'ASSOCIATE_OF', source: 's-a', target: 's-b' }],
    };
    const second: ItemsBatch = {
      entities: [{ id: 's-c', type: 'Company', label: 'Stream Co' }],
      links: [{ id: 's-l2', type: 'EMPLOYED_BY', source: 's-a', target: 's-c' }],
    };

    it('writes every batch in one transaction; later batches link entities of earlier ones', async () => {
      const result = await store.createItemsStream(
        batches([
          first,
          second,
          { entities: [], links: [], updates: [{ id: 's-b', patch: { notes: 'later' } }] },
        ]),
      );
      expect(result).toEqual({ entities: 3, links: 2 });
      expect(await store.counts()).toMatchObject({ entityCount: 3, linkCount: 2 });
      const links = await store.getLinks(['s-l2']);
      expect(links[0]).toMatchObject({ source: 's-a', target: 's-c' });
      expect((await store.getEntities(['s-b']))[0]?.notes).toBe('later');
    });

    it('rolls everything back when the iterable throws after batch 2 (a cancel)', async () => {
      const error = await store
        .createItemsStream(
          batches([first, second], () => Promise.reject(new PlexusError('CANCELLED', 'import cancelled'))),
        )
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CANCELLED' });
      expect(await store.counts()).toMatchObject({ entityCount: 0, linkCount: 0 });
      expect(await store.getEntities(['s-a', 's-c'])).toEqual([]);
      expect((await store.search({ text: 'stream' })).hits).toEqual([]);
    });

    it('rolls back batches 1-2 when an item of batch 3 is invalid, naming the field', async () => {
      const third: ItemsBatch = {
        entities: [],
        links: [{ type: 'ASSOCIATE_OF', source: 's-a', target: 'ghost' }],
      };
      await expectError(store.createItemsStream(batches([first, second, third])), 'VALIDATION', 'target');
      expect(await store.counts()).toMatchObject({ entityCount: 0, linkCount: 0 });
      expect(await store.getLinks(['s-l1', 's-l2'])).toEqual([]);
    });

    it('refuses another write while the stream is open, then writes again once it ends', async () => {
      let refused: unknown;
      const result = await store.createItemsStream(
        batches([first], async () => {
          refused = await store
            .createEntities([{ type: 'Person', label: 'Intruder' }])
            .catch((e: unknown) => e);
        }),
      );
      expect(result).toEqual({ entities: 2, links: 1 });
      expect(refused).toBeInstanceOf(PlexusError);
      expect(refused).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringContaining('an import is being written'),
      });
      expect(await store.counts()).toMatchObject({ entityCount: 2, linkCount: 1 });
      await one(store, { type: 'Person', label: 'After' });
      expect((await store.counts()).entityCount).toBe(3);
    });
  });

  describe('createPreparedStream', () => {
    // What the import engine hands a store: records it checked itself, ids given.
    const index = new SchemaIndex(loadSchema());
    const types = new Map<string, string>();
    const entity = (id: string, type: string, label: string) => {
      types.set(id, type);
      return { ...prepareEntity(index, { type, label }), id };
    };
    const link = (id: string, type: string, source: string, target: string) => ({
      ...prepareLink(index, { type, source, target }, (e) => types.get(e) ?? 'Person'),
      id,
    });
    const first = (): PreparedBatch => ({
      entities: [entity('p-a', 'Person', 'Pia Prepared'), entity('p-b', 'Person', 'Per Prepared')],
      links: [link('p-l1', 'ASSOCIATE_OF', 'p-a', 'p-b')],
    });

    it('writes checked batches in one transaction, stamped, linking earlier batches and stored entities', async () => {
      const stored = await one(store, { type: 'Company', label: 'Stored Co' });
      types.set(stored.id, 'Company');
      const second: PreparedBatch = {
        entities: [],
        links: [link('p-l2', 'EMPLOYED_BY', 'p-b', stored.id)],
        updates: [{ id: 'p-a', patch: { notes: 'later' } }],
      };
      expect(await store.createPreparedStream([first(), second])).toEqual({ entities: 2, links: 2 });
      const [pia] = await store.getEntities(['p-a']);
      expect(pia).toMatchObject({ label: 'Pia Prepared', notes: 'later', createdBy: stored.createdBy });
      expect(await store.getLinks(['p-l2'])).toMatchObject([{ source: 'p-b', target: stored.id }]);
      expect((await store.search({ text: 'prepared' })).hits).toHaveLength(2);
    });

    it('refuses a taken link id, of any type, and a link whose end is nowhere: nothing written', async () => {
      const [x, y] = await store.createEntities([
        { type: 'Person', label: 'X' },
        { type: 'Person', label: 'Y' },
      ]);
      await store.createLinks([{ id: 'taken', type: 'FAMILY_OF', source: x?.id, target: y?.id }]);
      const taken: PreparedBatch = { entities: [], links: [link('taken', 'ASSOCIATE_OF', 'p-a', 'p-b')] };
      await expectError(store.createPreparedStream([first(), taken]), 'CONFLICT');
      const nowhere: PreparedBatch = { entities: [], links: [link('p-l3', 'ASSOCIATE_OF', 'p-a', 'ghost')] };
      await expectError(store.createPreparedStream([first(), nowhere]), 'VALIDATION', 'target');
      expect(await store.counts()).toMatchObject({ entityCount: 2, linkCount: 1 });
      expect(await store.getEntities(['p-a'])).toEqual([]);
    });

    it("writes a file's sources and citations with the records, stamped, or none of them", async () => {
      const source = {
        id: 'src-1',
        title: 'Ledger',
        origin: 'Seized laptop',
        informationDate: '2024-03',
        file: null,
      };
      const cite = (id: string, itemKind: 'entity' | 'link', itemId: string) => ({
        id,
        sourceId: 'src-1',
        itemKind,
        itemId,
        field: null,
        reliability: 'B' as const,
        credibility: '2' as const,
        note: 'p. 4',
      });
      const withEvidence: PreparedBatch = {
        ...first(),
        evidence: {
          sources: [source],
          citations: [cite('c-1', 'entity', 'p-a'), cite('c-2', 'link', 'p-l1')],
        },
      };
      expect(await store.createPreparedStream([withEvidence])).toEqual({ entities: 2, links: 1 });
      const [pia] = await store.getEntities(['p-a']);
      const evidence = await store.sources.evidence();
      expect(evidence.sources).toEqual([
        expect.objectContaining({
          ...source,
          createdAt: pia?.createdAt,
          createdBy: pia?.createdBy,
          updatedAt: pia?.createdAt,
          updatedBy: pia?.createdBy,
        }),
      ]);
      expect(evidence.citations.map((c) => [c.id, c.itemKind, c.itemId, c.createdBy])).toEqual([
        ['c-1', 'entity', 'p-a', pia?.createdBy],
        ['c-2', 'link', 'p-l1', pia?.createdBy],
      ]);

      // A citation of an item that is nowhere: the records of that stream are not written either.
      const dangling: PreparedBatch = {
        entities: [entity('p-c', 'Person', 'Cai Prepared')],
        links: [],
        evidence: { sources: [], citations: [cite('c-3', 'entity', 'ghost')] },
      };
      await expectError(store.createPreparedStream([dangling]), 'NOT_FOUND');
      expect(await store.getEntities(['p-c'])).toEqual([]);
      expect((await store.sources.evidence()).citations).toHaveLength(2);
    });
  });
}
