import {
  curvePoints,
  nodeOnLink,
  nodeOnPath,
  type Body,
  type Clearance,
  type Point,
  type Segment,
} from './geometry';
import { pairKey } from './parallel-links';

/**
 * Links bent around the nodes they do not join. A link added between two nodes already on
 * the chart keeps both where they are, so its straight line may pass over a third node and
 * read as a link to it; rather than move anyone unasked, the line bends: a quadratic curve
 * whose control point is searched, nearest first, until the curve (and every parallel line
 * of the pair beside it) clears every other node by a margin. The screen and the exports run
 * the same search, the export starting from the screen's bends, so a bent link is bent in
 * both. Pure, in chart units.
 */

/** Between a curve and a node it passes: a little more than the check asks (geometry.ts CHECKED). */
export const ROUTE_CLEARANCE: Clearance = { nodeGap: 1, linkGap: 10, labelGap: 0 };

/**
 * How far apart the control points of parallel lines between one pair are (the screen's
 * Cytoscape `control-point-step-size`): a quadratic curve's middle is half as far out.
 */
export const PARALLEL_STEP = 28;

/** Control point tries: out from the line in steps, at these places along it, either side. */
const OFFSET_STEP = 14;
const WEIGHTS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
const MIN_REACH = 420;

/** A point `weight` of the way from a to b and `offset` to the left of it (y down: a→b turned a quarter clockwise). */
export function alongLine(a: Point, b: Point, weight: number, offset: number): Point {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  return { x: a.x + weight * dx - (dy / length) * offset, y: a.y + weight * dy + (dx / length) * offset };
}

/** Where a point lies against the line from a to b: the weight and offset alongLine takes. */
export function weightAndOffset(a: Point, b: Point, p: Point): { weight: number; offset: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSq = dx * dx + dy * dy || 1;
  const px = p.x - a.x;
  const py = p.y - a.y;
  return { weight: (px * dx + py * dy) / lengthSq, offset: (px * -dy + py * dx) / Math.sqrt(lengthSq) };
}

/**
 * The control points of the `count` parallel lines of one pair, one per line: spread
 * PARALLEL_STEP apart around `base` (a bent pair) or around the straight line (null for the
 * middle one of an odd count, drawn straight). `a` and `b` are the pair's ends in id order,
 * so the spread does not depend on which way each link points.
 */
export function pairControls(a: Point, b: Point, base: Point | null, count: number): (Point | null)[] {
  const { weight, offset } = base ? weightAndOffset(a, b, base) : { weight: 0.5, offset: 0 };
  return Array.from({ length: count }, (_, i) => {
    const d = offset + (i - (count - 1) / 2) * PARALLEL_STEP;
    return base === null && d === 0 ? null : alongLine(a, b, weight, d);
  });
}

/** A pair of nodes and its lines, the ends in id order. */
interface Pair {
  key: string;
  a: Body;
  b: Body;
  count: number;
}

/** Bodies in square cells, so a curve looks only at the nodes near it. */
class BodyGrid {
  private readonly cells = new Map<string, Body[]>();
  private readonly reach: number;
  constructor(
    bodies: readonly Body[],
    private readonly size = 120,
  ) {
    let reach = 0;
    for (const body of bodies) {
      const box = body.box;
      const r = box ? Math.max(box.x2 - box.x1, box.y2 - box.y1) / 2 : body.radius;
      reach = Math.max(reach, r);
      const k = this.key(body.x, body.y);
      const list = this.cells.get(k);
      if (list) list.push(body);
      else this.cells.set(k, [body]);
    }
    this.reach = reach;
  }
  private key(x: number, y: number): string {
    return `${Math.floor(x / this.size)},${Math.floor(y / this.size)}`;
  }
  /** Bodies whose centre lies within `gap` plus the largest radius of the points' box. */
  near(points: readonly Point[], gap: number): Body[] {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const p of points) {
      x1 = Math.min(x1, p.x);
      y1 = Math.min(y1, p.y);
      x2 = Math.max(x2, p.x);
      y2 = Math.max(y2, p.y);
    }
    const grow = this.reach + gap;
    const out: Body[] = [];
    for (let ix = Math.floor((x1 - grow) / this.size); ix <= Math.floor((x2 + grow) / this.size); ix++) {
      for (let iy = Math.floor((y1 - grow) / this.size); iy <= Math.floor((y2 + grow) / this.size); iy++) {
        for (const body of this.cells.get(`${ix},${iy}`) ?? []) out.push(body);
      }
    }
    return out;
  }
}

