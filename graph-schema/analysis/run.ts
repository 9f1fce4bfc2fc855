import louvain from 'graphology-communities-louvain';
import closenessCentrality from 'graphology-metrics/centrality/closeness';
import eigenvectorCentrality from 'graphology-metrics/centrality/eigenvector';
import pagerank from 'graphology-metrics/centrality/pagerank';
import { PlexusError } from '../model/errors';
import { betweenness, type Progress } from './brandes';
import { adjacency, buildGraph, type AnalysisGraph } from './graph';
import type { Measure } from './measures';
import {
  AnalysisOptions,
  countedLinks,
  type AnalysisInput,
  type AnalysisLink,
  type AnalysisOptionsInput,
} from './options';
import { linkedPairs, lookAlike } from './pairs';
import { ranked, type AnalysisResult, type CommunityRow, type Counted } from './result';
import { coreNumbers, cutOff } from './structure';

/** A pair list is cut to its strongest pairs: look-alike pairs grow with the square of hubs. */
export const MAX_PAIRS = 1000;

/** Same seed, same communities: a chart's colours must not change when the analysis is rerun. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Scores = Record<string, number>;

function entityScores(
  graph: AnalysisGraph,
  measure: Measure,
  direction: string,
  progress?: Progress,
): Scores {
  switch (measure) {
    case 'degree': {
      const scores: Scores = {};
      graph.forEachNode((id) => {
        scores[id] = direction === 'both' ? graph.degree(id) : graph.outDegree(id);
      });
      return scores;
    }
    case 'weighted-degree': {
      const scores: Scores = {};
      graph.forEachNode((id) => {
        scores[id] = 0;
      });
      graph.forEachEdge((_edge, pair, source, target) => {
        scores[source] = (scores[source] ?? 0) + pair.weight;
        if (direction === 'both') scores[target] = (scores[target] ?? 0) + pair.weight;
      });
      return scores;
    }
    case 'betweenness': {
      const index = adjacency(graph);
      const values = betweenness(index, graph.type === 'undirected', progress);
      return Object.fromEntries(index.ids.map((id, i) => [id, values[i] ?? 0]));
    }
    case 'closeness':
      // Wasserman-Faust scaling, as networkx's default: a small separate group does not rank
      // above the middle of the main network just because its few members are close.
      return closenessCentrality(graph, { wassermanFaust: true });
    case 'pagerank':
      return pagerank(graph, { getEdgeWeight: null });
    case 'eigenvector':
      try {
        return eigenvectorCentrality(graph, { getEdgeWeight: null, maxIterations: 1000 });
      } catch (e) {
        throw new PlexusError(
          'VALIDATION',
          `Eigenvector centrality did not settle on this network (${e instanceof Error ? e.message : String(e)}); use PageRank instead`,
        );
      }
    case 'cut-off': {
      const index = adjacency(graph);
      const values = cutOff(index);
      return Object.fromEntries(index.ids.map((id, i) => [id, values[i] ?? 0]));
    }
    case 'k-core': {
      const index = adjacency(graph);
      const values = coreNumbers(index);
      return Object.fromEntries(index.ids.map((id, i) => [id, values[i] ?? 0]));
    }
    default:
      throw new PlexusError('VALIDATION', `${measure} does not score entities`);
  }
}

function communities(graph: AnalysisGraph): { rows: CommunityRow[]; count: number; modularity: number } {
  if (graph.order === 0) return { rows: [], count: 0, modularity: 0 };
  if (graph.size === 0) {
    const rows = graph.nodes().map((id, i) => ({ id, community: i + 1, size: 1 }));
    return { rows, count: rows.length, modularity: 0 };
  }
  const found = louvain.detailed(graph, { getEdgeWeight: null, rng: seededRandom(1) });
  // Number communities by size, largest first, so "community 1" means the same on every run.
  const sizes = new Map<number, number>();
  for (const c of Object.values(found.communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const byCommunity = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const number = new Map(byCommunity.map(([c], i) => [c, i + 1]));
  const rows = Object.entries(found.communities)
    .map(([id, c]) => ({ id, community: number.get(c) ?? 0, size: sizes.get(c) ?? 0 }))
    .sort((a, b) => a.community - b.community || (a.id < b.id ? -1 : 1));
  return { rows, count: found.count, modularity: found.modularity };
}

/**
 * Answers one measure on a graph of entities and links, counting only the links the options
 * keep. Pure and synchronous: the renderer runs it in a worker, the services in the process.
 */
export function runAnalysis(
  input: AnalysisInput,
  measure: Measure,
  optionsInput: AnalysisOptionsInput = {},
  progress?: Progress,
): AnalysisResult {
  const options = AnalysisOptions.parse(optionsInput);
  const kept = countedLinks(input, options);
  const counted: Counted = {
    entities: input.entityIds.length,
    links: kept.links.length,
    leftOut: kept.leftOut,
    undated: kept.undated,
  };
  const common = { measure, options, counted };
  if (
    measure === 'link-weight' ||
    measure === 'link-count' ||
    measure === 'jaccard' ||
    measure === 'adamic-adar'
  ) {
    const pairs =
      measure === 'link-weight' || measure === 'link-count'
        ? linkedPairs(kept.links, measure === 'link-count' ? 'links' : 'weight')
        : lookAlike(input.entityIds, kept.links, measure);
    const rows = ranked(pairs, (p) => `${p.source}\u0000${p.target}`).slice(0, MAX_PAIRS);
    return { kind: 'pairs', ...common, rows, total: pairs.length };
  }
  // Communities and bridges are about the network's shape, not the flow along arrows.
  const undirected = measure === 'louvain' || measure === 'cut-off' || measure === 'k-core';
  const graph = buildGraph(input.entityIds, kept.links, undirected ? 'both' : options.direction);
  if (measure === 'louvain') return { kind: 'communities', ...common, ...communities(graph) };
  const scores = entityScores(graph, measure, graph.type === 'undirected' ? 'both' : 'out', progress);
  const rows = ranked(
    input.entityIds.map((id) => ({ id, score: scores[id] ?? 0 })),
    (r) => r.id,
  );
  return { kind: 'entities', ...common, rows };
}

export type { AnalysisLink };
