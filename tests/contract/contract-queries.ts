import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import type { PathsRequest, PathsResult } from '../../graph-schema/contract/paths';
import { buildNetwork, expectError, ids, labels, one } from './contract-helpers';

/** The query half of the contract: search, expand, shortest path. */
export function queryContract(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(() => {
    store = current();
  });

  describe('search', () => {
    beforeEach(async () => {
      await store.createEntities([
        { type: 'Person', label: 'Zhāng Wěi', aliases: ['Johnny Blaze'] },
        { type: 'Person', label: '王偉' },
        { type: 'Person', label: '김민준' },
        { type: 'Person', label: 'Wang' },
        { type: 'Person', label: 'Wang Li' },
        { type: 'Person', label: 'Wangari Maathai' },
        { type: 'Person', label: 'Quiet Engineer', props: { occupation: 'turbineer' } },
        { type: 'Company', label: 'Wang Holdings', props: { registrationNumber: 'HRB 98765' } },
        { type: 'Identifier', label: 'li.wei@example.cn', props: { identifierKind: 'email' } },
        { type: 'Identifier', label: '+44 7700 900123', props: { identifierKind: 'phone' } },
      ]);
    });

    it('matches word prefixes, without regard to case or accents', async () => {
      expect(labels((await store.search({ text: 'zha' })).hits)).toEqual(['Zhāng Wěi']);
      expect(labels((await store.search({ text: 'ZHANG wei' })).hits)).toEqual(['Zhāng Wěi']);
      expect(labels((await store.search({ text: 'Zhāng' })).hits)).toEqual(['Zhāng Wěi']);
    });

    it('finds Chinese, Japanese and Korean names by any part', async () => {
      expect(labels((await store.search({ text: '偉' })).hits)).toEqual(['王偉']);
      expect(labels((await store.search({ text: '王偉' })).hits)).toEqual(['王偉']);
      expect(labels((await store.search({ text: '偉王' })).hits)).toEqual([]);
      expect(labels((await store.search({ text: '민준' })).hits)).toEqual(['김민준']);
    });

    it('searches aliases, identifier values and searchable properties only', async () => {
      expect(labels((await store.search({ text: 'blaze' })).hits)).toEqual(['Zhāng Wěi']);
      expect(labels((await store.search({ text: '7700' })).hits)).toEqual(['+44 7700 900123']);
      expect(labels((await store.search({ text: 'li.wei@example' })).hits)).toEqual(['li.wei@example.cn']);
      // An identifier typed only in part: its last word is a prefix, as for a single word.
      expect(labels((await store.search({ text: 'li.wei@exam' })).hits)).toEqual(['li.wei@example.cn']);
      expect(labels((await store.search({ text: '+44 7700 9001' })).hits)).toEqual(['+44 7700 900123']);
      expect((await store.search({ text: 'wei.li@example' })).hits).toEqual([]);
      expect(labels((await store.search({ text: '98765' })).hits)).toEqual(['Wang Holdings']);
      expect((await store.search({ text: 'turbineer' })).hits).toEqual([]);
    });

    it('ranks the exact label first, filters by type and honours the limit', async () => {
      const all = await store.search({ text: 'wang' });
      expect(labels(all.hits)[0]).toBe('Wang');
      expect(labels(all.hits).sort()).toEqual([
        'Wang',
        'Wang Holdings',
        'Wang Li',
        'Wangari Maathai',
        '王偉',
      ]);
      // A whole-word match outranks a word that merely starts with the text; a name found
      // only by its reading (王偉, pinyin "wang wei") comes after every name as written.
      expect(labels(all.hits).slice(-2)).toEqual(['Wangari Maathai', '王偉']);
      const scores = all.hits.map((h) => h.score);
      expect([...scores].sort((x, y) => y - x)).toEqual(scores);
      expect(labels((await store.search({ text: 'wang', types: ['Company'] })).hits)).toEqual([
        'Wang Holdings',
      ]);
      expect((await store.search({ text: 'wang', limit: 2 })).hits).toHaveLength(2);
    });

    it('treats query syntax as text and empty text as nothing', async () => {
      for (const text of ['"foo', 'AND (', 'NEAR(a b)', '*', 'label:wang', '-wang', '^', "o'brien", '""']) {
        await expect(store.search({ text })).resolves.toHaveProperty('hits');
      }
      expect((await store.search({ text: '"wang' })).hits.length).toBeGreaterThan(0);
      expect((await store.search({ text: '   ' })).hits).toEqual([]);
    });

    it('follows updates and deletes', async () => {
      const [hit] = (await store.search({ text: 'wangari' })).hits;
      if (!hit) throw new Error('no hit');
      await store.updateEntity(hit.entity.id, { label: 'Nyokabi Kenyatta' });
      expect((await store.search({ text: 'wangari' })).hits).toEqual([]);
      expect(labels((await store.search({ text: 'nyokabi' })).hits)).toEqual(['Nyokabi Kenyatta']);
      await store.deleteEntities([hit.entity.id]);
      expect((await store.search({ text: 'nyokabi' })).hits).toEqual([]);
    });
  });

  describe('expand', () => {
    it('walks 1 to 3 hops, nearest first, seeds left out', async () => {
      const n = await buildNetwork(store);
      const hop = async (hops: number) => ids((await store.expand({ ids: [n.a.id], hops })).entities);
      expect(await hop(1)).toEqual(ids([n.c1, n.u, n.x]));
      expect(await hop(2)).toEqual(ids([n.c1, n.u, n.x, n.b, n.y]));
      expect(await hop(3)).toEqual(ids([n.c1, n.u, n.x, n.b, n.y, n.d, n.z]));
      const one = await store.expand({ ids: [n.a.id] });
      expect(one.omitted).toBe(0);
      expect(ids(one.links)).toEqual(ids(n.links.filter((l) => l.source === n.a.id)));
    });

    it('filters by entity type, link type and direction', async () => {
      const n = await buildNetwork(store);
      const people = await store.expand({ ids: [n.a.id], hops: 3, entityTypes: ['Person', 'Company'] });
      expect(ids(people.entities)).toEqual(ids([n.c1, n.x, n.b, n.y, n.d, n.z]));
      const jobs = await store.expand({ ids: [n.a.id], hops: 3, linkTypes: ['EMPLOYED_BY'] });
      expect(ids(jobs.entities)).toEqual(ids([n.c1, n.b]));
      expect(ids((await store.expand({ ids: [n.c1.id], direction: 'in' })).entities)).toEqual(
        ids([n.a, n.b]),
      );
      expect((await store.expand({ ids: [n.c1.id], direction: 'out' })).entities).toEqual([]);
      expect(ids((await store.expand({ ids: [n.o.id, n.u.id], direction: 'in' })).entities)).toEqual(
        ids([n.d, n.e, n.a]),
      );
    });

    it('keeps the nearest up to the limit and counts the rest', async () => {
      const n = await buildNetwork(store);
      const limited = await store.expand({ ids: [n.c1.id], hops: 2, limit: 2 });
      expect(limited.entities).toHaveLength(2);
      expect(ids(limited.entities)).toEqual(ids([n.a, n.b]));
      expect(limited.omitted).toBe(3); // U, X and D
      const kept = new Set([n.c1.id, ...limited.entities.map((e) => e.id)]);
      for (const l of limited.links) expect(kept.has(l.source) && kept.has(l.target)).toBe(true);
      expect(limited.links).toHaveLength(2);
    });

    it('returns the links walked between seeds and entities reached', async () => {
      const n = await buildNetwork(store);
      const result = await store.expand({ ids: [n.b.id, n.d.id] });
      expect(ids(result.entities)).toEqual(ids([n.c1, n.o, n.z]));
      const kinds = result.links.map((l) => l.type).sort();
      expect(kinds).toEqual(['ASSOCIATE_OF', 'EMPLOYED_BY', 'FAMILY_OF', 'MEMBER_OF']);
    });
  });

  describe('findPaths, shortest', () => {
    const only = (result: PathsResult) => result.paths.map((p) => p.entityIds);

    it('finds the fewest links, undirected or following the arrows', async () => {
      const n = await buildNetwork(store);
      const result = await store.findPaths({ from: n.a.id, to: n.d.id });
      expect(only(result)).toEqual([[n.a.id, n.c1.id, n.b.id, n.d.id]]);
      const [path] = result.paths;
      expect(path?.length).toBe(3);
      expect(path?.linkIds).toHaveLength(3);
      expect(ids(result.entities)).toEqual([n.a.id, n.b.id, n.c1.id, n.d.id].sort());
      expect(ids(result.links)).toEqual([...(path?.linkIds ?? [])].sort());

      const directed = await store.findPaths({ from: n.a.id, to: n.d.id, filters: { direction: 'out' } });
      expect(only(directed)).toEqual([[n.a.id, n.x.id, n.y.id, n.z.id, n.d.id]]);
      // Back from d, employment can only be walked along its arrow: the associates (no arrows) are the way.
      const back = await store.findPaths({ from: n.d.id, to: n.a.id, filters: { direction: 'out' } });
      expect(only(back)).toEqual([[n.d.id, n.z.id, n.y.id, n.x.id, n.a.id]]);
      expect((await store.findPaths({ from: n.e.id, to: n.a.id })).paths.map((p) => p.length)).toEqual([5]);
    });

    it('filters link types, stops at maxHops and answers "no path"', async () => {
      const n = await buildNetwork(store);
      const lengths = async (request: PathsRequest) =>
        (await store.findPaths(request)).paths.map((p) => p.length);
      const ends = { from: n.a.id, to: n.d.id };
      expect(await lengths({ ...ends, filters: { linkTypes: ['EMPLOYED_BY', 'FAMILY_OF'] } })).toEqual([3]);
      expect(await lengths({ ...ends, filters: { linkTypes: ['ASSOCIATE_OF'] } })).toEqual([4]);
      expect(await lengths({ ...ends, filters: { linkTypes: ['EMPLOYED_BY'] } })).toEqual([]);
      expect(await lengths({ ...ends, maxHops: 2 })).toEqual([]);
      const lonely = await one(store, { type: 'Location', label: 'Nowhere' });
      const none = await store.findPaths({ from: n.a.id, to: lonely.id });
      expect(none).toMatchObject({ paths: [], entities: [], links: [] });
    });

    it('answers length 0 from an entity to itself and NOT_FOUND for unknown ids', async () => {
      const n = await buildNetwork(store);
      const self = await store.findPaths({ from: n.a.id, to: n.a.id });
      expect(self.paths).toMatchObject([{ length: 0, entityIds: [n.a.id], linkIds: [] }]);
      await expectError(store.findPaths({ from: 'ghost', to: n.a.id }), 'NOT_FOUND');
      await expectError(store.findPaths({ from: n.a.id, to: 'ghost' }), 'NOT_FOUND');
    });
  });
}
