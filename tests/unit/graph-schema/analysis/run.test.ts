import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../../graph-schema/analysis/run';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { inputOf } from './data/graphs';
import { KARATE_EDGES, MR_HI } from './data/karate';

/*
 * Expected values on Zachary's karate club come from the reference implementation networkx 3.6.1
 * (nx.karate_club_graph() without its edge weights, i.e. the 78 friendships), printed with
 * nx.degree, nx.betweenness_centrality(normalized=False), nx.closeness_centrality,
 * pagerank (alpha 0.85), nx.eigenvector_centrality, nx.core_number, nx.articulation_points,
 * nx.jaccard_coefficient and nx.adamic_adar_index. Louvain's bound is the optimum modularity of
 * the karate club, 0.4198 (Brandes et al., "On Modularity Clustering", IEEE TKDE 20(2), 2008).
 */

const karate = inputOf(34, KARATE_EDGES);

function scoresOf(result: AnalysisResult): Map<string, number> {
  if (result.kind !== 'entities') throw new Error(`expected entity scores, got ${result.kind}`);
  return new Map(result.rows.map((r) => [r.id, r.score]));
}

function top(result: AnalysisResult, count: number): string[] {
  if (result.kind !== 'entities') throw new Error(`expected entity scores, got ${result.kind}`);
  return result.rows.slice(0, count).map((r) => r.id);
}

