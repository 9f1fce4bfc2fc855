import type { z } from 'zod';
import { ExpandWalk } from '../../../../graph-schema/analysis/expand-walk';
import type { ExpandRequest, ExpandResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Rows } from './entity-rows';
import { Neighbours } from './neighbours';
import type { Statements } from './statements';

type Request = z.output<typeof ExpandRequest>;

/** The shared expand walk (graph-schema/analysis/expand-walk.ts), a statement per level. */
export function expand(sql: Statements, rows: Rows, req: Request): ExpandResult {
  const seeds = [...rows.ridsOf(req.ids).values()];
  const neighbours = new Neighbours(sql);
  const walk = new ExpandWalk(seeds, req.limit);
  const filter = { linkTypes: req.linkTypes, entityTypes: req.entityTypes };
  let frontier = seeds;
  for (let hop = 1; hop <= req.hops && frontier.length > 0; hop++) {
    frontier = neighbours
      .steps(frontier, req.direction, filter)
      .flatMap((step) => (walk.take(step) ? [step[2]] : []));
  }
  const { entities, links, omitted } = walk.result();
  const entityBodies = rows.entitiesByRid(entities);
  const linkBodies = rows.linksByRid(links.map(([link]) => link));
  return {
    entities: entities.map((rid) => entityBodies.get(rid)).filter((e): e is Entity => e !== undefined),
    links: links.map(([rid]) => linkBodies.get(rid)).filter((l): l is Link => l !== undefined),
    omitted,
  };
}
