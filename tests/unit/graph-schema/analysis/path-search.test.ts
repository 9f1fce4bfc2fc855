import { describe, expect, it } from 'vitest';
import { AnalysisOptions, type AnalysisLink } from '../../../../graph-schema/analysis/options';
import { buildPathGraph } from '../../../../graph-schema/analysis/path-graph';
import {
  allShortestPaths,
  allSimplePaths,
  kShortestPaths,
  shortestPath,
  type NodePath,
} from '../../../../graph-schema/analysis/path-search';
import type { Grade } from '../../../../graph-schema/model/grade-order';

const EDGES = ['ab', 'ac', 'bd', 'cd', 'dh', 'be', 'ef', 'fh', 'cg', 'gh', 'eg'];

function link(
  pair: string,
  directed = false,
  grade: Grade = { reliability: 'B', credibility: '2' },
): AnalysisLink {
  return {
    id: `l-${pair}`,
    type: 'ASSOCIATE_OF',
    source: pair[0] ?? '',
    target: pair[1] ?? '',
    directed,
    confidence: 'confirmed',
    ...grade,
    validFrom: null,
    validTo: null,
  };
}

const nodes = [...'abcdefgh'];
const graphOf = (links: AnalysisLink[], options: Parameters<typeof AnalysisOptions.parse>[0] = {}) =>
  buildPathGraph({ entityIds: nodes, links }, AnalysisOptions.parse(options));
const undirected = graphOf(EDGES.map((e) => link(e)));
const directed = graphOf(
  EDGES.map((e) => link(e, true)),
  { direction: 'out' },
);
const names = (paths: NodePath[]) => paths.map((p) => p.nodes.join(''));

/**
 * The expected paths are networkx 3.6.1's on the same graph (nx.shortest_simple_paths(G, 'a',
 * 'h') for an nx.Graph and an nx.DiGraph of EDGES): 12 loopless paths undirected, of lengths
 * 3 3 3 4 4 5 5 6 6 6 6 7, and 5 directed. networkx leaves the order of equal-length paths
 * open; Plexus ranks them by entity id, so the lists below are networkx's, sorted that way.
 */
const NX_UNDIRECTED = [
  'abdh',
  'acdh',
  'acgh',
  'abefh',
  'abegh',
  'abdcgh',
  'acgefh',
  'abegcdh',
  'acdbefh',
  'acdbegh',
  'acgebdh',
  'abdcgefh',
];
const NX_DIRECTED = ['abdh', 'acdh', 'acgh', 'abefh', 'abegh'];

describe("Yen's k shortest paths", () => {
  it('gives the k shortest loopless paths, shortest first, as networkx does', () => {
    const ten = kShortestPaths(undirected, 'a', 'h', 10, 8);
    expect(ten.map((p) => p.links.length)).toEqual([3, 3, 3, 4, 4, 5, 5, 6, 6, 6]);
    expect(names(ten).slice(0, 7)).toEqual(NX_UNDIRECTED.slice(0, 7));
    // Which three of the four 6-link paths come first depends on the candidates Yen holds.
    for (const name of names(ten)) expect(NX_UNDIRECTED).toContain(name);
    expect(new Set(names(ten)).size).toBe(10);
  });

  it('stops when no more paths exist, and follows arrows when directed', () => {
    expect(names(kShortestPaths(undirected, 'a', 'h', 10, 8))).toHaveLength(10);
    expect(names(kShortestPaths(directed, 'a', 'h', 10, 8))).toEqual(NX_DIRECTED);
    expect(kShortestPaths(directed, 'h', 'a', 3, 8)).toEqual([]);
  });

  it('keeps within maxHops', () => {
    expect(names(kShortestPaths(undirected, 'a', 'h', 10, 4))).toEqual(NX_UNDIRECTED.slice(0, 5));
  });

  it('gives the links each path went by, in order', () => {
    const [first] = kShortestPaths(undirected, 'a', 'h', 1, 8);
    expect(first).toEqual({ nodes: [...'abdh'], links: ['l-ab', 'l-bd', 'l-dh'] });
  });
});

describe('all shortest and all simple paths', () => {
  it('lists every shortest path', () => {
    expect(names(allShortestPaths(undirected, 'a', 'h', 8, 100).paths)).toEqual(NX_UNDIRECTED.slice(0, 3));
  });

  it('lists every simple path up to n hops, shortest first, and names a cut', () => {
    const upTo4 = allSimplePaths(undirected, 'a', 'h', 4, 100);
    expect(upTo4).toEqual({ paths: expect.any(Array), cut: null });
    expect(names(upTo4.paths)).toEqual(NX_UNDIRECTED.slice(0, 5));
    expect(names(allSimplePaths(undirected, 'a', 'h', 8, 100).paths)).toEqual(NX_UNDIRECTED);
    const capped = allSimplePaths(undirected, 'a', 'h', 8, 4);
    expect(capped.cut).toBe('paths');
    expect(names(capped.paths)).toEqual(NX_UNDIRECTED.slice(0, 4));
    expect(allShortestPaths(undirected, 'a', 'h', 8, 2).cut).toBe('paths');
  });
});

describe('the graph a path search walks', () => {
  it('drops links below a minimum grade, so the path goes round them', () => {
    const weak = EDGES.map((e) =>
      e === 'dh' ? link(e, false, { reliability: 'D', credibility: '4' }) : link(e),
    );
    expect(shortestPath(graphOf(weak), 'a', 'h', 8)?.nodes.join('')).toBe('abdh');
    const graded = graphOf(weak, { minGrade: { reliability: 'B', credibility: '2' } });
    expect(graded.leftOut).toBe(1);
    expect(shortestPath(graded, 'a', 'h', 8)?.nodes.join('')).toBe('acgh');
  });

  it('goes by the best graded of parallel links', () => {
    const parallel = [
      link('ab', false, { reliability: 'C', credibility: '3' }),
      { ...link('ab'), id: 'l-ab2' },
    ];
    expect(shortestPath(graphOf(parallel), 'a', 'b', 1)?.links).toEqual(['l-ab2']);
  });
});
