import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import type { Entity, Link } from '../../graph-schema/model/records';
import { expectError, ids } from './contract-helpers';

/** What take-offline and publish need of every store: insert-or-replace by id, named meta values. */

const AUDIT = {
  createdAt: '2023-01-02T03:04:05.000Z',
  createdBy: 'alice',
  updatedAt: '2023-02-03T04:05:06.000Z',
  updatedBy: 'bob',
};

function person(id: string, label: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'Person',
    label,
    aliases: [],
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    ...AUDIT,
    ...extra,
  };
}

function associate(id: string, source: string, target: string, extra: Partial<Link> = {}): Link {
  return {
    id,
    type: 'ASSOCIATE_OF',
    source,
    target,
    label: 'associate of',
    notes: '',
    validFrom: null,
    validTo: null,
    confidence: 'probable',
    reliability: 'F',
    credibility: '6',
    classification: 'UNCLASSIFIED',
    props: {},
    ...AUDIT,
    ...extra,
  };
}

export function transferContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('putItems', () => {
    it('creates complete records, keeping their audit fields', async () => {
      const a = person('put-a', 'Anna Put');
      const b = person('put-b', 'Bert Put', { aliases: ['Bertie'] });
      const l = associate('put-l', a.id, b.id);
      expect(await store.putItems({ entities: [a, b], links: [l] })).toEqual({ created: 3, updated: 0 });
      expect(await store.getEntities([a.id, b.id])).toEqual([a, b]);
      expect(await store.getLinks([l.id])).toEqual([l]);
      expect(await store.counts()).toMatchObject({
        entityCount: 2,
        linkCount: 1,
        entityCounts: { Person: 2 },
      });
    });

    it('replaces by id, keeps counts and search right, and is idempotent', async () => {
      const a = person('put-a', 'Anna Put');
      const b = person('put-b', 'Bert Put');
      const l = associate('put-l', a.id, b.id);
      await store.putItems({ entities: [a, b], links: [l] });

      const renamed = person('put-a', 'Zoltan Renamed', {
        notes: 'seen',
        updatedAt: '2024-01-01T00:00:00.000Z',
      });
      const relinked = associate('put-l', a.id, b.id, { confidence: 'confirmed' });
      const c = person('put-c', 'Cleo Put');
      const second = { entities: [renamed, c], links: [relinked] };
      expect(await store.putItems(second)).toEqual({ created: 1, updated: 2 });
      expect(await store.putItems(second)).toEqual({ created: 0, updated: 3 });

      expect(await store.getEntities([a.id, c.id])).toEqual([renamed, c]);
      expect(await store.getLinks([l.id])).toEqual([relinked]);
      expect(await store.counts()).toMatchObject({
        entityCount: 3,
        linkCount: 1,
        entityCounts: { Person: 3 },
      });
      expect(ids((await store.search({ text: 'zoltan' })).hits.map((h) => h.entity))).toEqual([a.id]);
      expect((await store.search({ text: 'anna' })).hits).toEqual([]);
    });

    it('links to entities of the same call and of the store', async () => {
      await store.putItems({ entities: [person('put-a', 'Anna Put')], links: [] });
      const result = await store.putItems({
        entities: [person('put-b', 'Bert Put')],
        links: [associate('put-l', 'put-a', 'put-b')],
      });
      expect(result).toEqual({ created: 2, updated: 0 });
      expect(ids(await store.linksAmong(['put-a', 'put-b']))).toEqual(['put-l']);
    });

    it('refuses an invalid record and writes nothing', async () => {
      const a = person('put-a', 'Anna Put');
      await store.putItems({ entities: [a], links: [] });
      const before = await store.counts();

      const changed = person('put-a', 'Anna Changed', { updatedAt: '2024-01-01T00:00:00.000Z' });
      const fresh = person('put-b', 'Bert Put');
      await expectError(
        store.putItems({ entities: [changed, fresh, person('put-x', '   ')], links: [] }),
        'VALIDATION',
        'label',
      );
      await expectError(
        store.putItems({ entities: [changed, fresh], links: [associate('put-l', 'put-a', 'nowhere')] }),
        'VALIDATION',
      );
      await expectError(
        store.putItems({ entities: [changed, { ...fresh, updatedAt: 'yesterday' }], links: [] }),
        'VALIDATION',
        'updatedAt',
      );
      expect(await store.getEntities([a.id, fresh.id])).toEqual([a]);
      expect(await store.counts()).toEqual(before);
    });
  });

  describe('meta values', () => {
    it('round-trips JSON, answers undefined for a missing key, and overwrites', async () => {
      expect(await store.readMeta('origin')).toBeUndefined();
      const value = { kind: 'neo4j', base: { entities: { x: '2024-01-01T00:00:00.000Z' } }, n: 3, ok: true };
      await store.writeMeta('origin', value);
      expect(await store.readMeta('origin')).toEqual(value);
      await store.writeMeta('origin', ['replaced']);
      expect(await store.readMeta('origin')).toEqual(['replaced']);
      expect(await store.readMeta('other')).toBeUndefined();
    });
  });

  it('cancelRunning answers how many queries it cancelled', async () => {
    const cancelled = await store.cancelRunning();
    expect(Number.isInteger(cancelled) && cancelled >= 0).toBe(true);
  });
}
