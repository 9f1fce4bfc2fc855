import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import type { Entity, Link } from '../../graph-schema/model/records';
import { buildNetwork, expectError, ids, link, one } from './contract-helpers';

/** The write half of the contract: records, validation, atomicity, restore, counts, scans. */
export function writeContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('entities', () => {
    it('creates with defaults and audit fields, reads back, updates, deletes', async () => {
      const created = await one(store, {
        type: 'Person',
        label: '  Li   Wei ',
        props: { nationality: 'CN' },
      });
      expect(created).toMatchObject({
        type: 'Person',
        label: 'Li Wei',
        aliases: [],
        confidence: 'probable',
      });
      expect(created.id).not.toBe('');
      expect(created.createdBy).not.toBe('');
      expect(created.updatedAt).toBe(created.createdAt);
      expect(await store.getEntities([created.id])).toEqual([created]);

      const updated = await store.updateEntity(created.id, {
        label: 'Li Wei (senior)',
        confidence: 'confirmed',
      });
      expect(updated).toMatchObject({ id: created.id, label: 'Li Wei (senior)', confidence: 'confirmed' });
      expect(updated.props).toEqual({ nationality: 'CN' });
      expect(updated.createdAt).toBe(created.createdAt);
      expect(updated.updatedAt >= created.updatedAt).toBe(true);
      expect(await store.getEntities([created.id])).toEqual([updated]);

      const removed = await store.deleteEntities([created.id, 'no-such-id']);
      expect(removed.entities).toEqual([updated]);
      expect(await store.getEntities([created.id])).toEqual([]);
    });

    it('keeps a given id and refuses it twice, in the store or in one batch', async () => {
      const given = await one(store, { id: 'person-1', type: 'Person', label: 'Given' });
      expect(given.id).toBe('person-1');
      await expectError(
        store.createEntities([{ id: 'person-1', type: 'Person', label: 'Again' }]),
        'CONFLICT',
      );
      await expectError(
        store.createEntities([
          { id: 'dup', type: 'Person', label: 'One' },
          { id: 'dup', type: 'Person', label: 'Two' },
        ]),
        'CONFLICT',
      );
      expect((await store.counts()).entityCount).toBe(1);
    });

    it('names the field of each invalid entity', async () => {
      await expectError(store.createEntities([{ type: 'Spaceship', label: 'X' }]), 'VALIDATION', 'type');
      await expectError(store.createEntities([{ type: 'Person', label: '   ' }]), 'VALIDATION', 'label');
      await expectError(
        store.createEntities([{ type: 'Person', label: 'P', validFrom: '2019-13' }]),
        'VALIDATION',
        'validFrom',
      );
      await expectError(
        store.createEntities([{ type: 'Person', label: 'P', props: { foo: 'bar' } }]),
        'VALIDATION',
        'props.foo',
      );
      const p = await one(store, { type: 'Person', label: 'P' });
      await expectError(store.updateEntity(p.id, { label: '' }), 'VALIDATION', 'label');
      await expectError(store.updateEntity('no-such-id', { label: 'Q' }), 'NOT_FOUND');
      expect(await store.getEntities([p.id])).toEqual([p]);
    });

    it('writes nothing of a batch with one invalid entity', async () => {
      await expectError(
        store.createEntities([
          { type: 'Person', label: 'Valid Vera' },
          { type: 'Person', label: 'Bad date', validTo: '2019-02-30' },
        ]),
        'VALIDATION',
        'validTo',
      );
      expect((await store.counts()).entityCount).toBe(0);
      expect((await store.search({ text: 'vera' })).hits).toEqual([]);
    });

    it('returns entities in the order asked, leaving unknown ids out', async () => {
      const [a, b, c] = await store.createEntities(
        ['A', 'B', 'C'].map((label) => ({ type: 'Person', label })),
      );
      const got = await store.getEntities([c?.id ?? '', 'missing', a?.id ?? '', b?.id ?? '']);
      expect(got.map((e) => e.label)).toEqual(['C', 'A', 'B']);
    });
  });

  describe('links', () => {
    it('creates, updates and deletes links; a deleted entity takes its links along', async () => {
      const p = await one(store, { type: 'Person', label: 'Pat' });
      const c = await one(store, { type: 'Company', label: 'Acme' });
      const q = await one(store, { type: 'Person', label: 'Quinn' });
      const job = await link(store, 'EMPLOYED_BY', p, c);
      const kin = await link(store, 'FAMILY_OF', p, q);
      expect(job).toMatchObject({ type: 'EMPLOYED_BY', source: p.id, target: c.id });
      expect(job.label).not.toBe('');

      const updated = await store.updateLink(job.id, { props: { position: 'CFO' }, validFrom: '2019-04' });
      expect(updated.props).toEqual({ position: 'CFO' });
      expect(await store.getLinks([job.id])).toEqual([updated]);
      await expectError(store.updateLink(job.id, { props: { share: 5 } }), 'VALIDATION', 'props.share');
      await expectError(store.updateLink('no-such-link', { notes: 'x' }), 'NOT_FOUND');

      const removed = await store.deleteEntities([p.id]);
      expect(ids(removed.entities)).toEqual([p.id]);
      expect(ids(removed.links)).toEqual(ids([job, kin]));
      expect(await store.getLinks([job.id, kin.id])).toEqual([]);
      expect((await store.counts()).linkCount).toBe(0);
      expect(await store.getEntities([c.id, q.id])).toHaveLength(2);
    });

    it('deletes links alone', async () => {
      const p = await one(store, { type: 'Person', label: 'Pat' });
      const q = await one(store, { type: 'Person', label: 'Quinn' });
      const kin = await link(store, 'FAMILY_OF', p, q);
      const removed = await store.deleteLinks([kin.id, 'missing']);
      expect(removed).toEqual({ entities: [], links: [kin] });
      expect(await store.getEntities([p.id, q.id])).toHaveLength(2);
    });

    it('refuses links the schema forbids, naming the field, and writes nothing of the batch', async () => {
      const p = await one(store, { type: 'Person', label: 'Pat' });
      const c = await one(store, { type: 'Company', label: 'Acme' });
      const u = await one(store, { type: 'Organization', label: 'Uni' });
      await expectError(
        store.createLinks([{ type: 'STUDIED_AT', source: p.id, target: c.id }]),
        'VALIDATION',
        'type',
      );
      await expectError(
        store.createLinks([{ type: 'LOVES', source: p.id, target: c.id }]),
        'VALIDATION',
        'type',
      );
      await expectError(
        store.createLinks([{ type: 'EMPLOYED_BY', source: p.id, target: 'ghost' }]),
        'VALIDATION',
        'target',
      );
      await expectError(
        store.createLinks([
          { type: 'STUDIED_AT', source: p.id, target: u.id },
          { type: 'OWNS', source: p.id, target: c.id, props: { share: 'half' } },
        ]),
        'VALIDATION',
        'props.share',
      );
      expect((await store.counts()).linkCount).toBe(0);
      await expectError(
        store
          .createLinks([{ id: 'l1', type: 'STUDIED_AT', source: p.id, target: u.id }])
          .then(() => store.createLinks([{ id: 'l1', type: 'STUDIED_AT', source: p.id, target: u.id }])),
        'CONFLICT',
      );
      expect((await store.counts()).linkCount).toBe(1);
      // A link id is unique across link types; a deleted link's id is free again.
      await expectError(
        store.createLinks([{ id: 'l1', type: 'LINKED_TO', source: c.id, target: u.id }]),
        'CONFLICT',
      );
      await store.deleteLinks(['l1']);
      expect(
        (await store.createLinks([{ id: 'l1', type: 'LINKED_TO', source: c.id, target: u.id }]))[0]?.type,
      ).toBe('LINKED_TO');
      await store.deleteEntities([c.id]);
      expect(
        (await store.createLinks([{ id: 'l1', type: 'STUDIED_AT', source: p.id, target: u.id }]))[0]?.id,
      ).toBe('l1');
    });

    it('lists the links among a set of entities', async () => {
      const { a, c1, u, b, links } = await buildNetwork(store);
      const among = await store.linksAmong([a.id, c1.id, u.id, 'missing']);
      const expected = links.filter(
        (l) => [a.id, c1.id, u.id].includes(l.source) && [a.id, c1.id, u.id].includes(l.target),
      );
      expect(ids(among)).toEqual(ids(expected));
      expect(expected).toHaveLength(2);
      expect(await store.linksAmong([b.id])).toEqual([]);
    });
  });

  describe('restore', () => {
    it('puts deleted records back exactly, audit fields included', async () => {
      const { a, links } = await buildNetwork(store);
      const before = await store.getEntities([a.id]);
      const touching = links.filter((l) => l.source === a.id || l.target === a.id);
      const removed = await store.deleteEntities([a.id]);
      expect(await store.restore(removed)).toEqual({ entities: 1, links: touching.length });
      expect(await store.getEntities([a.id])).toEqual(before);
      expect(ids(await store.getLinks(touching.map((l) => l.id)))).toEqual(ids(touching));
      for (const l of await store.getLinks(touching.map((t) => t.id))) {
        expect(l).toEqual(touching.find((t) => t.id === l.id));
      }
    });

    it('refuses existing ids, bad audit fields and invalid records, all or nothing', async () => {
      const p = await one(store, { type: 'Person', label: 'Pat' });
      await expectError(store.restore({ entities: [p], links: [] }), 'CONFLICT');
      const fresh: Entity = { ...p, id: 'restored-1' };
      await expectError(
        store.restore({ entities: [{ ...fresh, createdAt: 'yesterday' }], links: [] }),
        'VALIDATION',
        'createdAt',
      );
      const badLink = {
        id: 'bad-link',
        type: 'STUDIED_AT',
        source: fresh.id,
        target: p.id,
        label: 'studied at',
        notes: '',
        validFrom: null,
        validTo: null,
        confidence: 'probable',
        reliability: 'F',
        credibility: '6',
        classification: 'UNCLASSIFIED',
        props: {},
        createdAt: p.createdAt,
        createdBy: p.createdBy,
        updatedAt: p.updatedAt,
        updatedBy: p.updatedBy,
      } satisfies Link;
      await expectError(store.restore({ entities: [fresh], links: [badLink] }), 'VALIDATION', 'type');
      expect(await store.getEntities([fresh.id])).toEqual([]);
    });
  });

  describe('counts and scans', () => {
    it('counts per type', async () => {
      await buildNetwork(store);
      const counts = await store.counts();
      expect(counts).toMatchObject({ entityCount: 10, linkCount: 10 });
      expect(counts.entityCounts).toEqual({ Person: 7, Company: 1, Organization: 2 });
      expect(counts.linkCounts).toEqual({
        EMPLOYED_BY: 2,
        STUDIED_AT: 1,
        FAMILY_OF: 1,
        MEMBER_OF: 2,
        ASSOCIATE_OF: 4,
      });
    });

    it('scans every entity and link in batches', async () => {
      const created = await store.createEntities(
        Array.from({ length: 25 }, (_, i) => ({ type: 'Person', label: `Person ${i}` })),
      );
      const sizes: number[] = [];
      const seen: Entity[] = [];
      for await (const batch of store.scanEntities(10)) {
        sizes.push(batch.length);
        seen.push(...batch);
      }
      expect(sizes).toEqual([10, 10, 5]);
      expect(ids(seen)).toEqual(ids(created));
      const [first, ...rest] = created;
      if (!first) throw new Error('nothing created');
      const links = await store.createLinks(
        rest.map((p) => ({ type: 'FAMILY_OF', source: first.id, target: p.id })),
      );
      const scanned: Link[] = [];
      for await (const batch of store.scanLinks(7)) scanned.push(...batch);
      expect(ids(scanned)).toEqual(ids(links));
      for (const l of scanned) expect(l).toEqual(links.find((x) => x.id === l.id));
    });
  });
}
