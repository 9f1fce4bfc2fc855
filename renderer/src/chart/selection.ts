import type { Collection, Core } from 'cytoscape';
import { ENTITY_NODES, LINK_EDGES } from './decor';
import { MERGED_DECOR } from './looks';
import type { ChartSelection } from './types';

const MERGED_EDGES = `edge[decor = "${MERGED_DECOR}"]`;

/** The link ids a merged line stands for. */
function membersOf(edge: { data(key: string): unknown }): string[] {
  const members: unknown = edge.data('members');
  return Array.isArray(members) ? members.filter((m): m is string => typeof m === 'string') : [];
}

/**
 * Entities and links only: groups, notes and rerouted lines are the chart's, not the case's.
 * A merged line of parallel links stands for its members.
 */
export function selectionOf(eles: Collection): ChartSelection {
  const links = new Set(eles.edges(LINK_EDGES).map((e) => e.id()));
  eles.edges(MERGED_EDGES).forEach((e) => membersOf(e).forEach((id) => links.add(id)));
  return {
    entities: eles.nodes(ENTITY_NODES).map((n) => n.id()),
    links: [...links],
  };
}

/**
 * What is selected on the chart. A filter function, not the ':selected' selector: Cytoscape's
 * selector engine costs several times more per element (0.1 to 0.5 s over the 60,000
 * elements of a 10,000-entity chart, on each open and each selection set).
 */
export function selectedElements(cy: Core): Collection {
  return cy.filter((ele) => ele.selected());
}

export function currentSelection(cy: Core): ChartSelection {
  return selectionOf(selectedElements(cy));
}

/** The chart elements named by a selection; ids not on the chart are skipped. */
export function elementsOf(cy: Core, ids: ChartSelection): Collection {
  // Nothing named (a chart just opened): no pass over the chart.
  if (ids.entities.length === 0 && ids.links.length === 0) return cy.collection();
  const entities = new Set(ids.entities);
  const links = new Set(ids.links);
  // One pass over the chart: growing a collection id by id is quadratic.
  const items = cy.elements('[!decor]').filter((ele) => (ele.isNode() ? entities : links).has(ele.id()));
  // A merged line shows (selected, highlighted) when any link it stands for is named.
  const merged = cy.edges(MERGED_EDGES).filter((e) => membersOf(e).some((id) => links.has(id)));
  return items.union(merged);
}

/** Order-insensitive key, to tell whether a selection really changed. */
export function selectionKey(ids: ChartSelection): string {
  return `${[...ids.entities].sort().join('\u0000')}\u0001${[...ids.links].sort().join('\u0000')}`;
}
