import type { z } from 'zod';
import type { Direction, ExpandRequest, ExpandResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import * as cypher from './cypher';
import { entityFromProperties, linkFromRow } from './records';
import type { Run } from './session';

type Request = z.output<typeof ExpandRequest>;

/** One link walked: its id, the entity walked from and the entity reached. */
export type Step = [link: string, from: string, to: string];

export interface StepFilter {
  linkTypes?: readonly string[] | undefined;
  entityTypes?: readonly string[] | undefined;
}

/** Type filters travel as parameters (null for "all"), so no name enters the Cypher text. */
function filterParams(filter: StepFilter) {
  return {
    linkTypes: filter.linkTypes?.length ? filter.linkTypes : null,
    entityTypes: filter.entityTypes?.length ? filter.entityTypes : null,
  };
}

function stepOf(row: { link?: unknown; origin?: unknown; reached?: unknown }): Step | undefined {
  const { link, origin, reached } = row;
  return typeof link === 'string' && typeof origin === 'string' && typeof reached === 'string'
    ? [link, origin, reached]
    : undefined;
}

/** Neighbours of a whole frontier in one statement, never one per node. */
export async function steps(
  run: Run,
  ids: readonly string[],
  direction: Direction,
  filter: StepFilter,
): Promise<Step[]> {
  const rows = await run(cypher.stepsFrom(direction), { ids, ...filterParams(filter) });
  return rows.map(stepOf).filter((s): s is Step => s !== undefined);
}

/**
 * Entities by id in the order given, and links each with the two entities it was walked
 * between, in one statement (cypher.ENTITIES_AND_WALKED_LINKS). Unknown ids are left out.
 */
export async function fetchWalked(
  run: Run,
  entityIds: readonly string[],
  links: readonly Step[],
): Promise<{ entities: Entity[]; links: Link[] }> {
  const rows = await run(cypher.ENTITIES_AND_WALKED_LINKS, {
    ids: entityIds,
    links: links.map(([id, origin, reached]) => ({ id, origin, reached })),
  });
  const entities = new Map<string, Entity>();
  const found = new Map<string, Link>();
  for (const row of rows) {
    if (row.entity !== null && row.entity !== undefined) {
      const entity = entityFromProperties(row.entity);
      entities.set(entity.id, entity);
    } else {
      const link = linkFromRow(row);
      found.set(link.id, link);
    }
  }
  const pick = <T>(ids: Iterable<string>, byId: Map<string, T>): T[] =>
    [...ids].flatMap((id) => {
      const item = byId.get(id);
      return item === undefined ? [] : [item];
    });
  return { entities: pick(entityIds, entities), links: pick(new Set(links.map(([id]) => id)), found) };
}

/**
 * Breadth-first from the seeds, a level per hop, so the limit keeps the nearest: the same walk
 * as the case file's (sqlite/traverse.ts). It goes on past the limit to count what was left
 * out; links are kept only when both ends are seeds or returned entities. Two statements:
 * every hop's steps at once (cypher.expandWalk), then the entities and links kept.
 */
export async function expand(run: Run, req: Request): Promise<ExpandResult> {
  const seeds = [...new Set(req.ids)];
  const rows = await run(cypher.expandWalk(req.hops, req.direction), {
    ids: seeds,
    ...filterParams({ linkTypes: req.linkTypes, entityTypes: req.entityTypes }),
  });
  // Ids that are no entity are never walked from or reached: counting them as seeds is harmless.
  const rank = new Map<string, number>(seeds.map((id) => [id, -1]));
  const order: string[] = [];
  const kept = (id: string) => {
    const r = rank.get(id);
    return r !== undefined && r < req.limit;
  };
  const links = new Map<string, Step>();
  // Hop by hop, as a level-per-hop walk would see them (a stable sort keeps each hop's order).
  const byHop = rows.map((row, i) => ({ hop: Number(row.hop), i, step: stepOf(row) }));
  byHop.sort((x, y) => x.hop - y.hop || x.i - y.i);
  for (const { step } of byHop) {
    if (!step) continue;
    const [link, from, to] = step;
    if (!rank.has(to)) {
      rank.set(to, order.length);
      order.push(to);
    }
    if (kept(from) && kept(to) && !links.has(link)) links.set(link, step);
  }
  const returned = order.slice(0, req.limit);
  const found = await fetchWalked(run, returned, [...links.values()]);
  return { ...found, omitted: order.length - returned.length };
}
