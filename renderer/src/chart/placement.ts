import type { Core, EdgeSingular, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { bodyExtent, rectsOverlap } from '../../../graph-schema/chart/geometry';
import { bodyAt, bodyOf, drawnNodes, drawnSegments } from './bodies';
import { candidatesAround, candidatesBetween, candidatesNear } from './candidates';
import { groupBoxes } from './group-boxes';
import { Occupancy } from './occupancy';

/**
 * How much searching placement may do. On a chart so dense that hardly any spot keeps clear
 * of every line (thousands of links), the full rules are dropped for the rest of the search
 * rather than freeze the app: nodes and labels are still kept apart. Counts, not time, so the
 * result does not depend on the machine.
 */
const STRICT_TRIES = 1500;
const STRICT_BUDGET = 20_000;
const MAX_TRIES = 4000;

const neighbours = (n: NodeSingular): NodeSingular[] => n.neighborhood().nodes().toArray();

export interface PlacementContext {
  /** Where a node with nothing on the chart to hang off goes: the middle of the view. */
  viewCentre: Position;
  /**
   * Nodes already placed that may stay where they are if that still touches nothing, and
   * are placed again otherwise (see looseEnds).
   */
  keep?: ReadonlySet<string>;
}

/**
 * Nodes that had no links until now and get their first ones (entities created one by one,
 * then linked): their spot was only a free one near the middle of the view, chosen before
 * anyone knew what they would link to, so they may move to where their new links touch
 * nothing. Pinned nodes and nodes with older links stay put.
 */
export function looseEnds(cy: Core, newLinkIds: readonly string[], added: NodeCollection): NodeCollection {
  const fresh = new Set(newLinkIds);
  let out = cy.collection().nodes();
  for (const id of newLinkIds) {
    const edge = cy.edges().getElementById(id);
    if (edge.empty()) continue;
    for (const end of [edge.source(), edge.target()]) {
      if (added.has(end) || end.locked() || out.has(end) || end.data('decor') !== undefined) continue;
      const edges: EdgeSingular[] = end.connectedEdges().toArray();
      if (edges.every((e) => fresh.has(e.id()))) out = out.union(end);
    }
  }
  return out;
}

/**
 * Gives newly added nodes positions that touch nothing: no node on or near another, no node
 * on a link it is not an end of, none of their links through a node they do not join (the
 * rules of graph-schema/chart/geometry.ts). Each grows out of what it links to: around a node
 * it hangs off (expand: an arc on the side away from that node's other links, then ring after
 * ring outwards), between several it joins (a path), or near the middle of the view when it
 * joins nothing yet (a new entity). Breadth-first, so a chain grows link by link. Nodes
 * already on the chart, pinned or not, never move.
 */
export function placeNewNodes(cy: Core, added: NodeCollection, context: PlacementContext): void {
  const pending = new Set(added.map((n) => n.id()));
  const occupancy = new Occupancy();
  const placed = drawnNodes(cy).filter((n) => !pending.has(n.id()));
  for (const n of placed) occupancy.addBody(bodyOf(n));
  for (const link of drawnSegments(cy, new Set(placed.map((n) => n.id())))) occupancy.addLink(link);
  // A box reads as membership: a newcomer lands outside every group box (group-boxes.ts).
  const boxes = groupBoxes(cy).map((g) => g.box);
  let fallbacks = 0;
  let strictLeft = STRICT_BUDGET;

  const place = (node: NodeSingular, ends: NodeSingular[], spots: Iterable<Position>) => {
    const body = bodyOf(node);
    const endIds = ends.map((e) => e.id());
    let chosen: Position | null = null;
    // A node that may stay tries its own spot first.
    const tries = context.keep?.has(node.id()) ? startingWith({ ...node.position() }, spots) : spots;
    let tried = 0;
    for (const at of tries) {
      if (tried++ >= MAX_TRIES) break;
      // Past the budget for the full rules, only nodes and labels are kept apart.
      const strict = tried <= STRICT_TRIES && strictLeft-- > 0;
      const candidate = bodyAt(body, at);
      const extent = bodyExtent(candidate);
      if (!boxes.some((b) => rectsOverlap(extent, b, 10)) && occupancy.fits(candidate, endIds, strict)) {
        chosen = at;
        break;
      }
    }
    const at = chosen ?? lastResort(cy, pending, fallbacks++);
    node.position(at);
    pending.delete(node.id());
    occupancy.addBody(bodyAt(body, at));
    node.connectedEdges().forEach((e) => {
      occupancy.addLink({ id: e.id(), source: e.source().id(), target: e.target().id() });
    });
  };

  const isPlaced = (n: NodeSingular) => !pending.has(n.id()) && occupancy.has(n.id());
  let layer = added.toArray().filter((n) => neighbours(n).some(isPlaced));
  while (pending.size > 0) {
    if (layer.length === 0) {
      const seed = mostLinked(added.toArray().filter((n) => pending.has(n.id())));
      if (!seed) break;
      place(seed, [], candidatesNear(context.viewCentre));
      layer = neighbours(seed).filter((n) => pending.has(n.id()));
      continue;
    }
    // The most constrained first: a node between several placed ones has fewer good spots.
    const order = [...layer].sort(
      (a, b) => neighbours(b).filter(isPlaced).length - neighbours(a).filter(isPlaced).length,
    );
    // How many hang off each anchor alone (a big fan starts on a wider ring), and the side
    // they fan out on, fixed before the first of them lands.
    const fanSize = new Map<string, number>();
    const facing = new Map<string, number>();
    for (const node of layer) {
      const ends = neighbours(node).filter(isPlaced);
      const only = ends.length === 1 ? ends[0] : undefined;
      if (!only) continue;
      fanSize.set(only.id(), (fanSize.get(only.id()) ?? 0) + 1);
      if (!facing.has(only.id())) facing.set(only.id(), facingAway(only, isPlaced, cy));
    }
    for (const node of order) {
      if (!pending.has(node.id())) continue;
      const ends = neighbours(node).filter(isPlaced);
      const first = ends[0];
      if (!first) continue;
      if (ends.length >= 2) place(node, ends, candidatesBetween(ends.map((e) => e.position())));
      else {
        const side = facing.get(first.id()) ?? facingAway(first, isPlaced, cy);
        place(node, ends, candidatesAround(first.position(), side, fanSize.get(first.id()) ?? 1));
      }
    }
    const next = new Map<string, NodeSingular>();
    for (const n of layer) {
      for (const m of neighbours(n)) if (pending.has(m.id())) next.set(m.id(), m);
    }
    layer = [...next.values()];
  }
}

/** The direction from a node away from its placed neighbours (or from the chart's middle). */
function facingAway(anchor: NodeSingular, isPlaced: (n: NodeSingular) => boolean, cy: Core): number {
  const from = anchor.position();
  const crowd = neighbours(anchor).filter(isPlaced);
  let centre: Position;
  if (crowd.length > 0) centre = centroid(crowd.map((n) => n.position()));
  else {
    const box = cy.nodes().filter(isPlaced).boundingBox({ includeLabels: false });
    centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  }
  const dx = from.x - centre.x;
  const dy = from.y - centre.y;
  return dx === 0 && dy === 0 ? 0 : Math.atan2(dy, dx);
}

function* startingWith(first: Position, rest: Iterable<Position>): Generator<Position> {
  yield first;
  yield* rest;
}

function mostLinked(nodes: NodeSingular[]): NodeSingular | undefined {
  let best: NodeSingular | undefined;
  for (const n of nodes) if (!best || n.degree(false) > best.degree(false)) best = n;
  return best;
}

function centroid(points: Position[]): Position {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return { x: x / points.length, y: y / points.length };
}

/** When no spot fits (not seen on real charts): right of everything placed, one below another. */
function lastResort(cy: Core, pending: ReadonlySet<string>, index: number): Position {
  const box = cy
    .nodes()
    .filter((n) => !pending.has(n.id()))
    .boundingBox({ includeLabels: true });
  const x = Number.isFinite(box.x2) ? box.x2 + 200 : 0;
  const y = Number.isFinite(box.y1) ? box.y1 : 0;
  return { x, y: y + 90 * index };
}
