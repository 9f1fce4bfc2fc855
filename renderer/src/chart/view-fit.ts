import type { Collection, Core, NodeCollection } from 'cytoscape';

/** The closest a fit zooms in: beyond it a chart of two or three nodes fills the screen. */
export const FIT_MAX_ZOOM = 1.25;
/** The margin a fit leaves around the chart, in pixels. */
export const FIT_PADDING = 40;

/** Fits, but never magnifies a small chart past a readable zoom: one node should not fill the screen. */
export function fitReadable(cy: Core, eles: Collection | NodeCollection): void {
  cy.fit(eles, FIT_PADDING);
  if (cy.zoom() > FIT_MAX_ZOOM) {
    cy.zoom(FIT_MAX_ZOOM);
    cy.center(eles);
  }
}

/** The middle of what the view shows, in chart units. */
export function viewCentre(cy: Core): { x: number; y: number } {
  const view = cy.extent();
  return { x: (view.x1 + view.x2) / 2, y: (view.y1 + view.y2) / 2 };
}

/** The middle of the nodes' bounding box, labels left out. */
export function nodesCentre(nodes: NodeCollection): { x: number; y: number } {
  const box = nodes.boundingBox({ includeLabels: false });
  return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
}
