import { curvePoints, nodeOnLink, type Body, type Clearance, type Point, type Segment } from './geometry';
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
/**
 * Node-to-line checks a routing makes before it stops searching for new bends: a chart so
 * crowded that many lines need long searches keeps the rest straight, listed as stuck,
 * rather than freeze the app. After a layout the search is thorough (about a second at
 * worst, once); while the analyst works it is quick (tens of milliseconds at worst), and
 * bends already drawn are kept. Counts, not time, so the result does not depend on the machine.
 */
export const ROUTE_WORK = { quick: 60_000, thorough: 1_000_000 } as const;
/** The most one line's search may take of it: a hopeless line does not use up the rest's. */
const PAIR_WORK = 30_000;

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

/** How many node-to-line checks a routing may still make (see ROUTE_WORK). */
interface Work {
  left: number;
}

/**
 * Bodies in square cells, each in every cell its shape covers, so a piece of a line looks
 * only at the few cells it passes. A query grows by the gap alone, never by the largest
 * body: one wide note must not make every check on the chart look at many more cells (it
 * did, and the search for a bend round that note ran out of work before it cleared it).
 */
class BodyGrid {
  private readonly cells = new Map<number, Body[]>();
  constructor(
    bodies: readonly Body[],
    private readonly size = 96,
  ) {
    for (const body of bodies) {
      const shape = body.box ?? {
        x1: body.x - body.radius,
        y1: body.y - body.radius,
        x2: body.x + body.radius,
        y2: body.y + body.radius,
      };
      for (let ix = this.cell(shape.x1); ix <= this.cell(shape.x2); ix++) {
        for (let iy = this.cell(shape.y1); iy <= this.cell(shape.y2); iy++) {
          const k = this.key(ix, iy);
          const list = this.cells.get(k);
          if (list) list.push(body);
          else this.cells.set(k, [body]);
        }
      }
    }
  }
  private cell(v: number): number {
    return Math.floor(v / this.size);
  }
  private key(ix: number, iy: number): number {
    return ix * 131_071 + iy;
  }
  /** Whether a body other than the two ends comes within the gap of the segment from p to q. */
  blocks(p: Point, q: Point, ends: Pair, c: Clearance, work: Work): boolean {
    // A long piece is looked at a cell's length at a time: the cells along it, not its whole box.
    const pieces = Math.ceil(Math.hypot(q.x - p.x, q.y - p.y) / this.size);
    if (pieces > 1) {
      let from = p;
      for (let i = 1; i <= pieces; i++) {
        const to = { x: p.x + ((q.x - p.x) * i) / pieces, y: p.y + ((q.y - p.y) * i) / pieces };
        if (this.near(from, to, ends, c, work)) return true;
        from = to;
      }
      return false;
    }
    return this.near(p, q, ends, c, work);
  }

  private near(p: Point, q: Point, ends: Pair, c: Clearance, work: Work): boolean {
    const grow = c.linkGap;
    const x1 = this.cell(Math.min(p.x, q.x) - grow);
    const x2 = this.cell(Math.max(p.x, q.x) + grow);
    const y1 = this.cell(Math.min(p.y, q.y) - grow);
    const y2 = this.cell(Math.max(p.y, q.y) + grow);
    for (let ix = x1; ix <= x2; ix++) {
      for (let iy = y1; iy <= y2; iy++) {
        work.left--;
        for (const body of this.cells.get(this.key(ix, iy)) ?? []) {
          if (body.id === ends.a.id || body.id === ends.b.id) continue;
          work.left--;
          if (nodeOnLink(body, p, q, c)) return true;
        }
      }
    }
    return false;
  }
  /** The bodies (not the ends) on the straight line between a pair's ends. */
  onLine(pair: Pair, c: Clearance, work: Work): Body[] {
    const out: Body[] = [];
    const { a, b } = pair;
    // Points a cell apart: every point of the line is within half a cell of one.
    const grow = this.size / 2 + c.linkGap;
    const seen = new Set<string>([a.id, b.id]);
    const pieces = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / this.size));
    for (let i = 0; i <= pieces; i++) {
      const x = a.x + ((b.x - a.x) * i) / pieces;
      const y = a.y + ((b.y - a.y) * i) / pieces;
      for (let ix = this.cell(x - grow); ix <= this.cell(x + grow); ix++) {
        for (let iy = this.cell(y - grow); iy <= this.cell(y + grow); iy++) {
          work.left--;
          for (const body of this.cells.get(this.key(ix, iy)) ?? []) {
            if (seen.has(body.id)) continue;
            seen.add(body.id);
            work.left--;
            if (nodeOnLink(body, a, b, c)) out.push(body);
          }
        }
      }
    }
    return out;
  }
}

