import type { Direction } from '../../../../graph-schema/model/queries';
import { IN_LIST, chunks, type Statements } from './statements';

/** One link walked: its row id, the node walked from and the node reached. */
export type Step = [link: number, from: number, to: number];

export interface NeighbourFilter {
  linkTypes?: readonly string[];
  /** Only reach entities of these types. */
  entityTypes?: readonly string[];
}

const CHUNK = 1000;

/**
 * Batched neighbour look-ups on the covering indexes links_out / links_in: one query per
 * chunk of nodes, never one per node, and no record body read unless entity types filter.
 */
export class Neighbours {
  constructor(private readonly sql: Statements) {}

  steps(nodes: readonly number[], direction: Direction, filter: NeighbourFilter = {}): Step[] {
    const out: Step[] = [];
    const linkTypes = filter.linkTypes?.length ? JSON.stringify(filter.linkTypes) : undefined;
    const entityTypes = filter.entityTypes?.length ? JSON.stringify(filter.entityTypes) : undefined;
    const ends: ['source' | 'target', 'source' | 'target'][] = [];
    if (direction !== 'in') ends.push(['source', 'target']);
    if (direction !== 'out') ends.push(['target', 'source']);
    for (const part of chunks(nodes, CHUNK)) {
      const json = JSON.stringify(part);
      for (const [from, to] of ends) {
        const params: string[] = [json];
        let query = `SELECT l.rid, l.${from}, l.${to} FROM links l WHERE l.${from} IN ${IN_LIST}`;
        if (linkTypes) {
          query += ` AND l.type IN ${IN_LIST}`;
          params.push(linkTypes);
        }
        if (entityTypes) {
          query += ` AND (SELECT e.type FROM entities e WHERE e.rid = l.${to}) IN ${IN_LIST}`;
          params.push(entityTypes);
        }
        const rows = this.sql
          .get(query)
          .raw()
          .all(...params) as Step[];
        for (const row of rows) out.push(row);
      }
    }
    return out;
  }
}
