import { describe, expect, it } from 'vitest';
import type { PatternInput, PatternResult } from '../../graph-schema/model/pattern';
import type { GraphStore } from '../../electron/services/store/graph-store';
import { expectError } from './contract-helpers';

type PatternNodeInput = PatternInput['nodes'][number];

/**
 * Pattern search (issue 14): the case file compiles a pattern to SQL, Neo4j to Cypher, and
 * both answer the same rows for the same data. The data is small and named so each expected
 * row can be read off it: who studied where, and who is how many hops from an organization
 * whose notes or stateLinked property mark a suspected state link.
 */
async function suspects(store: GraphStore): Promise<void> {
  await store.createEntities([
    { id: 'p1', type: 'Person', label: 'Li Wei', props: { nationality: 'CN' } },
    { id: 'p2', type: 'Person', label: 'Zhang Min', props: { nationality: 'CN' } },
    { id: 'p3', type: 'Person', label: 'Anna Berg', props: { nationality: 'SE' } },
    { id: 'u1', type: 'Organization', label: 'Harbin Institute' },
    { id: 'u2', type: 'Organization', label: 'Uppsala University' },
    { id: 's1', type: 'Organization', label: 'Unit 61398', props: { stateLinked: true } },
    {
      id: 's2',
      type: 'Organization',
      label: 'Front Trading',
      notes: 'suspected state link via the ministry',
    },
    { id: 'c1', type: 'Company', label: 'Cobalt Ltd' },
  ]);
  await store.createLinks([
    { id: 'l-st1', type: 'STUDIED_AT', source: 'p1', target: 'u1' },
    { id: 'l-st2', type: 'STUDIED_AT', source: 'p2', target: 'u2' },
    { id: 'l-st3', type: 'STUDIED_AT', source: 'p3', target: 'u2', reliability: 'B', credibility: '2' },
    { id: 'l-as1', type: 'ASSOCIATE_OF', source: 'u1', target: 'c1' },
    { id: 'l-pay', type: 'PAID', source: 'c1', target: 's1' },
    { id: 'l-mem', type: 'MEMBER_OF', source: 'p2', target: 's2' },
    // Two paths of two hops from p3 to s2: the lower link ids (l-com) win on every store.
    { id: 'l-fam', type: 'FAMILY_OF', source: 'p3', target: 'p2' },
    { id: 'l-com', type: 'COMMUNICATED_WITH', source: 'p3', target: 'p2' },
  ]);
}

const STATE_LINKED: PatternNodeInput = {
  types: ['Organization'],
  match: 'any',
  conditions: [
    { field: 'notes', op: 'contains', value: 'state link' },
    { field: 'props.stateLinked', op: 'equals', value: true },
  ],
};

const WITHIN_THREE: PatternInput = {
  nodes: [{ types: ['Person'] }, STATE_LINKED],
  edges: [{ direction: 'both', minHops: 1, maxHops: 3 }],
};

function rowsOf(result: PatternResult) {
  return result.rows.map((row) => [...row.entities, ...row.links.map((ids) => ids.join('+'))]);
}

