/**
 * Measures on the chart's own graph (what is drawn, not the whole case): degree and
 * betweenness centrality. Written out rather than taken from a graph library: two small
 * algorithms do not justify six transitive packages in an offline app.
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

/** Brandes' algorithm on integer indexes: O(nodes x links), so callers compute it only when asked. */
export function betweenness(nodeIds: readonly string[], links: readonly MeasureLink[]): Map<string, number> {
  const n = nodeIds.length;
  const index = new Map(nodeIds.map((id, i) => [id, i]));
  const neighbourSets: Set<number>[] = nodeIds.map(() => new Set());
  for (const { source, target } of links) {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined || s === t) continue;
    neighbourSets[s]?.add(t);
    neighbourSets[t]?.add(s);
  }
  const adjacency = neighbourSets.map((set) => Int32Array.from(set));
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const queue = new Int32Array(n);

  for (let s = 0; s < n; s++) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    let visited = 0;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head++] as number;
      order[visited++] = v;
      for (const w of adjacency[v] as Int32Array) {
        if (dist[w] === -1) {
          dist[w] = (dist[v] as number) + 1;
          queue[tail++] = w;
        }
        if (dist[w] === (dist[v] as number) + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    // Back-propagate dependencies in reverse BFS order; predecessors are neighbours one step closer.
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i] as number;
      for (const v of adjacency[w] as Int32Array) {
        if (dist[v] === (dist[w] as number) - 1) {
          delta[v] =
            (delta[v] as number) + ((sigma[v] as number) / (sigma[w] as number)) * (1 + (delta[w] as number));
        }
      }
      score[w] = (score[w] as number) + (delta[w] as number);
    }
  }
  // Every undirected pair was counted from both ends.
  return new Map(nodeIds.map((id, i) => [id, (score[i] as number) / 2]));
}

export function computeMeasures(
  nodeIds: readonly string[],
  links: readonly MeasureLink[],
  wanted: { betweenness: boolean } = { betweenness: true },
): ChartMeasures {
  return {
    degree: degrees(nodeIds, links),
    betweenness: wanted.betweenness ? betweenness(nodeIds, links) : new Map(),
  };
}
