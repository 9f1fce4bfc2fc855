import {
  bodyExtent,
  labelClash,
  nodeOnLink,
  nodesClash,
  type Body,
  type Clearance,
  type Point,
  type Rect,
  type Segment,
} from '../../../graph-schema/chart/geometry';
import { PARALLEL_STEP } from '../../../graph-schema/chart/link-routes';
import { pairKey } from '../../../graph-schema/chart/parallel-links';

/** Placement asks for more room than the tests check, so nothing it places is borderline. */
export const PLACEMENT_CLEARANCE: Clearance = { nodeGap: 1.5, linkGap: 10, labelGap: 6 };

const CELL = 96;
/** Long links are indexed by points this far apart: a query grows by half of it to find them. */
const STEP = CELL / 2;

type Key = number;
const key = (ix: number, iy: number): Key => ix * 131_071 + iy;

const extent = bodyExtent;

function grow(r: Rect, by: number): Rect {
  return { x1: r.x1 - by, y1: r.y1 - by, x2: r.x2 + by, y2: r.y2 + by };
}

function cellsOf(r: Rect): Key[] {
  const out: Key[] = [];
  const x1 = Math.floor(r.x1 / CELL);
  const x2 = Math.floor(r.x2 / CELL);
  const y1 = Math.floor(r.y1 / CELL);
  const y2 = Math.floor(r.y2 / CELL);
  for (let ix = x1; ix <= x2; ix++) for (let iy = y1; iy <= y2; iy++) out.push(key(ix, iy));
  return out;
}

/** Points along a segment no more than STEP apart, both ends included. */
function samples(a: Point, b: Point): Point[] {
  const n = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / STEP));
  const out: Point[] = [];
  for (let i = 0; i <= n; i++) out.push({ x: a.x + ((b.x - a.x) * i) / n, y: a.y + ((b.y - a.y) * i) / n });
  return out;
}

/**
 * What is already on the chart, in a grid of cells, so that asking "is this spot free?" looks
 * at the few things nearby rather than at the whole chart. Holds bodies (nodes with their
 * labels) and the straight links between them; the rules are those of geometry.ts.
 */
export class Occupancy {
  private readonly bodies = new Map<string, Body>();
  private readonly bodyCells = new Map<Key, Set<string>>();
  private readonly linkCells = new Map<Key, Set<Segment>>();
  private readonly linksOf = new Map<string, Set<Segment>>();
  /** Links per pair of ends: parallel links bow apart (bodies.ts), so they need more room. */
  private readonly perPair = new Map<string, number>();
  private maxReach = 0;

  constructor(private readonly clearance: Clearance = PLACEMENT_CLEARANCE) {}

  get(id: string): Body | undefined {
    return this.bodies.get(id);
  }

  has(id: string): boolean {
    return this.bodies.has(id);
  }

  addBody(body: Body): void {
    this.removeBody(body.id);
    this.bodies.set(body.id, body);
    const box = body.box;
    const reach = box ? Math.max(box.x2 - box.x1, box.y2 - box.y1) / 2 : body.radius;
    this.maxReach = Math.max(this.maxReach, reach);
    for (const k of cellsOf(extent(body))) {
      let set = this.bodyCells.get(k);
      if (!set) this.bodyCells.set(k, (set = new Set()));
      set.add(body.id);
    }
  }

  /** Takes a body off, with the links it is an end of (put them back with addLink). */
  removeBody(id: string): Segment[] {
    const body = this.bodies.get(id);
    if (!body) return [];
    for (const k of cellsOf(extent(body))) this.bodyCells.get(k)?.delete(id);
    this.bodies.delete(id);
    const links = [...(this.linksOf.get(id) ?? [])];
    for (const link of links) this.removeLink(link);
    return links;
  }

  /** A link between two bodies already here; ignored otherwise. */
  addLink(link: Segment): void {
    const a = this.bodies.get(link.source);
    const b = this.bodies.get(link.target);
    if (!a || !b || link.source === link.target) return;
    for (const p of samples(a, b)) {
      const k = key(Math.floor(p.x / CELL), Math.floor(p.y / CELL));
      let set = this.linkCells.get(k);
      if (!set) this.linkCells.set(k, (set = new Set()));
      set.add(link);
    }
    for (const end of [link.source, link.target]) {
      let set = this.linksOf.get(end);
      if (!set) this.linksOf.set(end, (set = new Set()));
      set.add(link);
    }
    const pair = pairKey(link.source, link.target);
    this.perPair.set(pair, (this.perPair.get(pair) ?? 0) + 1);
  }

