import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { SCREEN_NODE_FONT } from '../../../graph-schema/chart/label-layout';
import { GLYPH_WAIT_CLASS, LABEL_CLASSES } from './label-classes';
import { BULK_CLASS, NEAR_CLASS } from './looks';

/** Below this zoom Cytoscape draws no node labels (11px, min-zoomed-font-size 6). */
export const NODE_LABEL_MIN_ZOOM = 6 / SCREEN_NODE_FONT.size;

/** What the element's label says when drawn whole (a style's link label replaces the type's). */
export function labelText(ele: NodeSingular | EdgeSingular): string {
  const look: unknown = ele.isEdge() ? ele.data('lookLabel') : undefined;
  const text: unknown = look ?? ele.data('label');
  return typeof text === 'string' ? text : '';
}

/** A big chart's element whose label is not drawn here (level of detail, link-label-detail.ts). */
export const unlabelledBulk = (ele: NodeSingular | EdgeSingular) =>
  ele.hasClass(BULK_CLASS) && !ele.hasClass(NEAR_CLASS);

/** A label the chart does not draw now: a big chart's away from the view, or one waiting for its font. */
export const labelWithheld = (ele: NodeSingular | EdgeSingular) =>
  unlabelledBulk(ele) || ele.hasClass(GLYPH_WAIT_CLASS);

/**
 * The label's whole text as the chart container's tooltip while the pointer is on an element
 * whose label the chart shows shortened, hides, or draws too small to read.
 */
export function bindFullTextTooltip(cy: Core): void {
  const container = cy.container();
  if (!container) return;
  cy.on('mouseover', 'node, edge', (event: EventObject) => showFullText(container, event));
  cy.on('mouseout', 'node, edge', () => container.removeAttribute('title'));
}

function showFullText(container: HTMLElement, event: EventObject): void {
  const ele = event.target as NodeSingular | EdgeSingular;
  const full = labelText(ele);
  const cut = ele.hasClass(LABEL_CLASSES.short) || ele.hasClass(LABEL_CLASSES.off) || labelWithheld(ele);
  const tooSmall = ele.cy().zoom() < NODE_LABEL_MIN_ZOOM;
  if (full !== '' && (cut || tooSmall)) container.title = full;
  else container.removeAttribute('title');
}