/** Whether every line of a pair, drawn with these controls, clears every node but its ends. */
function clears(
  pair: Pair,
  controls: readonly (Point | null)[],
  grid: BodyGrid,
  c: Clearance,
  work: Work,
): boolean {
  for (const control of controls) {
    const points = control ? curvePoints(pair.a, control, pair.b) : [pair.a, pair.b];
    for (let i = 1; i < points.length; i++) {
      const p = points[i - 1];
      const q = points[i];
      if (p && q && grid.blocks(p, q, pair, c, work)) return false;
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
function awaySide(pair: Pair, grid: BodyGrid, c: Clearance, work: Work): 1 | -1 {
  let sum = 0;
  // Parallel lines bow out to either side: what they pass lies that much further off the line.
  const bow = ((pair.count - 1) / 2) * (PARALLEL_STEP / 2);
  const reach = { ...c, linkGap: c.linkGap + bow };
  for (const body of grid.onLine(pair, reach, work)) sum += weightAndOffset(pair.a, pair.b, body).offset;
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

export interface RouteOptions {
  /** Bends drawn now, by pairKey: kept wherever they still clear, so bends do not jump about. */
  previous?: ReadonlyMap<string, Point>;
  /** How much searching for new bends may do (ROUTE_WORK); checking the lines drawn is not counted. */
  budget?: number;
  /** Pairs found stuck last time: searched only after every other pair. */
  later?: ReadonlySet<string>;
  clearance?: Clearance;
}

/**
 * Which pairs of linked nodes must bend, and how. A bend drawn now is kept wherever it still
 * clears; a pair that needs no bend loses its old one. Lines whose ends are not among the
 * bodies are skipped.
 */
export function routeLinks(
  bodies: readonly Body[],
  lines: readonly Segment[],
  options: RouteOptions = {},
): LinkRoutes {
  const {
    previous = new Map<string, Point>(),
    budget = ROUTE_WORK.thorough,
    later,
    clearance: c = ROUTE_CLEARANCE,
  } = options;
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
  // Checking what is drawn is always done; only the searches are bounded.
  const checks: Work = { left: Infinity };
  const needs: Pair[] = [];
  for (const pair of pairs.values()) {
    // Ends on top of each other (a chart not laid out yet): no line to bend.
    if (Math.hypot(pair.b.x - pair.a.x, pair.b.y - pair.a.y) < pair.a.radius + pair.b.radius) continue;
    if (clears(pair, pairControls(pair.a, pair.b, null, pair.count), grid, c, checks)) continue;
    const old = previous.get(pair.key);
    if (old && clears(pair, pairControls(pair.a, pair.b, old, pair.count), grid, c, checks))
      bends.set(pair.key, old);
    else needs.push(pair);
  }
  // A pair no bend cleared last time waits for the rest: it would use up the search for nothing.
  if (later) needs.sort((p, q) => Number(later.has(p.key)) - Number(later.has(q.key)));
  const work: Work = { left: budget };
  for (const pair of needs) {
    let found: Point | null = null;
    const stopAt = Math.max(0, work.left - PAIR_WORK);
    const side = work.left > 0 ? awaySide(pair, grid, c, work) : 1;
    for (const at of work.left > 0 ? tries(pair, side) : []) {
      if (work.left <= stopAt) break;
      if (clears(pair, pairControls(pair.a, pair.b, at, pair.count), grid, c, work)) {
        found = at;
        break;
      }
    }
    if (found) bends.set(pair.key, found);
    else stuck.push(pair.key);
  }
  return { bends, stuck };
}
