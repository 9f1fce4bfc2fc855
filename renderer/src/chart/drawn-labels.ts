import type { Core } from 'cytoscape';
import { isOpenGroup } from './label-requests';

/** Cytoscape's `marginOfError` in its label bounds (2 px on each side in cytoscape 3.x). */
const LABEL_BOUNDS_MARGIN = 2;

/** A label as the renderer draws it now, in chart units. */
export interface DrawnLabel {
  id: string;
  kind: 'node' | 'link';
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Every label Cytoscape draws at the current zoom, with the box it measures for it: for the
 * browser tests (test-hook.ts), which check what the analyst sees rather than what was asked.
 */
export function drawnLabels(cy: Core): DrawnLabel[] {
  const zoom = cy.zoom();
  const out: DrawnLabel[] = [];
  cy.elements().forEach((ele) => {
    if (!ele.visible() || (ele.isNode() && isOpenGroup(ele))) return;
    const text = String(ele.style('label') ?? '');
    if (text.trim() === '') return;
    // Cytoscape skips a label smaller on screen than min-zoomed-font-size.
    const size = ele.numericStyle('font-size');
    if (size * zoom < ele.numericStyle('min-zoomed-font-size')) return;
    if (ele.numericStyle('text-opacity') === 0) return;
    const b = ele.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (!(b.w > 0)) return;
    // Cytoscape widens a label's bounds by a margin for browser text-measuring error; the
    // patch it paints is that much smaller on every side, and it is the patch a reader sees.
    const m = LABEL_BOUNDS_MARGIN;
    out.push({
      id: ele.id(),
      kind: ele.isNode() ? 'node' : 'link',
      text,
      box: { x1: b.x1 + m, y1: b.y1 + m, x2: b.x2 - m, y2: b.y2 - m },
    });
  });
  return out;
}
