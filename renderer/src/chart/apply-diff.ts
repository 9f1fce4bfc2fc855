import type { Core, ElementDefinition, NodeCollection } from 'cytoscape';
import { DATA_CLASSES, edgeClasses, edgeData, edgeDefinition, nodeData, nodeDefinition } from './elements';
import type { ChartDiff } from './types';

const DATA_CLASS_LIST = DATA_CLASSES.join(' ');

/**
 * Writes a diff into the chart and returns the nodes it added (still at the origin; the
 * caller places them). New elements are added with one cy.add each for nodes and edges:
 * per-element adds rebuild indexes every time and make a 10,000-node open crawl.
 * Call inside cy.batch().
 */
export function applyDiff(
  cy: Core,
  diff: ChartDiff,
  isDirected: (linkType: string) => boolean,
): NodeCollection {
  for (const id of diff.removeLinkIds) cy.getElementById(id).remove();
  for (const id of diff.removeEntityIds) cy.getElementById(id).remove();

  const newNodes: ElementDefinition[] = [];
  const newNodeIds = new Set<string>();
  for (const entity of [...diff.addEntities, ...diff.updateEntities]) {
    const node = cy.getElementById(entity.id);
    if (node.nonempty()) node.data(nodeData(entity));
    else if (!newNodeIds.has(entity.id)) {
      newNodeIds.add(entity.id);
      newNodes.push(nodeDefinition(entity));
    }
  }
  const added = cy.add(newNodes).nodes();

  const newEdges: ElementDefinition[] = [];
  const newEdgeIds = new Set<string>();
  for (const link of [...diff.addLinks, ...diff.updateLinks]) {
    // A link is drawn only between entities on the chart.
    if (cy.getElementById(link.source).empty() || cy.getElementById(link.target).empty()) continue;
    const directed = isDirected(link.type);
    const edge = cy.getElementById(link.id);
    if (edge.empty()) {
      if (!newEdgeIds.has(link.id)) {
        newEdgeIds.add(link.id);
        newEdges.push(edgeDefinition(link, directed));
      }
      continue;
    }
    if (edge.source().id() !== link.source || edge.target().id() !== link.target) {
      edge.move({ source: link.source, target: link.target });
    }
    const data = edgeData(link, directed);
    edge.data(data);
    // Only the data-derived classes change; highlight classes stay.
    edge.removeClass(DATA_CLASS_LIST).addClass(edgeClasses(data));
  }
  cy.add(newEdges);
  return added;
}
