import type { z } from 'zod';
import { ExpandWalk, type WalkStep } from '../../../../graph-schema/analysis/expand-walk';
import type { Direction, ExpandRequest, ExpandResult } from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import * as cypher from './cypher';
import { entityFromProperties, linkFromRow } from './records';
import type { Run } from './session';

type Request = z.output<typeof ExpandRequest>;

/** One link walked: its id, the entity walked from and the entity reached. */
export type Step = WalkStep<string>;

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
 * The shared expand walk (graph-schema/analysis/expand-walk.ts) in two statements: every
 * hop's steps at once (cypher.expandWalk), then the entities and links kept.
 */
export async function expand(run: Run, req: Request): Promise<ExpandResult> {
  const seeds = [...new Set(req.ids)];
  const rows = await run(cypher.expandWalk(req.hops, req.direction), {
    ids: seeds,
    ...filterParams({ linkTypes: req.linkTypes, entityTypes: req.entityTypes }),
  });
  // Ids that are no entity are never walked from or reached: counting them as seeds is harmless.
  const walk = new ExpandWalk(seeds, req.limit);
  // Hop by hop, as a level-per-hop walk would see them (a stable sort keeps each hop's order).
  const byHop = rows.map((row, i) => ({ hop: Number(row.hop), i, step: stepOf(row) }));
  byHop.sort((x, y) => x.hop - y.hop || x.i - y.i);
  for (const { step } of byHop) if (step) walk.take(step);
  const { entities, links, omitted } = walk.result();
  return { ...(await fetchWalked(run, entities, links)), omitted };
}
