import Graph from 'graphology';
import { betweenness as brandes } from './brandes';
import { adjacency, type AnalysisGraph } from './graph';

/**
 * Measures on the chart's own graph (what is drawn, not the whole case) that chart styles and
 * the concentric layout read: degree and betweenness centrality, and the answer of an analysis
 * the style was told to size or colour by.
 */

export interface MeasureLink {
  source: string;
  target: string;
}

export interface ChartMeasures {
  /** Links at each entity; parallel links count one by one, a self-loop counts once. */
  degree: Map<string, number>;
  /**
   * Betweenness centrality (Brandes), undirected, on the simple graph (parallel links are one
   * path), not normalized: the number of shortest paths between other pairs through each node.
   */
  betweenness: Map<string, number>;
  /** An analysis's score per entity, when the style sizes by it (style.analysis). */
  analysis: Map<string, number>;
  /** An analysis's community per entity, when the style colours by it. */
  community: Map<string, number>;
}

/** What a chart style keeps of an analysis (ChartStyle.analysis). */
export interface StyleAnalysis {
  scores: Record<string, number>;
  communities: Record<string, number>;
}

export function degrees(nodeIds: readonly string[], links: readonly MeasureLink[]): Map<string, number> {
  const degree = new Map<string, number>(nodeIds.map((id) => [id, 0]));
  for (const { source, target } of links) {
    if (!degree.has(source) || !degree.has(target)) continue;
    degree.set(source, (degree.get(source) ?? 0) + 1);
    if (target !== source) degree.set(target, (degree.get(target) ?? 0) + 1);
  }
  return degree;
}

/** Brandes' algorithm (brandes.ts): O(nodes x links), so callers compute it only when asked. */
export function betweenness(nodeIds: readonly string[], links: readonly MeasureLink[]): Map<string, number> {
  const graph: AnalysisGraph = new Graph({ type: 'undirected' });
  for (const id of nodeIds) graph.mergeNode(id);
  for (const { source, target } of links) {
    if (source === target || !graph.hasNode(source) || !graph.hasNode(target)) continue;
    graph.mergeEdge(source, target, { weight: 1, links: 1 });
  }
  const index = adjacency(graph);
  const score = brandes(index, true);
  return new Map(index.ids.map((id, i) => [id, score[i] ?? 0]));
}

export function computeMeasures(
  nodeIds: readonly string[],
  links: readonly MeasureLink[],
  wanted: { betweenness: boolean } = { betweenness: true },
  analysis?: StyleAnalysis,
): ChartMeasures {
  return {
    degree: degrees(nodeIds, links),
    betweenness: wanted.betweenness ? betweenness(nodeIds, links) : new Map(),
    analysis: new Map(Object.entries(analysis?.scores ?? {})),
    community: new Map(Object.entries(analysis?.communities ?? {})),
  };
}
