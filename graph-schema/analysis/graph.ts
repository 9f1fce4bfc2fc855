import Graph from 'graphology';
import type { Direction } from '../model/queries';
import { CONFIDENCE_WEIGHT, type AnalysisLink } from './options';

/** Between two entities: how many counted links join them and their summed confidence weight. */
export interface PairAttributes {
  weight: number;
  links: number;
}

export type AnalysisGraph = Graph<Record<string, never>, PairAttributes>;

/**
 * The simple graph the measures run on: one edge per pair of entities (parallel links add to
 * its count and weight), no self-loops. With direction 'both' it is undirected; with 'out' a
 * directed link is an arc source -> target ('in' reverses it) and an undirected link is two arcs.
 */
export function buildGraph(
  entityIds: readonly string[],
  links: readonly AnalysisLink[],
  direction: Direction,
): AnalysisGraph {
  const graph: AnalysisGraph = new Graph({ type: direction === 'both' ? 'undirected' : 'directed' });
  for (const id of entityIds) graph.mergeNode(id);
  const add = (from: string, to: string, link: AnalysisLink) => {
    graph.updateEdge(from, to, (pair) => ({
      weight: (pair.weight ?? 0) + CONFIDENCE_WEIGHT[link.confidence],
      links: (pair.links ?? 0) + 1,
    }));
  };
  for (const link of links) {
    if (link.source === link.target) continue;
    if (direction === 'both') add(link.source, link.target, link);
    else if (!link.directed) {
      add(link.source, link.target, link);
      add(link.target, link.source, link);
    } else if (direction === 'out') add(link.source, link.target, link);
    else add(link.target, link.source, link);
  }
  return graph;
}

/** Neighbour lists by node index, as compact arrays for the loops that visit every node. */
export interface Adjacency {
  ids: string[];
  out: Int32Array[];
  in: Int32Array[];
}

export function adjacency(graph: AnalysisGraph): Adjacency {
  const ids = graph.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const listOf = (neighbours: string[]) => Int32Array.from(neighbours, (n) => index.get(n) ?? -1);
  if (graph.type === 'undirected') {
    const both = ids.map((id) => listOf(graph.neighbors(id)));
    return { ids, out: both, in: both };
  }
  return {
    ids,
    out: ids.map((id) => listOf(graph.outNeighbors(id))),
    in: ids.map((id) => listOf(graph.inNeighbors(id))),
  };
}
