import type { Adjacency } from './graph';

/*
 * Two structural measures graphology has no function for (graphology-metrics and
 * graphology-components stop at connected components), written here on the same adjacency.
 * Both read the graph as undirected: out and in lists are merged.
 */

function undirectedLists(graph: Adjacency): Int32Array[] {
  if (graph.out === graph.in) return graph.out;
  return graph.ids.map((_, i) => Int32Array.from(new Set([...(graph.out[i] ?? []), ...(graph.in[i] ?? [])])));
}

/**
 * k-core number of each node (Batagelj & Zaversnik 2003, O(links)): the largest k such that the
 * node belongs to a part of the network where everyone has at least k links inside that part.
 */
export function coreNumbers(graph: Adjacency): Int32Array {
  const lists = undirectedLists(graph);
  const n = lists.length;
  const degree = Int32Array.from(lists, (l) => l.length);
  let maxDegree = 0;
  for (const d of degree) maxDegree = Math.max(maxDegree, d);
  // Bucket sort by degree: `order` holds nodes by degree, `position` where each one is.
  const binStart = new Int32Array(maxDegree + 2);
  for (const d of degree) binStart[d + 1] = (binStart[d + 1] as number) + 1;
  for (let d = 1; d <= maxDegree + 1; d++)
    binStart[d] = (binStart[d] as number) + (binStart[d - 1] as number);
  const next = binStart.slice();
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const d = degree[v] as number;
    position[v] = next[d] as number;
    order[next[d] as number] = v;
    next[d] = (next[d] as number) + 1;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i] as number;
    for (const u of lists[v] as Int32Array) {
      const du = degree[u] as number;
      if (du <= (degree[v] as number)) continue;
      // Move u to the front of its bin, then shrink its degree by one.
      const front = binStart[du] as number;
      const w = order[front] as number;
      if (w !== u) {
        const pu = position[u] as number;
        order[pu] = w;
        position[w] = pu;
        order[front] = u;
        position[u] = front;
      }
      binStart[du] = front + 1;
      degree[u] = du - 1;
    }
  }
  return degree;
}

/**
 * Articulation points (Hopcroft & Tarjan 1973): entities whose removal splits their part of the
 * network. The score is how many entities would be cut off from the largest remaining piece,
 * 0 for an entity that splits nothing. Iterative, so a long chain cannot overflow the stack.
 */
export function cutOff(graph: Adjacency): Float64Array {
  const lists = undirectedLists(graph);
  const n = lists.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const cursor = new Int32Array(n);
  const score = new Float64Array(n);
  // Per node, the sizes of the child subtrees that removal would separate.
  const separated: number[][] = lists.map(() => []);
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const stack = [root];
    const members = [root];
    disc[root] = low[root] = time++;
    size[root] = 1;
    while (stack.length > 0) {
      const v = stack[stack.length - 1] as number;
      const list = lists[v] as Int32Array;
      if ((cursor[v] as number) < list.length) {
        const w = list[cursor[v] as number] as number;
        cursor[v] = (cursor[v] as number) + 1;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          size[w] = 1;
          stack.push(w);
          members.push(w);
        } else if (w !== parent[v]) low[v] = Math.min(low[v] as number, disc[w] as number);
        continue;
      }
      stack.pop();
      const p = parent[v] as number;
      if (p === -1) continue;
      size[p] = (size[p] as number) + (size[v] as number);
      low[p] = Math.min(low[p] as number, low[v] as number);
      if ((low[v] as number) >= (disc[p] as number)) separated[p]?.push(size[v] as number);
    }
    const componentSize = size[root] as number;
    for (const v of members) {
      const pieces = separated[v] as number[];
      if (pieces.length === 0) continue;
      // The root splits only with two or more separated subtrees; others keep the part above.
      const above = componentSize - 1 - pieces.reduce((a, b) => a + b, 0);
      const all = v === root ? pieces : [...pieces, above];
      if (all.length >= 2) score[v] = all.reduce((a, b) => a + b, 0) - Math.max(...all);
    }
  }
  return score;
}
