import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { PathSource } from '../path-queries';
import type { Rows } from './entity-rows';
import { Neighbours } from './neighbours';
import type { Statements } from './statements';

/** The case file's side of the path queries (../path-queries.ts), keyed by row id. */
export function sqlitePathSource(
  sql: Statements,
  rows: Rows,
  read: <T>(work: () => T) => T,
): PathSource<number> {
  const neighbours = new Neighbours(sql);
  return {
    keys: async (ids) => read(() => rows.ridsOf(ids)),
    steps: async (frontier, linkTypes) =>
      read(() => neighbours.steps(frontier, 'both', linkTypes ? { linkTypes } : {})),
    links: async (rids): Promise<Link[]> => read(() => [...rows.linksByRid(rids).values()]),
    entities: async (ids): Promise<Entity[]> => read(() => rows.entitiesById(ids)),
  };
}
