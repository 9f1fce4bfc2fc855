import type { z } from 'zod';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Direction, PathRequest, PathResult } from '../../../../graph-schema/model/queries';
import type { Rows } from './rows';
import type { Run } from './session';
import { steps } from './traverse';

type Request = z.output<typeof PathRequest>;

interface Reached {
  prev: string | undefined;
  link: string | undefined;
  depth: number;
}

interface Side {
  reached: Map<string, Reached>;
  frontier: string[];
  depth: number;
  direction: Direction;
}

function startSide(id: string, direction: Direction): Side {
  return {
    reached: new Map([[id, { prev: undefined, link: undefined, depth: 0 }]]),
    frontier: [id],
    depth: 0,
    direction,
  };
}

/**
 * Shortest path by the case file's bidirectional breadth-first search (sqlite/path.ts), a
 * query per level: the same answer on both stores, including which of equal-length paths
 * and the link-type filter, where Cypher's shortestPath would pick its own.
 */
export async function findPath(run: Run, rows: Rows, req: Request): Promise<PathResult> {
  const known = await rows.entityTypes([req.from, req.to]);
  for (const [field, id] of [
    ['from', req.from],
    ['to', req.to],
  ] as const) {
    if (!known.has(id)) {
      throw new PlexusError('NOT_FOUND', `${field}: no entity with id ${id}`, [
        { field, message: `${field}: ${id} not found` },
      ]);
    }
  }
  if (req.from === req.to) return answer(rows, [req.from], []);

  const forward = startSide(req.from, req.directed ? 'out' : 'both');
  const backward = startSide(req.to, req.directed ? 'in' : 'both');
  const filter = { linkTypes: req.linkTypes };
  while (
    forward.frontier.length > 0 &&
    backward.frontier.length > 0 &&
    forward.depth + backward.depth < req.maxHops
  ) {
    const [side, other] =
      forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    side.depth += 1;
    const next: string[] = [];
    let meet: { node: string; length: number } | undefined;
    for (const [link, prev, node] of await steps(run, side.frontier, side.direction, filter)) {
      if (side.reached.has(node)) continue;
      side.reached.set(node, { prev, link, depth: side.depth });
      next.push(node);
      const there = other.reached.get(node);
      if (there && (!meet || side.depth + there.depth < meet.length))
        meet = { node, length: side.depth + there.depth };
    }
    side.frontier = next;
    if (meet) return answer(rows, ...stitch(forward, backward, meet.node));
  }
  return { found: false };
}

function stitch(forward: Side, backward: Side, meet: string): [string[], string[]] {
  const nodes: string[] = [];
  const links: string[] = [];
  for (let at: string | undefined = meet; at !== undefined;) {
    nodes.unshift(at);
    const step = forward.reached.get(at);
    if (step?.link === undefined) break;
    links.unshift(step.link);
    at = step.prev;
  }
  for (let at: string | undefined = meet; at !== undefined;) {
    const step = backward.reached.get(at);
    if (step?.link === undefined || step.prev === undefined) break;
    links.push(step.link);
    nodes.push(step.prev);
    at = step.prev;
  }
  return [nodes, links];
}

async function answer(rows: Rows, nodeIds: string[], linkIds: string[]): Promise<PathResult> {
  const entities = await rows.entities(nodeIds);
  const links = await rows.links(linkIds);
  return {
    found: true,
    length: links.length,
    entityIds: entities.map((e) => e.id),
    linkIds: links.map((l) => l.id),
    entities,
    links,
  };
}
