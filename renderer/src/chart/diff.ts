import type { ChartContent, ChartDiff } from './types';

/**
 * What changed between two chart contents. Records are immutable in the store, so a
 * different object under the same id is an update; comparing references keeps this O(n).
 * Own-property checks, because ids are user data and may be "constructor" or "__proto__".
 */
export function chartDiff(prev: ChartContent, next: ChartContent): ChartDiff {
  const diff: ChartDiff = {
    addEntities: [],
    updateEntities: [],
    removeEntityIds: [],
    addLinks: [],
    updateLinks: [],
    removeLinkIds: [],
  };
  for (const [id, entity] of Object.entries(next.entities)) {
    const before = Object.hasOwn(prev.entities, id) ? prev.entities[id] : undefined;
    if (!before) diff.addEntities.push(entity);
    else if (before !== entity) diff.updateEntities.push(entity);
  }
  for (const id of Object.keys(prev.entities)) {
    if (!Object.hasOwn(next.entities, id)) diff.removeEntityIds.push(id);
  }
  for (const [id, link] of Object.entries(next.links)) {
    const before = Object.hasOwn(prev.links, id) ? prev.links[id] : undefined;
    if (!before) diff.addLinks.push(link);
    else if (before !== link) diff.updateLinks.push(link);
  }
  for (const id of Object.keys(prev.links)) {
    if (!Object.hasOwn(next.links, id)) diff.removeLinkIds.push(id);
  }
  return diff;
}

export function isEmptyDiff(diff: ChartDiff): boolean {
  return (
    diff.addEntities.length === 0 &&
    diff.updateEntities.length === 0 &&
    diff.removeEntityIds.length === 0 &&
    diff.addLinks.length === 0 &&
    diff.updateLinks.length === 0 &&
    diff.removeLinkIds.length === 0
  );
}
