import type { Core, EdgeSingular, NodeSingular, Position } from 'cytoscape';
import {
  labelBelow,
  translateRect,
  type Body,
  type Point,
  type Rect,
  type Segment,
} from '../../../graph-schema/chart/geometry';
import { alongLine, pairControls } from '../../../graph-schema/chart/link-routes';
import { pairKey } from '../../../graph-schema/chart/parallel-links';

/**
 * The chart as geometry.ts sees it: every node drawn, as a disc or a box with its label box,
 * and every line drawn, as a line between centres: straight, bowed apart from its parallels
 * as Cytoscape's bezier edges are, or bent round a node (link-routes.ts). Group boxes that
 * are open (compound nodes) are containers, not bodies: their members are.
 */

/**
 * Where an edge bent round a node keeps its control point, set by link-routes.ts: as weight
 * and offset against its own ends, as its style bypass draws it, so it follows a dragged end.
 */
export const BEND_SCRATCH = '_plexusBend';

/** A bent edge's control point in chart units, where it is drawn now. */
export function bendOf(edge: EdgeSingular): Point | undefined {
  const bend: unknown = edge.scratch(BEND_SCRATCH);
  if (!bend || typeof bend !== 'object' || !('weight' in bend) || !('offset' in bend)) return undefined;
  const { weight, offset } = bend as { weight: number; offset: number };
  return alongLine(edge.source().position(), edge.target().position(), weight, offset);
}

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
export function bodyOf(node: NodeSingular, at: Position = node.position(), withLabel = true): Body {
  const halfW = node.outerWidth() / 2;
  const halfH = node.outerHeight() / 2;
  const kind: unknown = node.data('decor');
  // Notes and collapsed groups are boxes; their text is inside (notes) or below (groups).
  const boxed = kind === 'note' || kind === 'group';
  const offset = kind === 'note' || !withLabel ? null : labelOffset(node);
  return {
    id: node.id(),
    x: at.x,
    y: at.y,
    radius: Math.max(halfW, halfH),
    ...(boxed ? { box: { x1: at.x - halfW, y1: at.y - halfH, x2: at.x + halfW, y2: at.y + halfH } } : {}),
    label: offset ? translateRect(offset, at.x, at.y) : null,
  };
}

/** A node's shape alone, without measuring its label: what a line must not pass (link-routes.ts). */
export function shapeOf(node: NodeSingular): Body {
  return bodyOf(node, node.position(), false);
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
  const edges = cy
    .edges()
    .toArray()
    .filter((e) => !e.hasClass('hidden-item') && drawn.has(e.source().id()) && drawn.has(e.target().id()));
  // Parallel lines of one pair bow apart (the stylesheet's bezier edges); haystack lines do not.
  const perPair = new Map<string, EdgeSingular[]>();
  for (const e of edges) {
    if (String(e.style('curve-style')) === 'haystack' && !bendOf(e)) continue;
    const key = pairKey(e.source().id(), e.target().id());
    perPair.set(key, [...(perPair.get(key) ?? []), e]);
  }
  const bowed = new Map<string, Point>();
  for (const list of perPair.values()) {
    const first = list[0];
    if (!first || (list.length < 2 && !bendOf(first))) continue;
    const [a, b] = [first.source(), first.target()].sort((m, n) => (m.id() < n.id() ? -1 : 1));
    if (!a || !b) continue;
    const sorted = [...list].sort((m, n) => (m.id() < n.id() ? -1 : 1));
    const controls = pairControls(a.position(), b.position(), null, sorted.length);
    sorted.forEach((e, i) => {
      const control = bendOf(e) ?? controls[i];
      if (control) bowed.set(e.id(), control);
    });
  }
  return edges.map((e) => {
    const control = bowed.get(e.id());
    return control ? { ...segmentOf(e), control } : segmentOf(e);
  });
}

/** The whole drawing, for checks (tests, and the e2e hook). */
export function chartGeometry(cy: Core): { bodies: Body[]; links: Segment[] } {
  const nodes = drawnNodes(cy);
  const bodies = nodes.map((n) => bodyOf(n));
  return { bodies, links: drawnSegments(cy, new Set(bodies.map((b) => b.id))) };
}
