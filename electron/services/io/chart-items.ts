import type { Entity, Link } from '../../../graph-schema/model/records';
import type { GraphStore } from '../store/graph-store';

/** The items on one chart, by id: an export of "what is on the chart" writes only these. */
export interface ItemIds {
  entities: readonly string[];
  links: readonly string[];
}

async function* inBatches<T>(
  ids: readonly string[],
  batchSize: number,
  read: (ids: readonly string[]) => Promise<T[]>,
): AsyncIterable<T[]> {
  for (let at = 0; at < ids.length; at += batchSize) {
    const found = await read(ids.slice(at, at + batchSize));
    if (found.length > 0) yield found;
  }
}

/**
 * The store seen through a chart: scans yield only the chart's items, so every exporter
 * (which reads through scanEntities/scanLinks) writes the chart's data unchanged. Links
 * whose ends are not both listed are left out: a file must not name entities it lacks.
 */
export function chartItemsView(store: GraphStore, ids: ItemIds): GraphStore {
  const entityIds = [...new Set(ids.entities)];
  const wanted = new Set(entityIds);
  const linkIds = [...new Set(ids.links)];
  const view: Pick<GraphStore, 'scanEntities' | 'scanLinks'> = {
    scanEntities: (batchSize = 1000) =>
      inBatches<Entity>(entityIds, batchSize, (batch) => store.getEntities(batch)),
    scanLinks: (batchSize = 1000) =>
      inBatches<Link>(linkIds, batchSize, async (batch) =>
        (await store.getLinks(batch)).filter((l) => wanted.has(l.source) && wanted.has(l.target)),
      ),
  };
  // Everything else (kind, name, schema version...) is the store's own.
  return Object.assign(Object.create(store) as GraphStore, view);
}
