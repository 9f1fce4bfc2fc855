import { distances, type PathGraph } from './path-graph';

/** A path as the searches give it: its entities in order and the links between them. */
export interface NodePath {
  nodes: string[];
  links: string[];
}

/** What a spur search may not use: entities of the root path, and arcs other paths took. */
interface Blocked {
  nodes?: ReadonlySet<string>;
  /** `${from}\u0000${to}` */
  arcs?: ReadonlySet<string>;
}

const arcKey = (from: string, to: string) => `${from}\u0000${to}`;

/**
 * Breadth-first shortest path, the first found in hop-list (entity id) order. The searches of
 * graphology-shortest-path take a whole graph; Yen's spur searches each need the graph less
 * some entities and arcs, and copying it for every spur would cost more than the search.
 */
export function shortestPath(
  graph: PathGraph,
  from: string,
  to: string,
  maxHops: number,
  blocked: Blocked = {},
): NodePath | undefined {
  if (from === to) return { nodes: [from], links: [] };
  const reached = new Map<string, { prev: string; link: string } | null>([[from, null]]);
  let frontier = [from];
  for (let depth = 1; depth <= maxHops && frontier.length > 0; depth++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const hop of graph.out.get(at) ?? []) {
        if (reached.has(hop.node) || blocked.nodes?.has(hop.node)) continue;
        if (blocked.arcs?.has(arcKey(at, hop.node))) continue;
        reached.set(hop.node, { prev: at, link: hop.link });
        if (hop.node === to) return unwind(reached, to);
        next.push(hop.node);
      }
    }
    frontier = next;
  }
  return undefined;
}

function unwind(reached: Map<string, { prev: string; link: string } | null>, to: string): NodePath {
  const nodes = [to];
  const links: string[] = [];
  for (let step = reached.get(to); step; step = reached.get(step.prev)) {
    nodes.unshift(step.prev);
    links.unshift(step.link);
  }
  return { nodes, links };
}

/** Shorter first, then by the entity ids in order: the same ranking on every store. */
function comparePaths(a: NodePath, b: NodePath): number {
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] ?? '';
    const y = b.nodes[i] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const keyOf = (path: NodePath) => path.nodes.join('\u0000');

/**
 * Yen's k shortest loopless paths (Yen 1971), by hops. Not in graphology: it is built here on
 * the breadth-first search above. Each next path leaves an earlier one at a spur entity, with
 * the root before the spur kept and the arcs earlier paths took from that root blocked.
 */
export function kShortestPaths(
  graph: PathGraph,
  from: string,
  to: string,
  k: number,
  maxHops: number,
): NodePath[] {
  const first = shortestPath(graph, from, to, maxHops);
  if (!first) return [];
  const found: NodePath[] = [first];
  if (from === to) return found;
  const seen = new Set([keyOf(first)]);
  const candidates: NodePath[] = [];
  while (found.length < k) {
    const last = found[found.length - 1];
    if (!last) break;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const spur = last.nodes[i] ?? '';
      const rootNodes = last.nodes.slice(0, i + 1);
      const arcs = new Set<string>();
      for (const path of found) {
        if (path.nodes.length > i + 1 && rootNodes.every((n, j) => path.nodes[j] === n))
          arcs.add(arcKey(spur, path.nodes[i + 1] ?? ''));
      }
      const spurPath = shortestPath(graph, spur, to, maxHops - i, {
        nodes: new Set(rootNodes.slice(0, i)),
        arcs,
      });
      if (!spurPath) continue;
      const path = {
        nodes: [...rootNodes.slice(0, i), ...spurPath.nodes],
        links: [...last.links.slice(0, i), ...spurPath.links],
      };
      const key = keyOf(path);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    const best = candidates.shift();
    if (best) found.push(best);
  }
  return found;
}

/** Paths listed, and what cut the list short: the cap on paths, the cap on search steps, or nothing. */
export interface ListedPaths {
  paths: NodePath[];
  cut: 'paths' | 'steps' | null;
}

/** Every shortest path, up to `cap` of them, along the entities that lie on one. */
export function allShortestPaths(
  graph: PathGraph,
  from: string,
  to: string,
  maxHops: number,
  cap: number,
): ListedPaths {
  const fromStart = distances(graph.out, from, maxHops);
  const length = fromStart.get(to);
  if (length === undefined) return { paths: [], cut: null };
  const toEnd = distances(graph.in, to, length);
  const onAPath = (node: string, depth: number) =>
    fromStart.get(node) === depth && toEnd.get(node) === length - depth;
  return listPaths(graph, from, to, cap, onAPath);
}

/** The most steps an all-simple-paths search takes before it stops and says it was cut. */
export const MAX_SIMPLE_PATH_STEPS = 2_000_000;

/**
 * Every path that visits no entity twice, up to maxHops links and `cap` paths, shortest
 * first: one depth-first pass per length, so a cut keeps the shortest. An entity is entered
 * only when the target is still reachable in the hops left, which keeps the search near the
 * paths; a search that still runs past MAX_SIMPLE_PATH_STEPS stops and is reported as cut.
 */
export function allSimplePaths(
  graph: PathGraph,
  from: string,
  to: string,
  maxHops: number,
  cap: number,
): ListedPaths {
  if (from === to) return { paths: [{ nodes: [from], links: [] }], cut: null };
  const toEnd = distances(graph.in, to, maxHops);
  const shortest = toEnd.get(from);
  if (shortest === undefined) return { paths: [], cut: null };
  const paths: NodePath[] = [];
  let steps = 0;
  for (let length = shortest; length <= maxHops; length++) {
    const nodes = [from];
    const links: string[] = [];
    const onPath = new Set([from]);
    let stop = false;
    const walk = (at: string) => {
      for (const hop of graph.out.get(at) ?? []) {
        if (stop) return;
        steps += 1;
        if (steps > MAX_SIMPLE_PATH_STEPS) stop = true;
        if (stop || paths.length > cap) return;
        if (onPath.has(hop.node)) continue;
        const depth = nodes.length;
        if (hop.node === to) {
          if (depth === length) paths.push({ nodes: [...nodes, to], links: [...links, hop.link] });
          continue;
        }
        const left = toEnd.get(hop.node);
        if (left === undefined || depth + left > length) continue;
        nodes.push(hop.node);
        links.push(hop.link);
        onPath.add(hop.node);
        walk(hop.node);
        onPath.delete(hop.node);
        nodes.pop();
        links.pop();
      }
    };
    walk(from);
    if (paths.length > cap) return { paths: paths.slice(0, cap), cut: 'paths' };
    if (stop) return { paths, cut: 'steps' };
  }
  return { paths, cut: null };
}

/** Depth-first listing of the paths whose every entity passes `keep`, up to `cap`. */
function listPaths(
  graph: PathGraph,
  from: string,
  to: string,
  cap: number,
  keep: (node: string, depth: number) => boolean,
): ListedPaths {
  if (from === to) return { paths: [{ nodes: [from], links: [] }], cut: null };
  const paths: NodePath[] = [];
  const nodes = [from];
  const links: string[] = [];
  const walk = (at: string): void => {
    for (const hop of graph.out.get(at) ?? []) {
      if (paths.length > cap) return;
      if (!keep(hop.node, nodes.length)) continue;
      nodes.push(hop.node);
      links.push(hop.link);
      if (hop.node === to) paths.push({ nodes: [...nodes], links: [...links] });
      else walk(hop.node);
      nodes.pop();
      links.pop();
    }
  };
  walk(from);
  return paths.length > cap ? { paths: paths.slice(0, cap), cut: 'paths' } : { paths, cut: null };
}
