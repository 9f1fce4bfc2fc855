import type { PathSource } from '../path-queries';
import type { Rows } from './rows';
import type { Run } from './session';
import { steps } from './traverse';

/**
 * The server's side of the path queries (../path-queries.ts), keyed by entity id: a statement
 * per level of the walk, the searches themselves shared with the case file, so both stores
 * give the same paths (Cypher's SHORTEST k would rank equal-length paths its own way).
 */
export function neo4jPathSource(run: Run, rows: Rows): PathSource<string> {
  return {
    keys: async (ids) => {
      const known = await rows.entityTypes(ids);
      return new Map([...known.keys()].map((id) => [id, id]));
    },
    steps: (frontier, linkTypes) => steps(run, frontier, 'both', { linkTypes }),
    links: (ids) => rows.links(ids),
    entities: (ids) => rows.entities(ids),
  };
}