export function patternContract(getStore: () => GraphStore): void {
  describe('pattern search', () => {
    it('matches a typed arrow with a property condition, and paths of 1..3 hops to a state link', async () => {
      const store = getStore();
      await suspects(store);
      const studied = await store.patterns.run({
        nodes: [
          { types: ['Person'], conditions: [{ field: 'props.nationality', op: 'equals', value: 'CN' }] },
          { types: ['Organization'] },
        ],
        edges: [{ types: ['STUDIED_AT'], direction: 'out' }],
      });
      expect(rowsOf(studied)).toEqual([
        ['p1', 'u1', 'l-st1'],
        ['p2', 'u2', 'l-st2'],
      ]);
      expect(studied.truncated).toBe(false);

      const near = await store.patterns.run(WITHIN_THREE);
      expect(rowsOf(near)).toEqual([
        ['p1', 's1', 'l-st1+l-as1+l-pay'],
        ['p2', 's2', 'l-mem'],
        ['p3', 's2', 'l-com+l-mem'],
      ]);
      // Hops count the shortest path: p2 is one link from s2, so not at 2..3.
      const far = await store.patterns.run({ ...WITHIN_THREE, edges: [{ minHops: 2, maxHops: 3 }] });
      expect(rowsOf(far).map((row) => row.slice(0, 2))).toEqual([
        ['p1', 's1'],
        ['p3', 's2'],
      ]);
      // The records the rows name come with them, middle entities of each path included.
      expect(near.entities.map((e) => e.id).sort()).toEqual(['c1', 'p1', 'p2', 'p3', 's1', 's2', 'u1']);
      expect(near.links.map((l) => l.id).sort()).toEqual(['l-as1', 'l-com', 'l-mem', 'l-pay', 'l-st1']);

      // A chain of three boxes, a grade on the link, the other direction, and a row limit.
      const chain = await store.patterns.run({
        nodes: [{ types: ['Organization'] }, { types: ['Person'] }, STATE_LINKED],
        edges: [
          {
            types: ['STUDIED_AT'],
            direction: 'in',
            conditions: [{ op: 'minGrade', reliability: 'C', credibility: '3' }],
          },
          { direction: 'both', maxHops: 2 },
        ],
      });
      expect(rowsOf(chain)).toEqual([['u2', 'p3', 's2', 'l-st3', 'l-com+l-mem']]);
      const capped = await store.patterns.run({
        nodes: [
          { types: ['Person'], conditions: [{ field: 'props.nationality', op: 'in', values: ['CN', 'SE'] }] },
        ],
        limit: 2,
      });
      expect(rowsOf(capped)).toEqual([['p1'], ['p2']]);
      expect(capped.truncated).toBe(true);
    });

    it('keeps user text a value: an injection attempt matches nothing and changes nothing', async () => {
      const store = getStore();
      await suspects(store);
      const before = await store.counts();
      for (const value of ["' OR 1=1 --", '"}) DETACH DELETE n //', '.*', '"nationality":"CN"']) {
        const result = await store.patterns.run({
          nodes: [{ conditions: [{ field: 'props.nationality', op: 'contains', value }] }],
        });
        expect(result.rows, value).toEqual([]);
      }
      // A property holding some text, as JSON encodes it, on either store.
      const cn = await store.patterns.run({
        nodes: [{ conditions: [{ field: 'props.nationality', op: 'contains', value: 'C' }] }],
      });
      expect(rowsOf(cn)).toEqual([['p1'], ['p2']]);
      expect(await store.counts()).toEqual(before);
    });

    it('matches text as the field holds it, not as it sits elsewhere in the record', async () => {
      const store = getStore();
      await store.createEntities([
        { id: 'j1', type: 'Person', label: '佐藤 健', notes: '東京都港区 "赤坂" \\ 1-2\n控え' },
        { id: 'j2', type: 'Person', label: 'Sato Ken', notes: 'seen with 佐藤 健' },
      ]);
      const run = async (field: string, op: 'contains' | 'equals', value: string) =>
        rowsOf(await store.patterns.run({ nodes: [{ conditions: [{ field, op, value }] }] }));
      expect(await run('notes', 'contains', '港区')).toEqual([['j1']]);
      expect(await run('notes', 'contains', '"赤坂" \\ 1')).toEqual([['j1']]);
      expect(await run('notes', 'contains', '1-2\n控')).toEqual([['j1']]);
      expect(await run('notes', 'contains', '佐藤 健')).toEqual([['j2']]);
      expect(await run('label', 'equals', '佐藤 健')).toEqual([['j1']]);
      expect(await run('label', 'contains', 'seen')).toEqual([]);
      expect(await run('label', 'equals', 'Sato')).toEqual([]);
    });

    it('saves, lists, renames, re-runs by name and deletes patterns', async () => {
      const store = getStore();
      await suspects(store);
      await store.patterns.save('State links within 3', WITHIN_THREE);
      await store.patterns.save('CN students', {
        nodes: [{ types: ['Person'] }, { types: ['Organization'] }],
        edges: [{ types: ['STUDIED_AT'] }],
      });
      expect((await store.patterns.list()).map((p) => p.name)).toEqual([
        'CN students',
        'State links within 3',
      ]);
      const saved = await store.patterns.get('State links within 3');
      expect(saved.updatedBy).toBe('contract-test');
      expect(rowsOf(await store.patterns.run(saved.pattern))).toHaveLength(3);

      await expectError(store.patterns.rename('CN students', 'State links within 3'), 'CONFLICT', 'name');
      await store.patterns.rename('CN students', 'Students');
      expect((await store.patterns.list()).map((p) => p.name)).toEqual(['State links within 3', 'Students']);
      await store.patterns.delete('Students');
      await expectError(store.patterns.get('Students'), 'NOT_FOUND', 'name');
      await expectError(store.patterns.delete('Students'), 'NOT_FOUND', 'name');
    });

    it('refuses an unknown type, an unknown field and hops over the cap, naming the place', async () => {
      const store = getStore();
      await expectError(
        store.patterns.run({ nodes: [{ types: ['Spaceship'] }] }),
        'VALIDATION',
        'nodes.0.types.0',
      );
      await expectError(
        store.patterns.run({
          nodes: [{ types: ['Person'], conditions: [{ field: 'props.hull', op: 'equals', value: 'x' }] }],
        }),
        'VALIDATION',
        'nodes.0.conditions.0.field',
      );
      await expectError(
        store.patterns.save('Too far', { nodes: [{}, {}], edges: [{ maxHops: 4 }] }),
        'VALIDATION',
        'edges.0.maxHops',
      );
      expect(await store.patterns.list()).toEqual([]);
    });
  });
}
