import type { z } from 'zod';
import type { Direction, ExpandRequest, ExpandResult } from '../../../../graph-schema/model/queries';
import * as cypher from './cypher';
import type { Rows } from './rows';
import type { Run } from './session';

type Request = z.output<typeof ExpandRequest>;

/** One link walked: its id, the entity walked from and the entity reached. */
export type Step = [link: string, from: string, to: string];

export interface StepFilter {
  linkTypes?: readonly string[] | undefined;
  entityTypes?: readonly string[] | undefined;
}

/**
 * Neighbours of a whole frontier in one query per direction, never one per node. Type
 * filters travel as parameters (null for "all"), so no name enters the Cypher text.
 */
export async function steps(
  run: Run,
  ids: readonly string[],
  direction: Direction,
  filter: StepFilter,
): Promise<Step[]> {
  const params = {
    ids,
    linkTypes: filter.linkTypes?.length ? filter.linkTypes : null,
    entityTypes: filter.entityTypes?.length ? filter.entityTypes : null,
  };
  const out: Step[] = [];
  const statements = [
    ...(direction !== 'in' ? [cypher.STEPS_OUT] : []),
    ...(direction !== 'out' ? [cypher.STEPS_IN] : []),
  ];
  for (const statement of statements) {
    for (const row of await run(statement, params)) {
      if (typeof row.link === 'string' && typeof row.origin === 'string' && typeof row.reached === 'string') {
        out.push([row.link, row.origin, row.reached]);
      }
    }
  }
  return out;
}

/**
 * Breadth-first from the seeds, a level per hop, so the limit keeps the nearest: the same walk
 * as the case file's (sqlite/traverse.ts). It goes on past the limit to count what was left
 * out; links are kept only when both ends are seeds or returned entities.
 */
export async function expand(run: Run, rows: Rows, req: Request): Promise<ExpandResult> {
  const seeds = [...(await rows.entityTypes(req.ids)).keys()];
  const rank = new Map<string, number>(seeds.map((id) => [id, -1]));
  const order: string[] = [];
  const kept = (id: string) => {
    const r = rank.get(id);
    return r !== undefined && r < req.limit;
  };
  const links = new Set<string>();
  const filter = { linkTypes: req.linkTypes, entityTypes: req.entityTypes };
  let frontier = seeds;
  for (let hop = 1; hop <= req.hops && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const [link, from, to] of await steps(run, frontier, req.direction, filter)) {
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
  return {
    entities: await rows.entities(returned),
    links: await rows.links([...links]),
    omitted: order.length - returned.length,
  };
}
