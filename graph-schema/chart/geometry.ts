import { LINE_HEIGHT, type Measure } from './display-list';
import { approximateMeasure, ellipsize } from './text-wrap';

/**
 * The geometry that decides whether a chart reads honestly: a line passing through a node
 * reads as a link to it, nodes on top of each other read as one, a label printed over
 * another reads as neither. Placement (renderer/src/chart) uses these rules to choose free
 * spots, and the tests use the same rules to check every placement and layout. Pure
 * functions in chart units (zoom 1), no Cytoscape.
 */

export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box by its corners. */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A node as drawn: a disc (entities) or a box (collapsed groups, notes), and its label. */
export interface Body {
  id: string;
  x: number;
  y: number;
  /** Half the drawn width (border included) of a disc; for a box, half its larger side. */
  radius: number;
  /** A box-shaped node's extent; absent for a disc. */
  box?: Rect;
  /** The label's box at zoom 1, or null for no label. */
  label: Rect | null;
}

/**
 * A link as a line between the centres of its two ends: straight, or a quadratic curve with
 * `control` as its control point (parallel links bowed apart, a link bent round a node).
 */
export interface Segment {
  id: string;
  source: string;
  target: string;
  control?: Point;
}

/** How much room the rules ask for. Placement asks for a little more than the tests check. */
export interface Clearance {
  /** Free space between two nodes, as a fraction of the smaller one's radius. */
  nodeGap: number;
  /** Free space between a node's edge and a link it is not an end of. */
  linkGap: number;
  /** Free space around a label box. */
  labelGap: number;
}

/** The rules as the issue states them: a node's radius between nodes, a small gap to lines. */
export const CHECKED: Clearance = { nodeGap: 1, linkGap: 6, labelGap: 0 };

export function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/** Distance from a point to the segment from a to b (to a itself when a and b coincide). */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy;
  if (lengthSq === 0) return distance(p, a);
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSq));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** Distance from a point to a box (0 inside it). */
export function distanceToRect(p: Point, r: Rect): number {
  const dx = Math.max(r.x1 - p.x, 0, p.x - r.x2);
  const dy = Math.max(r.y1 - p.y, 0, p.y - r.y2);
  return Math.hypot(dx, dy);
}

/** Whether two boxes overlap once each is grown by gap / 2 (touching edges do not overlap). */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

/** Whether a segment comes within `reach` of a box (sampled exactly: clipped against the grown box). */
export function segmentNearRect(a: Point, b: Point, r: Rect, reach: number): boolean {
  const box = { x1: r.x1 - reach, y1: r.y1 - reach, x2: r.x2 + reach, y2: r.y2 + reach };
  // Liang–Barsky clipping: does any part of the segment lie inside the grown box?
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - box.x1],
    [dx, box.x2 - a.x],
    [-dy, a.y - box.y1],
    [dy, box.y2 - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export function translateRect(r: Rect, dx: number, dy: number): Rect {
  return { x1: r.x1 + dx, y1: r.y1 + dy, x2: r.x2 + dx, y2: r.y2 + dy };
}

/** The chart's node label at zoom 1, as the stylesheet draws it (renderer/src/chart/style.ts). */
export const NODE_LABEL = { size: 11, maxWidth: 140, gap: 4, padding: 2 } as const;

/**
 * Where a node's one-line label sits: centred below the node, ellipsized at the maximum width,
 * on a padded background. An estimate from average glyph widths when no renderer can measure.
 */
export function labelBelow(
  centre: Point,
  nodeHeight: number,
  text: string,
  measure: Measure = approximateMeasure,
): Rect | null {
  if (text.trim() === '') return null;
  const { size, maxWidth, gap, padding } = NODE_LABEL;
  const shown = ellipsize(text, maxWidth, measure, size, 400);
  const half = measure(shown, size, 400) / 2 + padding;
  const top = centre.y + nodeHeight / 2 + gap - padding;
  return { x1: centre.x - half, y1: top, x2: centre.x + half, y2: top + size * LINE_HEIGHT + 2 * padding };
}

/** How far the edge of a body is from a point: negative inside it. */
function clearanceTo(body: Body, p: Point): number {
  return body.box ? distanceToRect(p, body.box) : distance(body, p) - body.radius;
}

/** Two nodes too close: less than the gap between their outlines. */
export function nodesClash(a: Body, b: Body, c: Clearance = CHECKED): boolean {
  const gap = c.nodeGap * Math.min(a.radius, b.radius);
  if (a.box && b.box) return rectsOverlap(a.box, b.box, gap);
  if (a.box) return clearanceTo(a, b) < b.radius + gap;
  if (b.box) return clearanceTo(b, a) < a.radius + gap;
  return distance(a, b) < a.radius + b.radius + gap;
}

/** A node on (or within the gap of) a straight link from a to b. */
export function nodeOnLink(node: Body, a: Point, b: Point, c: Clearance = CHECKED): boolean {
  if (node.box) return segmentNearRect(a, b, node.box, c.linkGap);
  return distanceToSegment(node, a, b) < node.radius + c.linkGap;
}

/** The points of a quadratic curve from a to b with control c, both ends included. */
export function curvePoints(a: Point, c: Point, b: Point, pieces = 24): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= pieces; i++) {
    const t = i / pieces;
    const u = 1 - t;
    out.push({
      x: u * u * a.x + 2 * u * t * c.x + t * t * b.x,
      y: u * u * a.y + 2 * u * t * c.y + t * t * b.y,
    });
  }
  return out;
}

