import { beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../electron/services/store/graph-store';
import type { PathsResult } from '../../graph-schema/contract/paths';
import { expectError } from './contract-helpers';

const B2 = { reliability: 'B', credibility: '2' } as const;
const D4 = { reliability: 'D', credibility: '4' } as const;

/**
 * Eight people, associates along EDGES, every link graded B2 but d-h, graded D4. Ids are given
 * so both stores rank equal-length paths alike (by entity id). The same graph as the unit
 * test of the searches (tests/unit/graph-schema/analysis/path-search.test.ts).
 */
const EDGES = ['ab', 'ac', 'bd', 'cd', 'dh', 'be', 'ef', 'fh', 'cg', 'gh', 'eg'];

async function buildGradedNetwork(store: GraphStore): Promise<void> {
  await store.createEntities([...'abcdefgh'].map((n) => ({ id: n, type: 'Person', label: `Person ${n}` })));
  await store.createLinks(
    EDGES.map((pair) => ({
      id: `l-${pair}`,
      type: 'ASSOCIATE_OF',
      source: pair[0] ?? '',
      target: pair[1] ?? '',
      confidence: 'confirmed',
      ...(pair === 'dh' ? D4 : B2),
    })),
  );
}

const routes = (result: PathsResult) => result.paths.map((p) => p.entityIds.join(''));

/** Paths and connections: the same answers from every store on the same data. */
export function pathContract(current: () => GraphStore): void {
  // Its own describe: the network is built for these tests only, not for the whole suite.
  describe('paths and connections', () => {
    pathCases(current);
  });
}

function pathCases(current: () => GraphStore): void {
  let store: GraphStore;
  beforeEach(async () => {
    store = current();
    await buildGradedNetwork(store);
  });

  describe('findPaths', () => {
    it('finds the k shortest, each with its links, their grades and its weakest grade', async () => {
      const k = await store.findPaths({ from: 'a', to: 'h', mode: 'kShortest', k: 3 });
      expect(routes(k)).toEqual(['abdh', 'acdh', 'acgh']);
      expect(k.paths[0]).toEqual({
        length: 3,
        entityIds: [...'abdh'],
        linkIds: ['l-ab', 'l-bd', 'l-dh'],
        grades: [B2, B2, D4],
        weakest: D4,
      });
      expect(k.paths[2]?.weakest).toEqual(B2);
      expect(k.entities.map((e) => e.id).sort()).toEqual([...'abcdgh']);
      expect(k.links.map((l) => l.id).sort()).toEqual([
        'l-ab',
        'l-ac',
        'l-bd',
        'l-cd',
        'l-cg',
        'l-dh',
        'l-gh',
      ]);
      expect(k.cut).toBeNull();
    });

    it('"B2 or better" removes the shortest path through the D4 link', async () => {
      const graded = await store.findPaths({
        from: 'a',
        to: 'h',
        mode: 'kShortest',
        k: 3,
        filters: { minGrade: B2 },
      });
      expect(routes(graded)).toEqual(['acgh', 'abefh', 'abegh']);
      expect(graded.paths.map((p) => p.weakest)).toEqual([B2, B2, B2]);
      expect(graded.leftOut).toBe(1);
      const shortest = await store.findPaths({ from: 'a', to: 'h', filters: { minGrade: B2 } });
      expect(routes(shortest)).toEqual(['acgh']);
    });

    it('lists all shortest, and all simple paths up to n hops with the cap named', async () => {
      expect(routes(await store.findPaths({ from: 'a', to: 'h', mode: 'allShortest' }))).toEqual([
        'abdh',
        'acdh',
        'acgh',
      ]);
      const upTo4 = await store.findPaths({ from: 'a', to: 'h', mode: 'allSimple', maxHops: 4 });
      expect(routes(upTo4)).toEqual(['abdh', 'acdh', 'acgh', 'abefh', 'abegh']);
      const all = await store.findPaths({ from: 'a', to: 'h', mode: 'allSimple', maxHops: 8 });
      expect(all.paths.map((p) => p.length)).toEqual([3, 3, 3, 4, 4, 5, 5, 6, 6, 6, 6, 7]);
      expect(all.cut).toBeNull();
      expect(await store.findPaths({ from: 'a', to: 'h', maxHops: 2 })).toMatchObject({
        paths: [],
        cut: null,
      });
    });

    it('follows arrows under a direction and keeps to a time window', async () => {
      await store.createLinks([
        {
          id: 'l-paid',
          type: 'PAID',
          source: 'h',
          target: 'a',
          ...B2,
          validFrom: '2020-01',
          validTo: '2020-12',
        },
      ]);
      expect(routes(await store.findPaths({ from: 'a', to: 'h' }))).toEqual(['ah']);
      expect(routes(await store.findPaths({ from: 'a', to: 'h', filters: { direction: 'in' } }))).toEqual([
        'ah',
      ]);
      expect(routes(await store.findPaths({ from: 'a', to: 'h', filters: { direction: 'out' } }))).toEqual([
        'abdh',
      ]);
      expect(routes(await store.findPaths({ from: 'a', to: 'h', filters: { from: '2021' } }))).toEqual([
        'abdh',
      ]);
      expect(routes(await store.findPaths({ from: 'a', to: 'h', filters: { linkTypes: ['PAID'] } }))).toEqual(
        ['ah'],
      );
    });

    it('answers NOT_FOUND for an unknown end', async () => {
      await expectError(store.findPaths({ from: 'ghost', to: 'h' }), 'NOT_FOUND', 'from');
    });
  });

  describe('connect and common neighbours', () => {
    it('joins a selection by the shortest path between every pair', async () => {
      const joined = await store.connect({ ids: ['a', 'h', 'e'] });
      expect(joined.pairs).toEqual([
        { from: 'a', to: 'h', length: 3 },
        { from: 'a', to: 'e', length: 2 },
        { from: 'h', to: 'e', length: 2 },
      ]);
      expect(joined.entities.map((e) => e.id).sort()).toEqual([...'abdefh']);
      expect(joined.links.map((l) => l.id).sort()).toEqual(['l-ab', 'l-bd', 'l-be', 'l-dh', 'l-ef', 'l-fh']);
      const graded = await store.connect({ ids: ['a', 'h'], filters: { minGrade: B2 } });
      expect(graded.entities.map((e) => e.id).sort()).toEqual([...'acgh']);
      expect((await store.connect({ ids: ['a', 'h'], maxHops: 2 })).pairs).toEqual([
        { from: 'a', to: 'h', length: null },
      ]);
    });

    it('finds the neighbours shared by all, or by at least some, of a selection', async () => {
      const both = await store.commonNeighbours({ ids: ['b', 'c'] });
      expect(both.neighbours).toEqual([
        { id: 'a', shared: ['b', 'c'], linkIds: ['l-ab', 'l-ac'] },
        { id: 'd', shared: ['b', 'c'], linkIds: ['l-bd', 'l-cd'] },
      ]);
      expect(both.entities.map((e) => e.id)).toEqual(['a', 'd']);
      expect((await store.commonNeighbours({ ids: ['b', 'c', 'g'] })).neighbours).toEqual([]);
      const twoOfThree = await store.commonNeighbours({ ids: ['b', 'c', 'g'], minShared: 2 });
      expect(twoOfThree.neighbours.map((n) => `${n.id}:${n.shared.join('')}`)).toEqual([
        'a:bc',
        'd:bc',
        'e:bg',
      ]);
      await expectError(store.commonNeighbours({ ids: ['b', 'ghost'] }), 'NOT_FOUND', 'ids.1');
    });
  });
}