describe('measures on the karate club (networkx 3.6.1)', () => {
  it('Most connected: degree 17 for the Officer (33), 16 for Mr. Hi (0), 12 for 32', () => {
    const result = runAnalysis(karate, 'degree');
    const s = scoresOf(result);
    expect([s.get('n33'), s.get('n0'), s.get('n32'), s.get('n2')]).toEqual([17, 16, 12, 10]);
    expect(top(result, 2)).toEqual(['n33', 'n0']);
  });

  it('Connects the network best: betweenness 231.0714 for 0, 160.5516 for 33', () => {
    const s = scoresOf(runAnalysis(karate, 'betweenness'));
    expect(s.get('n0')).toBeCloseTo(231.071429, 5);
    expect(s.get('n33')).toBeCloseTo(160.551587, 5);
    expect(s.get('n32')).toBeCloseTo(76.690476, 5);
    expect(s.get('n2')).toBeCloseTo(75.850794, 5);
    expect(s.get('n31')).toBeCloseTo(73.009524, 5);
  });

  it('Most central: closeness 0.568966 for 0, 0.559322 for 2, 0.55 for 33', () => {
    const s = scoresOf(runAnalysis(karate, 'closeness'));
    expect(s.get('n0')).toBeCloseTo(0.568966, 5);
    expect(s.get('n2')).toBeCloseTo(0.559322, 5);
    expect(s.get('n33')).toBeCloseTo(0.55, 5);
    expect(s.get('n31')).toBeCloseTo(0.540984, 5);
  });

  it('Most influential: PageRank 0.100919 for 33, 0.096997 for 0', () => {
    const result = runAnalysis(karate, 'pagerank');
    const s = scoresOf(result);
    expect(s.get('n33')).toBeCloseTo(0.100919, 4);
    expect(s.get('n0')).toBeCloseTo(0.096997, 4);
    expect(s.get('n32')).toBeCloseTo(0.071693, 4);
    expect(top(result, 3)).toEqual(['n33', 'n0', 'n32']);
  });

  it('Most influential: eigenvector 0.373363 for 33, 0.355491 for 0', () => {
    const s = scoresOf(runAnalysis(karate, 'eigenvector'));
    expect(s.get('n33')).toBeCloseTo(0.373363, 4);
    expect(s.get('n0')).toBeCloseTo(0.355491, 4);
    expect(s.get('n2')).toBeCloseTo(0.317193, 4);
  });

  it('k-core: the 4-core is 0, 1, 2, 3, 7, 8, 13, 30, 32, 33; 11 is in the 1-core only', () => {
    const s = scoresOf(runAnalysis(karate, 'k-core'));
    const fourCore = [...s].filter(([, k]) => k === 4).map(([id]) => Number(id.slice(1)));
    expect(fourCore.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 7, 8, 13, 30, 32, 33]);
    expect(s.get('n11')).toBe(1);
    expect(s.get('n9')).toBe(2);
  });

  it('Bridges between groups: the only articulation point is 0, cutting off 11 and 4, 5, 6, 10, 16', () => {
    // Without 0 networkx finds three components: {11}, {4, 5, 6, 10, 16} and the other 27.
    const s = scoresOf(runAnalysis(karate, 'cut-off'));
    expect([...s].filter(([, v]) => v > 0)).toEqual([['n0', 6]]);
  });

  it('Bridges between groups: each joint of a chain cuts off the shorter end', () => {
    const s = scoresOf(
      runAnalysis(
        inputOf(5, [
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 4],
        ]),
        'cut-off',
      ),
    );
    expect(Object.fromEntries(s)).toEqual({ n0: 0, n1: 1, n2: 2, n3: 1, n4: 0 });
  });

  it('Look alike: Jaccard and Adamic-Adar for (0,1), (32,33), (0,33)', () => {
    const pick = (measure: 'jaccard' | 'adamic-adar') => {
      const result = runAnalysis(karate, measure);
      if (result.kind !== 'pairs') throw new Error('expected pairs');
      return (a: string, b: string) => result.rows.find((r) => r.source === a && r.target === b)?.score;
    };
    const jaccard = pick('jaccard');
    expect(jaccard('n0', 'n1')).toBeCloseTo(0.388889, 5);
    expect(jaccard('n32', 'n33')).toBeCloseTo(0.526316, 5);
    expect(jaccard('n0', 'n33')).toBeCloseTo(0.137931, 5);
    const adamicAdar = pick('adamic-adar');
    expect(adamicAdar('n0', 'n1')).toBeCloseTo(6.130717, 5);
    expect(adamicAdar('n32', 'n33')).toBeCloseTo(10.456951, 5);
    expect(adamicAdar('n0', 'n33')).toBeCloseTo(2.71102, 5);
  });

  it('communities: Louvain finds a split near the optimum 0.4198 that respects the two factions', () => {
    const result = runAnalysis(karate, 'louvain');
    if (result.kind !== 'communities') throw new Error('expected communities');
    expect(result.modularity).toBeGreaterThan(0.41);
    expect(result.modularity).toBeLessThanOrEqual(0.4198);
    expect(result.rows).toHaveLength(34);
    // Most members sit in a community whose majority is their own faction.
    const faction = (id: string) => MR_HI.includes(Number(id.slice(1)));
    let agree = 0;
    for (let c = 1; c <= result.count; c++) {
      const members = result.rows.filter((r) => r.community === c);
      const hi = members.filter((m) => faction(m.id)).length;
      agree += Math.max(hi, members.length - hi);
    }
    expect(agree).toBeGreaterThanOrEqual(32);
  });

  it('communities are the same on every run and numbered by size', () => {
    const a = runAnalysis(karate, 'louvain');
    const b = runAnalysis(karate, 'louvain');
    expect(b.rows).toEqual(a.rows);
    if (a.kind !== 'communities') throw new Error('expected communities');
    const sizes = Array.from(
      { length: a.count },
      (_, i) => a.rows.find((r) => r.community === i + 1)?.size ?? 0,
    );
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
  });
});

describe('betweenness where graphology-metrics overflows', () => {
  // 40 diamonds in a row: 2^40 shortest paths end to end, past graphology's Uint32 counters.
  // networkx 3.6.1 gives 3601 for the middle joint s20 and 1769 for each of its diamond's sides.
  const edges: [number, number][] = [];
  for (let i = 0; i < 40; i++) {
    const [joint, a, b, next] = [3 * i, 3 * i + 1, 3 * i + 2, 3 * i + 3];
    edges.push([joint, a], [joint, b], [a, next], [b, next]);
  }
  it('stays exact with 2^40 equal paths', () => {
    const s = scoresOf(runAnalysis(inputOf(121, edges), 'betweenness'));
    expect(s.get('n60')).toBeCloseTo(3601, 6);
    expect(s.get('n61')).toBeCloseTo(1769, 6);
  });
});
