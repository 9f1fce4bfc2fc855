import type { z } from 'zod';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Direction, PathRequest, PathResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Rows } from './entity-rows';
import { Neighbours } from './neighbours';
import type { Statements } from './statements';

type Request = z.output<typeof PathRequest>;

/** How a side of the search reached a node: the node before it, the link used, the distance. */
interface Reached {
  prev: number;
  link: number;
  depth: number;
}

interface Side {
  reached: Map<number, Reached>;
  frontier: number[];
  depth: number;
  direction: Direction;
}

function startSide(rid: number, direction: Direction): Side {
  return {
    reached: new Map([[rid, { prev: -1, link: -1, depth: 0 }]]),
    frontier: [rid],
    depth: 0,
    direction,
  };
}

/**
 * Shortest path by bidirectional breadth-first search: each round grows the smaller frontier
 * by one level, so a hub on one side does not blow up the other. A directed search walks
 * links forwards from `from` and backwards from `to`.
 */
export function findPath(sql: Statements, rows: Rows, req: Request): PathResult {
  const ends = rows.ridsOf([req.from, req.to]);
  const from = ends.get(req.from);
  const to = ends.get(req.to);
  for (const [field, id, rid] of [
    ['from', req.from, from],
    ['to', req.to, to],
  ] as const) {
    if (rid === undefined) {
      throw new PlexusError('NOT_FOUND', `${field}: no entity with id ${id}`, [
        { field, message: `${field}: ${id} not found` },
      ]);
    }
  }
  if (from === undefined || to === undefined) return { found: false };
  if (from === to) return answer(rows, [from], []);

  const neighbours = new Neighbours(sql);
  const forward = startSide(from, req.directed ? 'out' : 'both');
  const backward = startSide(to, req.directed ? 'in' : 'both');
  const filter = { linkTypes: req.linkTypes };
  while (
    forward.frontier.length > 0 &&
    backward.frontier.length > 0 &&
    forward.depth + backward.depth < req.maxHops
  ) {
    const [side, other] =
      forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    side.depth += 1;
    const next: number[] = [];
    let meet: { node: number; length: number } | undefined;
    for (const [link, prev, node] of neighbours.steps(side.frontier, side.direction, filter)) {
      if (side.reached.has(node)) continue;
      side.reached.set(node, { prev, link, depth: side.depth });
      next.push(node);
      const there = other.reached.get(node);
      // The whole level is scanned before choosing, so the shortest meeting wins.
      if (there && (!meet || side.depth + there.depth < meet.length))
        meet = { node, length: side.depth + there.depth };
    }
    side.frontier = next;
    if (meet) return answer(rows, ...stitch(forward, backward, meet.node));
  }
  return { found: false };
}

/** The entity and link row ids from `from` to `to` through the meeting node. */
function stitch(forward: Side, backward: Side, meet: number): [number[], number[]] {
  const nodes: number[] = [];
  const links: number[] = [];
  for (let at = meet; ;) {
    nodes.unshift(at);
    const step = forward.reached.get(at);
    if (!step || step.prev < 0) break;
    links.unshift(step.link);
    at = step.prev;
  }
  for (let at = meet; ;) {
    const step = backward.reached.get(at);
    if (!step || step.prev < 0) break;
    links.push(step.link);
    nodes.push(step.prev);
    at = step.prev;
  }
  return [nodes, links];
}

function answer(rows: Rows, nodeRids: number[], linkRids: number[]): PathResult {
  const entityBodies = rows.entitiesByRid(nodeRids);
  const linkBodies = rows.linksByRid(linkRids);
  const entities = nodeRids.map((rid) => entityBodies.get(rid)).filter((e): e is Entity => e !== undefined);
  const links = linkRids.map((rid) => linkBodies.get(rid)).filter((l): l is Link => l !== undefined);
  return {
    found: true,
    length: links.length,
    entityIds: entities.map((e) => e.id),
    linkIds: links.map((l) => l.id),
    entities,
    links,
  };
}
