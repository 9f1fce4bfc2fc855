import type { z } from 'zod';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { PathRequest, PathResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import { BidirectionalSearch } from '../../../../graph-schema/analysis/shortest-path';
import type { Rows } from './entity-rows';
import { Neighbours } from './neighbours';
import type { Statements } from './statements';

type Request = z.output<typeof PathRequest>;

/** Shortest path (graph-schema/analysis/shortest-path.ts) over the case file's neighbour index, by row id. */
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
  const filter = { linkTypes: req.linkTypes };
  const search = new BidirectionalSearch(from, to, req.directed, req.maxHops);
  for (let level = search.next(); level; level = search.next()) {
    const path = search.grow(neighbours.steps(level.frontier, level.direction, filter));
    if (path) return answer(rows, path.nodes, path.links);
  }
  return { found: false };
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
