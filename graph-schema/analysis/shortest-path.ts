import type { Direction } from '../model/queries';

/** How a side of the search reached a node: the node before it, the link used, the distance. */
interface Reached<K> {
  prev: K | undefined;
  link: K | undefined;
  depth: number;
}

interface Side<K> {
  reached: Map<K, Reached<K>>;
  frontier: K[];
  depth: number;
  direction: Direction;
}

function startSide<K>(node: K, direction: Direction): Side<K> {
  return {
    reached: new Map([[node, { prev: undefined, link: undefined, depth: 0 }]]),
    frontier: [node],
    depth: 0,
    direction,
  };
}

/** One step of a level: the link walked, the node it came from, the node it reached. */
export type Step<K> = readonly [link: K, prev: K, node: K];

/**
 * Shortest path by bidirectional breadth-first search, shared by every store so they give
 * the same answer (including which of equal-length paths). Each round grows the smaller
 * frontier by one level, so a hub on one side does not blow up the other; a directed search
 * walks links forwards from `from` and backwards from `to`. The store fetches each level's
 * steps itself (synchronously or not): call next(), fetch, grow(), until a path or the end.
 */
export class BidirectionalSearch<K> {
  private readonly forward: Side<K>;
  private readonly backward: Side<K>;
  private growing: [Side<K>, Side<K>] | undefined;

  constructor(
    from: K,
    to: K,
    directed: boolean,
    private readonly maxHops: number,
  ) {
    this.forward = startSide(from, directed ? 'out' : 'both');
    this.backward = startSide(to, directed ? 'in' : 'both');
  }

  /** The frontier to expand next, or undefined when no path within maxHops can be found. */
  next(): { frontier: K[]; direction: Direction } | undefined {
    const { forward, backward } = this;
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return undefined;
    if (forward.depth + backward.depth >= this.maxHops) return undefined;
    this.growing =
      forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    return { frontier: this.growing[0].frontier, direction: this.growing[0].direction };
  }

  /** Takes the level fetched for next(); answers the path (from -> to) when the sides meet. */
  grow(steps: Iterable<Step<K>>): { nodes: K[]; links: K[] } | undefined {
    if (!this.growing) throw new Error('grow() before next()');
    const [side, other] = this.growing;
    side.depth += 1;
    const next: K[] = [];
    let meet: { node: K; length: number } | undefined;
    for (const [link, prev, node] of steps) {
      if (side.reached.has(node)) continue;
      side.reached.set(node, { prev, link, depth: side.depth });
      next.push(node);
      const there = other.reached.get(node);
      // The whole level is scanned before choosing, so the shortest meeting wins.
      if (there && (!meet || side.depth + there.depth < meet.length))
        meet = { node, length: side.depth + there.depth };
    }
    side.frontier = next;
    return meet ? this.stitch(meet.node) : undefined;
  }

  private stitch(meet: K): { nodes: K[]; links: K[] } {
    const nodes: K[] = [];
    const links: K[] = [];
    for (let at: K | undefined = meet; at !== undefined;) {
      nodes.unshift(at);
      const step = this.forward.reached.get(at);
      if (step?.link === undefined) break;
      links.unshift(step.link);
      at = step.prev;
    }
    for (let at: K | undefined = meet; at !== undefined;) {
      const step = this.backward.reached.get(at);
      if (step?.link === undefined || step.prev === undefined) break;
      links.push(step.link);
      nodes.push(step.prev);
      at = step.prev;
    }
    return { nodes, links };
  }
}
