import type { z } from 'zod';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { PathRequest, PathResult } from '../../../../graph-schema/model/queries';
import { BidirectionalSearch } from '../../../../graph-schema/analysis/shortest-path';
import type { Rows } from './rows';
import type { Run } from './session';
import { fetchWalked, steps, type Step } from './traverse';

type Request = z.output<typeof PathRequest>;

/**
 * Shortest path by the search both stores share (graph-schema/analysis/shortest-path.ts), a query per level:
 * the same answer on both stores, including which of equal-length paths and the link-type
 * filter, where Cypher's shortestPath would pick its own.
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
  if (req.from === req.to) return answer(run, [req.from], []);

  const filter = { linkTypes: req.linkTypes };
  const search = new BidirectionalSearch(req.from, req.to, req.directed, req.maxHops);
  for (let level = search.next(); level; level = search.next()) {
    const path = search.grow(await steps(run, level.frontier, level.direction, filter));
    if (path) return answer(run, path.nodes, path.links);
  }
  return { found: false };
}

/** The path's entities and links in one statement: link i joins node i and node i + 1. */
async function answer(run: Run, nodeIds: string[], linkIds: string[]): Promise<PathResult> {
  const walked = linkIds.map((id, i): Step => [id, nodeIds[i] ?? '', nodeIds[i + 1] ?? '']);
  const { entities, links } = await fetchWalked(run, nodeIds, walked);
  return {
    found: true,
    length: links.length,
    entityIds: entities.map((e) => e.id),
    linkIds: links.map((l) => l.id),
    entities,
    links,
  };
}