  /** How far the outermost of a pair's parallel lines bows from the straight line (a quadratic's middle). */
  private bowOf(link: Segment): number {
    const count = this.perPair.get(pairKey(link.source, link.target)) ?? 1;
    return ((count - 1) / 2) * (PARALLEL_STEP / 2);
  }

  private removeLink(link: Segment): void {
    const a = this.bodies.get(link.source);
    const b = this.bodies.get(link.target);
    if (a && b) {
      for (const p of samples(a, b))
        this.linkCells.get(key(Math.floor(p.x / CELL), Math.floor(p.y / CELL)))?.delete(link);
    } else {
      for (const set of this.linkCells.values()) set.delete(link);
    }
    this.linksOf.get(link.source)?.delete(link);
    this.linksOf.get(link.target)?.delete(link);
    const pair = pairKey(link.source, link.target);
    const left = (this.perPair.get(pair) ?? 1) - 1;
    if (left > 0) this.perPair.set(pair, left);
    else this.perPair.delete(pair);
  }

  private bodiesIn(r: Rect): Set<string> {
    const out = new Set<string>();
    for (const k of cellsOf(r)) for (const id of this.bodyCells.get(k) ?? []) out.add(id);
    return out;
  }

  private linksIn(r: Rect): Set<Segment> {
    const out = new Set<Segment>();
    for (const k of cellsOf(grow(r, STEP / 2))) for (const l of this.linkCells.get(k) ?? []) out.add(l);
    return out;
  }

  /**
   * Whether a body (not yet here, or taken off) fits at its position with links to `ends`:
   * it overlaps no node or label, sits on no link, and none of its links passes a node.
   * With `withLinks` false, only the first.
   */
  fits(body: Body, ends: readonly string[], withLinks = true): boolean {
    const c = this.clearance;
    const own = extent(body);
    for (const id of this.bodiesIn(grow(own, this.maxReach * c.nodeGap + c.labelGap))) {
      if (id === body.id) continue;
      const other = this.bodies.get(id);
      if (!other) continue;
      if (nodesClash(body, other, c)) return false;
      if (body.label && labelClash(body.label, other, c)) return false;
      if (other.label && labelClash(other.label, body, c)) return false;
    }
    // Without links: only nodes and labels (the fallback on a chart too dense for the full rules).
    if (!withLinks) return true;
    const shape = body.box ?? grow({ x1: body.x, y1: body.y, x2: body.x, y2: body.y }, body.radius);
    for (const link of this.linksIn(grow(shape, c.linkGap + PARALLEL_STEP))) {
      if (link.source === body.id || link.target === body.id) continue;
      const a = this.bodies.get(link.source);
      const b = this.bodies.get(link.target);
      const bow = this.bowOf(link);
      if (a && b && nodeOnLink(body, a, b, bow > 0 ? { ...c, linkGap: c.linkGap + bow } : c)) return false;
    }
    for (const endId of ends) {
      const end = this.bodies.get(endId);
      if (end && this.passesANode(body, end)) return false;
    }
    return true;
  }

  /** Whether the straight line from a to b comes too near a node other than its ends. */
  private passesANode(a: Body, b: Body): boolean {
    const c = this.clearance;
    const reach = this.maxReach + c.linkGap + STEP / 2;
    const seen = new Set<string>([a.id, b.id]);
    for (const p of samples(a, b)) {
      for (const id of this.bodiesIn(grow({ x1: p.x, y1: p.y, x2: p.x, y2: p.y }, reach))) {
        if (seen.has(id)) continue;
        seen.add(id);
        const other = this.bodies.get(id);
        if (other && nodeOnLink(other, a, b, c)) return true;
      }
    }
    return false;
  }

  /** The ids at the other end of a body's links. */
  endsOf(id: string): string[] {
    return [...(this.linksOf.get(id) ?? [])].map((l) => (l.source === id ? l.target : l.source));
  }

  /** Whether a body here now breaks a rule (for tidying after a layout); `withLinks` as for fits. */
  conflicted(id: string, withLinks = true): boolean {
    const body = this.bodies.get(id);
    return body ? !this.fits(body, this.endsOf(id), withLinks) : false;
  }
}
