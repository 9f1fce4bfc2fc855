import { TakeOfflineRequest, type TakeOfflineResult } from '../../../graph-schema/contract/transfer';
import { PlexusError, placesFromZod, validationError } from '../../../graph-schema/model/errors';
import type { Items } from '../../../graph-schema/model/queries';
import type { Entity } from '../../../graph-schema/model/records';
import type { GraphStore } from '../store/graph-store';
import { removeCaseFile } from '../store/sqlite/index';
import { copyChartsAndMarking } from './offline-charts';
import { ORIGIN_KEY, versionsOf, type Origin } from './origin';

/** The most a case taken offline may hold: expand's own ceiling, and a case an analyst can still work. */
export const MAX_OFFLINE_ENTITIES = 50_000;

export interface TakeOfflineOptions {
  now?: () => Date;
  /** Removes a half-made case; the case file's own removal unless a caller made something else. */
  removeCase?: (path: string) => Promise<void>;
  /** Tests lower it; the default is MAX_OFFLINE_ENTITIES. */
  maxEntities?: number;
}

/**
 * Copies the seeds, everything within `hops` of them and every link among all of that, with
 * every field and the audit fields as they are, into a new case made by `createCase`. The
 * new case remembers where it came from and each item's version (its origin), so a later
 * publish can tell local edits from edits made on the source meanwhile. Works from any
 * store; on any failure the new case is removed again.
 */
export async function takeOffline(
  source: GraphStore,
  request: { ids: string[]; hops: number; path: string },
  createCase: (path: string) => Promise<GraphStore>,
  options: TakeOfflineOptions = {},
): Promise<TakeOfflineResult> {
  const parsed = TakeOfflineRequest.safeParse(request);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error));
  const { ids, hops, path } = parsed.data;
  const items = await collect(source, [...new Set(ids)], hops, options.maxEntities ?? MAX_OFFLINE_ENTITIES);
  const origin: Origin = {
    kind: source.kind,
    location: source.location,
    name: source.name,
    takenAt: (options.now ?? (() => new Date()))().toISOString(),
    base: { entities: versionsOf(items.entities), links: versionsOf(items.links) },
  };

  const target = await createCase(path);
  let done = false;
  try {
    await target.restore(items);
    await target.writeMeta(ORIGIN_KEY, origin);
    await copyChartsAndMarking(source, target, items);
    done = true;
    return { path: target.location, entities: items.entities.length, links: items.links.length };
  } finally {
    await target.close();
    if (!done) await (options.removeCase ?? removeCaseFile)(target.location);
  }
}

async function collect(source: GraphStore, ids: string[], hops: number, max: number): Promise<Items> {
  const seeds = await source.getEntities(ids);
  if (seeds.length < ids.length) {
    const found = new Set(seeds.map((e) => e.id));
    const missing = ids.filter((id) => !found.has(id));
    const shown =
      missing.slice(0, 5).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
    throw new PlexusError(
      'NOT_FOUND',
      `${source.name}: no entity with id ${shown}`,
      missing.map((id) => ({ field: 'ids', message: `ids: ${id} not found` })),
    );
  }
  const tooMany = () =>
    new PlexusError(
      'VALIDATION',
      `${hops} hops around ${seeds.length} entities reach more than ${max} entities: choose fewer entities or hops`,
      [{ field: 'hops', rule: 'max', message: `hops: reaches more than ${max} entities` }],
    );
  if (seeds.length > max) throw tooMany();

  let reached: Entity[] = [];
  if (hops > 0) {
    // One expand with the whole allowance as its limit: anything it leaves out means the
    // subgraph is over the allowance, refused rather than silently cut.
    const result = await source.expand({
      ids,
      hops,
      direction: 'both',
      limit: Math.max(1, max - seeds.length),
    });
    if (result.omitted > 0) throw tooMany();
    reached = result.entities;
  }
  const entities = [...seeds, ...reached];
  if (entities.length > max) throw tooMany();
  const links = await source.linksAmong(entities.map((e) => e.id));
  return { entities, links };
}
