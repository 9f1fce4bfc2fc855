import type { z } from 'zod';
import type { ExpandRequest, ExpandResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Rows } from './entity-rows';
import { Neighbours } from './neighbours';
import type { Statements } from './statements';

type Request = z.output<typeof ExpandRequest>;

/**
 * Breadth-first from the seeds, a level per hop, so the limit keeps the nearest. The walk
 * goes on past the limit to count what was left out; links are kept only when both ends
 * are seeds or returned entities.
 */
export function expand(sql: Statements, rows: Rows, req: Request): ExpandResult {
  const seeds = [...rows.ridsOf(req.ids).values()];
  const neighbours = new Neighbours(sql);
  // For every node reached: its rank in discovery order, or -1 for a seed.
  const rank = new Map<number, number>(seeds.map((rid) => [rid, -1]));
  const order: number[] = [];
  const kept = (rid: number) => {
    const r = rank.get(rid);
    return r !== undefined && r < req.limit;
  };
  const links = new Set<number>();
  const filter = { linkTypes: req.linkTypes, entityTypes: req.entityTypes };
  let frontier = seeds;
  for (let hop = 1; hop <= req.hops && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const [link, from, to] of neighbours.steps(frontier, req.direction, filter)) {
      if (!rank.has(to)) {
        rank.set(to, order.length);
        order.push(to);
        next.push(to);
      }
      if (kept(from) && kept(to)) links.add(link);
    }
    frontier = next;
  }
  const returned = order.slice(0, req.limit);
  const entityBodies = rows.entitiesByRid(returned);
  const linkBodies = rows.linksByRid([...links]);
  return {
    entities: returned.map((rid) => entityBodies.get(rid)).filter((e): e is Entity => e !== undefined),
    links: [...links].map((rid) => linkBodies.get(rid)).filter((l): l is Link => l !== undefined),
    omitted: order.length - returned.length,
  };
}
