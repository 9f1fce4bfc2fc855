import type { Adjacency } from './graph';

/** Called now and then during a long computation: how many of `total` steps are done. */
export type Progress = (done: number, total: number) => void;

/**
 * Betweenness centrality (Brandes 2001), not normalised: for each node, the number of shortest
 * paths between other pairs that pass through it (pairs counted once on an undirected graph).
 *
 * Our own code, not graphology-metrics' betweenness, for three reasons: graphology counts
 * shortest paths in a Uint32Array, which overflows silently on graphs with many equal paths
 * (40 diamonds in a row give NaN for every node; see the unit test), so scores on a large case
 * could be wrong without a sign; it allocates a predecessor list per node per source (10^8
 * arrays at 10,000 entities); and it has no progress hook, which the worker needs for its bar.
 */
export function betweenness(graph: Adjacency, undirected: boolean, progress?: Progress): Float64Array {
  const n = graph.ids.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const step = Math.max(1, Math.floor(n / 100));

  for (let s = 0; s < n; s++) {
    if (progress && s % step === 0) progress(s, n);
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let visited = 0;
    // `order` doubles as the BFS queue: nodes are appended once, in the order they are reached.
    order[visited++] = s;
    while (head < visited) {
      const v = order[head++] as number;
      const dv = dist[v] as number;
      for (const w of graph.out[v] as Int32Array) {
        if (dist[w] === -1) {
          dist[w] = dv + 1;
          order[visited++] = w;
        }
        if (dist[w] === dv + 1) sigma[w] = (sigma[w] as number) + (sigma[v] as number);
      }
    }
    // Back-propagate in reverse BFS order; predecessors are in-neighbours one step closer.
    for (let i = visited - 1; i > 0; i--) {
      const w = order[i] as number;
      const dw = dist[w] as number;
      const share = (1 + (delta[w] as number)) / (sigma[w] as number);
      for (const v of graph.in[w] as Int32Array) {
        if (dist[v] === dw - 1) delta[v] = (delta[v] as number) + (sigma[v] as number) * share;
      }
      score[w] = (score[w] as number) + (delta[w] as number);
    }
  }
  progress?.(n, n);
  // On an undirected graph every pair was counted from both ends.
  if (undirected) for (let i = 0; i < n; i++) score[i] = (score[i] as number) / 2;
  return score;
}
