import type { Collection, Core } from 'cytoscape';
import { ENTITY_NODES, LINK_EDGES } from './decor';
import type { ChartSelection } from './types';

/** Entities and links only: groups, notes and rerouted lines are the chart's, not the case's. */
export function selectionOf(eles: Collection): ChartSelection {
  return {
    entities: eles.nodes(ENTITY_NODES).map((n) => n.id()),
    links: eles.edges(LINK_EDGES).map((e) => e.id()),
  };
}

export function currentSelection(cy: Core): ChartSelection {
  return selectionOf(cy.$(':selected'));
}

/** The chart elements named by a selection; ids not on the chart are skipped. */
export function elementsOf(cy: Core, ids: ChartSelection): Collection {
  const entities = new Set(ids.entities);
  const links = new Set(ids.links);
  // One pass over the chart: growing a collection id by id is quadratic.
  return cy.elements('[!decor]').filter((ele) => (ele.isNode() ? entities : links).has(ele.id()));
}

/** Order-insensitive key, to tell whether a selection really changed. */
export function selectionKey(ids: ChartSelection): string {
  return `${[...ids.entities].sort().join('\u0000')}\u0001${[...ids.links].sort().join('\u0000')}`;
}
