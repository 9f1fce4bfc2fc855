import { describe, expect, it } from 'vitest';
import {
  countedLinks,
  AnalysisOptions,
  parseGrade,
  type AnalysisInput,
} from '../../../../graph-schema/analysis/options';
import { runAnalysis } from '../../../../graph-schema/analysis/run';
import { inputOf } from './data/graphs';

const base = inputOf(3, [[0, 1]]).links[0];
if (!base) throw new Error('fixture');
const input: AnalysisInput = {
  entityIds: ['n0', 'n1', 'n2'],
  links: [
    { ...base, id: 'a2', reliability: 'A', credibility: '2', validFrom: '2019', validTo: '2019-06' },
    { ...base, id: 'b3', reliability: 'B', credibility: '3', type: 'CALLED', validFrom: null, validTo: null },
    {
      ...base,
      id: 'c1',
      reliability: 'C',
      credibility: '1',
      confidence: 'doubtful',
      validFrom: '2021-02-03',
      validTo: null,
    },
  ],
};
const kept = (options: Parameters<typeof AnalysisOptions.parse>[0]) =>
  countedLinks(input, AnalysisOptions.parse(options)).links.map((l) => l.id);

describe('which links an analysis counts', () => {
  it('"B2 or better" keeps A2 and drops B3 and C1', () => {
    expect(kept({ minGrade: parseGrade('b2') })).toEqual(['a2']);
    expect(parseGrade('G1')).toBeUndefined();
  });

  it('by link type and by confidence', () => {
    expect(kept({ linkTypes: ['CALLED'] })).toEqual(['b3']);
    expect(kept({ minConfidence: 'possible' })).toEqual(['a2', 'b3']);
  });

  it('a time window keeps links whose validity overlaps it, and undated links, counted', () => {
    expect(kept({ from: '2020', to: '2021-01' })).toEqual(['b3']);
    expect(kept({ from: '2019-06-30' })).toEqual(['a2', 'b3', 'c1']);
    expect(kept({ to: '2019-01' })).toEqual(['a2', 'b3']);
    expect(countedLinks(input, AnalysisOptions.parse({ to: '2019' })).undated).toBe(1);
  });

  it('every entity stays in the answer, an unlinked one with 0', () => {
    const result = runAnalysis(input, 'degree', { minGrade: { reliability: 'A', credibility: '1' } });
    expect(result.kind === 'entities' && result.rows.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['n0', 0, 1],
      ['n1', 0, 1],
      ['n2', 0, 1],
    ]);
    expect(result.counted).toEqual({ entities: 3, links: 0, leftOut: 3, undated: 0 });
  });
});

describe('direction', () => {
  // a -> b -> c, directed; out follows the arrows, in walks them back, both ignores them.
  const chain = inputOf(
    3,
    [
      [0, 1],
      [1, 2],
    ],
    { directed: true },
  );
  const degree = (direction: 'out' | 'in' | 'both') => {
    const r = runAnalysis(chain, 'degree', { direction });
    return r.kind === 'entities' ? Object.fromEntries(r.rows.map((row) => [row.id, row.score])) : {};
  };
  it('counts links leaving, arriving or either', () => {
    expect(degree('out')).toEqual({ n0: 1, n1: 1, n2: 0 });
    expect(degree('in')).toEqual({ n0: 0, n1: 1, n2: 1 });
    expect(degree('both')).toEqual({ n0: 1, n1: 2, n2: 1 });
  });
  it('an undirected link type goes both ways whatever the direction', () => {
    const r = runAnalysis(inputOf(2, [[0, 1]]), 'degree', { direction: 'out' });
    expect(r.kind === 'entities' && r.rows.map((row) => row.score)).toEqual([1, 1]);
  });
});

describe('Closest relationships', () => {
  it('pairs by summed confidence weight, with their link count', () => {
    const links = inputOf(3, [
      [0, 1],
      [1, 0],
      [1, 2],
    ]).links.map((l, i) => (i === 2 ? { ...l, confidence: 'confirmed' as const } : l));
    const r = runAnalysis({ entityIds: ['n0', 'n1', 'n2'], links }, 'link-weight');
    expect(r.kind === 'pairs' && r.rows).toEqual([
      { source: 'n0', target: 'n1', score: 1.5, rank: 1, links: 2 },
      { source: 'n1', target: 'n2', score: 1, rank: 2, links: 1 },
    ]);
  });
});
