import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import {
  labelBelow,
  translateRect,
  type Body,
  type Rect,
  type Segment,
} from '../../../graph-schema/chart/geometry';

/**
 * The chart as geometry.ts sees it: every node drawn, as a disc or a box with its label box,
 * and every line drawn, as a straight segment between centres. Group boxes that are open
 * (compound nodes) are containers, not bodies: their members are.
 */

const isOpenGroup = (n: NodeSingular) => n.data('decor') === 'group' && !n.hasClass('collapsed');

/** Drawn now: not hidden, not folded into a collapsed group, not an open group box. */
export function drawnNodes(cy: Core): NodeSingular[] {
  return cy
    .nodes()
    .toArray()
    .filter((n) => !isOpenGroup(n) && !n.hasClass('hidden-item') && !n.hasClass('in-collapsed'));
}

/** The label's box relative to the node's centre: measured by the renderer where there is one. */
function labelOffset(node: NodeSingular): Rect | null {
  const text: unknown = node.data('label');
  if (typeof text !== 'string' || text.trim() === '') return null;
  const at = node.position();
  // Headless (tests, workers) nothing measures text: the estimate stands in.
  if (node.cy().container()) {
    // Labels only: the renderer's own measure of the text at zoom 1, in chart units.
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
    if (box.w > 0 && Number.isFinite(box.x1)) return translateRect(box, -at.x, -at.y);
  }
  return labelBelow({ x: 0, y: 0 }, node.outerHeight(), text);
}

/** A node as a body at a given centre (its own position by default). */
export function bodyOf(node: NodeSingular, at: Position = node.position()): Body {
  const halfW = node.outerWidth() / 2;
  const halfH = node.outerHeight() / 2;
  const kind: unknown = node.data('decor');
  // Notes and collapsed groups are boxes; their text is inside (notes) or below (groups).
  const boxed = kind === 'note' || kind === 'group';
  const offset = kind === 'note' ? null : labelOffset(node);
  return {
    id: node.id(),
    x: at.x,
    y: at.y,
    radius: Math.max(halfW, halfH),
    ...(boxed ? { box: { x1: at.x - halfW, y1: at.y - halfH, x2: at.x + halfW, y2: at.y + halfH } } : {}),
    label: offset ? translateRect(offset, at.x, at.y) : null,
  };
}

/** Moves a body (and its box and label) to a new centre. */
export function bodyAt(body: Body, at: Position): Body {
  const dx = at.x - body.x;
  const dy = at.y - body.y;
  return {
    ...body,
    x: at.x,
    y: at.y,
    ...(body.box ? { box: translateRect(body.box, dx, dy) } : {}),
    label: body.label ? translateRect(body.label, dx, dy) : null,
  };
}

export function segmentOf(edge: EdgeSingular): Segment {
  return { id: edge.id(), source: edge.source().id(), target: edge.target().id() };
}

/** Every drawn line between drawn nodes (links, rerouted group links, callouts). */
export function drawnSegments(cy: Core, drawn: ReadonlySet<string>): Segment[] {
  return cy
    .edges()
    .toArray()
    .filter((e) => !e.hasClass('hidden-item') && drawn.has(e.source().id()) && drawn.has(e.target().id()))
    .map(segmentOf);
}

/** The whole drawing, for checks (tests, and the e2e hook). */
export function chartGeometry(cy: Core): { bodies: Body[]; links: Segment[] } {
  const nodes = drawnNodes(cy);
  const bodies = nodes.map((n) => bodyOf(n));
  return { bodies, links: drawnSegments(cy, new Set(bodies.map((b) => b.id))) };
}