/** Whether every line of a pair, drawn with these controls, clears every node but its ends. */
function clears(pair: Pair, controls: readonly (Point | null)[], grid: BodyGrid, c: Clearance): boolean {
  for (const control of controls) {
    const points = control ? curvePoints(pair.a, control, pair.b) : [pair.a, pair.b];
    for (const body of grid.near(points, c.linkGap)) {
      if (body.id === pair.a.id || body.id === pair.b.id) continue;
      if (nodeOnPath(body, points, c)) return false;
    }
  }
  return true;
}

/** Control points to try for a pair's middle line, the shallowest bend first. */
function* tries(pair: Pair, first: 1 | -1): Generator<Point> {
  const length = Math.hypot(pair.b.x - pair.a.x, pair.b.y - pair.a.y);
  const reach = Math.max(MIN_REACH, 2.5 * length);
  for (let offset = OFFSET_STEP; offset <= reach; offset += OFFSET_STEP) {
    for (const weight of WEIGHTS) {
      yield alongLine(pair.a, pair.b, weight, first * offset);
      yield alongLine(pair.a, pair.b, weight, -first * offset);
    }
  }
}

/**
 * The side of the line from a to b to bend to first (1 left, -1 right, as alongLine offsets):
 * away from the nodes it passes; with them on the line itself, upwards (labels hang below
 * nodes), or for an upright line to the left. Never by id order, so the screen and the
 * exports, and every run, bend the same way.
 */
function awaySide(pair: Pair, grid: BodyGrid, c: Clearance): 1 | -1 {
  let sum = 0;
  for (const body of grid.near([pair.a, pair.b], c.linkGap)) {
    if (body.id === pair.a.id || body.id === pair.b.id) continue;
    if (nodeOnLink(body, pair.a, pair.b, c)) sum += weightAndOffset(pair.a, pair.b, body).offset;
  }
  if (Math.abs(sum) >= 1) return sum > 0 ? -1 : 1;
  // alongLine's offset points along (-dy, dx): up where dx > 0, left where dy > 0.
  const dx = pair.b.x - pair.a.x;
  const dy = pair.b.y - pair.a.y;
  if (Math.abs(dx) > 1e-6) return dx > 0 ? -1 : 1;
  return dy > 0 ? 1 : -1;
}

export interface LinkRoutes {
  /** The control point of a bent pair's middle line, by pairKey; pairs drawn as usual are absent. */
  bends: Map<string, Point>;
  /** Pairs whose lines pass a node and no bend within reach clears it (none seen on real charts). */
  stuck: string[];
}

/**
 * Which pairs of linked nodes must bend, and how. `previous` (by pairKey) is kept wherever it
 * still clears, so bends do not jump about as the chart changes; a pair that needs no bend
 * loses its old one. Lines whose ends are not among the bodies are skipped.
 */
export function routeLinks(
  bodies: readonly Body[],
  lines: readonly Segment[],
  previous: ReadonlyMap<string, Point> = new Map(),
  c: Clearance = ROUTE_CLEARANCE,
): LinkRoutes {
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const pairs = new Map<string, Pair>();
  for (const line of lines) {
    if (line.source === line.target) continue;
    const key = pairKey(line.source, line.target);
    const pair = pairs.get(key);
    if (pair) {
      pair.count++;
      continue;
    }
    const [first, second] =
      line.source < line.target ? [line.source, line.target] : [line.target, line.source];
    const a = byId.get(first);
    const b = byId.get(second);
    if (a && b) pairs.set(key, { key, a, b, count: 1 });
  }
  const grid = new BodyGrid(bodies);
  const bends = new Map<string, Point>();
  const stuck: string[] = [];
  for (const pair of pairs.values()) {
    if (clears(pair, pairControls(pair.a, pair.b, null, pair.count), grid, c)) continue;
    const old = previous.get(pair.key);
    if (old && clears(pair, pairControls(pair.a, pair.b, old, pair.count), grid, c)) {
      bends.set(pair.key, old);
      continue;
    }
    let found: Point | null = null;
    for (const at of tries(pair, awaySide(pair, grid, c))) {
      if (clears(pair, pairControls(pair.a, pair.b, at, pair.count), grid, c)) {
        found = at;
        break;
      }
    }
    if (found) bends.set(pair.key, found);
    else stuck.push(pair.key);
  }
  return { bends, stuck };
}