/** A node on (or within the gap of) a line through the given points. */
export function nodeOnPath(node: Body, points: readonly Point[], c: Clearance = CHECKED): boolean {
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1];
    const q = points[i];
    if (p && q && nodeOnLink(node, p, q, c)) return true;
  }
  return false;
}

/** A label printed over another node's label or over another node. */
export function labelClash(label: Rect, other: Body, c: Clearance = CHECKED): boolean {
  if (other.label && rectsOverlap(label, other.label, c.labelGap)) return true;
  const shape = other.box ?? null;
  if (shape) return rectsOverlap(label, shape, c.labelGap);
  return distanceToRect(other, label) < other.radius + c.labelGap / 2;
}

/** The box a body covers: its disc or box and its label. */
export function bodyExtent(body: Body): Rect {
  const shape = body.box ?? {
    x1: body.x - body.radius,
    y1: body.y - body.radius,
    x2: body.x + body.radius,
    y2: body.y + body.radius,
  };
  const l = body.label;
  if (!l) return shape;
  return {
    x1: Math.min(shape.x1, l.x1),
    y1: Math.min(shape.y1, l.y1),
    x2: Math.max(shape.x2, l.x2),
    y2: Math.max(shape.y2, l.y2),
  };
}

/** A group box as drawn, with who belongs in it. */
export interface GroupBox {
  id: string;
  box: Rect;
  members: readonly string[];
}

/**
 * Bodies drawn inside a group box that are not its members: a box reads as membership, so
 * anything else in it reads as a member too.
 */
export function intruders(group: GroupBox, bodies: readonly Body[]): string[] {
  const members = new Set(group.members);
  return bodies.filter((b) => !members.has(b.id) && rectsOverlap(bodyExtent(b), group.box)).map((b) => b.id);
}

export type Conflict =
  | { kind: 'nodes-overlap'; a: string; b: string }
  | { kind: 'node-on-link'; node: string; link: string }
  | { kind: 'labels-overlap'; a: string; b: string };

/**
 * Every way a drawing misleads, for tests and diagnostics: O(n²), meant for small charts.
 * Links whose ends are missing are skipped.
 */
export function findConflicts(bodies: readonly Body[], links: readonly Segment[], c = CHECKED): Conflict[] {
  const out: Conflict[] = [];
  const byId = new Map(bodies.map((b) => [b.id, b]));
  bodies.forEach((a, i) => {
    for (const b of bodies.slice(i + 1)) {
      if (nodesClash(a, b, c)) out.push({ kind: 'nodes-overlap', a: a.id, b: b.id });
      else if ((a.label && labelClash(a.label, b, c)) || (b.label && labelClash(b.label, a, c)))
        out.push({ kind: 'labels-overlap', a: a.id, b: b.id });
    }
  });
  for (const link of links) {
    const s = byId.get(link.source);
    const t = byId.get(link.target);
    if (!s || !t) continue;
    const line = link.control ? curvePoints(s, link.control, t) : [s, t];
    for (const node of bodies) {
      if (node.id === s.id || node.id === t.id) continue;
      if (nodeOnPath(node, line, c)) out.push({ kind: 'node-on-link', node: node.id, link: link.id });
    }
  }
  return out;
}
