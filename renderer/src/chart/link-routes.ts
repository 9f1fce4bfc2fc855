import type { Core, EdgeSingular } from 'cytoscape';
import { nodeOnLink, type Body, type Point } from '../../../graph-schema/chart/geometry';
import {
  pairControls,
  ROUTE_CLEARANCE,
  ROUTE_WORK,
  routeLinks,
  weightAndOffset,
} from '../../../graph-schema/chart/link-routes';
import { pairKey } from '../../../graph-schema/chart/parallel-links';
import { BEND_SCRATCH, bendOf, drawnNodes, shapeOf } from './bodies';
import { BULK_CLASS } from './looks';

/**
 * Bends links round the nodes they do not join (graph-schema/chart/link-routes.ts) on the
 * chart: a bent edge is drawn as an unbundled bezier through a control point set on the
 * edge itself (a style bypass, so no stylesheet rule and no element data changes), and its
 * control point is kept in the edge's scratch (bodies.ts) for the geometry checks and the exports.
 * Routed again whenever the drawing changes (placement, layout, restore, decor, a drag);
 * a big chart's haystack lines cannot bend and are left straight.
 */

const BENT_STYLE = ['curve-style', 'control-point-distances', 'control-point-weights', 'edge-distances'];

/**
 * Emitted on the core when a line's bend changes. A bend is a style bypass and scratch data,
 * which fire none of the events the label placer watches, yet it moves the link's label
 * (drawn at the curve's middle): the placer listens for this to place labels again.
 */
export const BENDS_CHANGED = 'plexus-bends';

/** Links and the lines standing for them (merged, rerouted to a collapsed group); not note callouts. */
const isLinkLine = (e: EdgeSingular) => e.data('decor') !== 'callout' && !e.hasClass('hidden-item');

/** True when the edge was bent. */
function unbend(edge: EdgeSingular): boolean {
  if (!bendOf(edge)) return false;
  edge.removeScratch(BEND_SCRATCH);
  edge.removeStyle(BENT_STYLE.join(' '));
  return true;
}

/** True when the bend changed. */
function bend(edge: EdgeSingular, control: Point): boolean {
  const { weight, offset } = weightAndOffset(edge.source().position(), edge.target().position(), control);
  const old: unknown = edge.scratch(BEND_SCRATCH);
  if (JSON.stringify(old) === JSON.stringify({ weight, offset })) return false;
  edge.scratch(BEND_SCRATCH, { weight, offset });
  edge.style({
    'curve-style': 'unbundled-bezier',
    'control-point-distances': offset,
    'control-point-weights': weight,
    // Weights measured between the centres, as the router measured them.
    'edge-distances': 'node-position',
  });
  return true;
}

/** The bends on the chart now, by pair (for the exports: they start from these). */
export function chartBends(cy: Core): Record<string, Point> {
  const out: Record<string, Point> = {};
  const seen = new Map<string, EdgeSingular[]>();
  cy.edges().forEach((e) => {
    if (!bendOf(e)) return;
    const key = pairKey(e.source().id(), e.target().id());
    seen.set(key, [...(seen.get(key) ?? []), e]);
  });
  for (const [key, edges] of seen) {
    // The pair's middle line: the mean of its lines' control points.
    const points = edges.map(bendOf).filter((p): p is Point => p !== undefined);
    out[key] = {
      x: points.reduce((s, p) => s + p.x, 0) / points.length,
      y: points.reduce((s, p) => s + p.y, 0) / points.length,
    };
  }
  return out;
}

/**
 * Bends every link that passes a node it does not join, and straightens those that no longer
 * need to. Answers whether any link is bent now.
 */
export function routeChartLinks(
  cy: Core,
  anyBent = true,
  thorough = false,
  stuck: Set<string> = new Set(),
): boolean {
  let changed = false;
  const straighten = (e: EdgeSingular) => {
    if (unbend(e)) changed = true;
  };
  if (cy.edges(`.${BULK_CLASS}`).nonempty()) {
    if (anyBent) cy.batch(() => cy.edges().forEach(straighten));
    if (changed) cy.emit(BENDS_CHANGED);
    return false;
  }
  const lines = cy.edges().toArray().filter(isLinkLine);
  const bodies = drawnNodes(cy).map(shapeOf);
  const drawn = new Set(bodies.map((b) => b.id));
  const isShown = (e: EdgeSingular) => drawn.has(e.source().id()) && drawn.has(e.target().id());
  const shown = lines.filter(isShown);
  const previous = new Map(Object.entries(chartBends(cy)));
  const segments = shown.map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  const routes = routeLinks(bodies, segments, {
    previous,
    budget: thorough ? ROUTE_WORK.thorough : ROUTE_WORK.quick,
    later: stuck,
  });
  const { bends } = routes;
  // What no bend cleared waits behind everything else next time (see routeLinks).
  stuck.clear();
  for (const key of routes.stuck) stuck.add(key);
  const perPair = new Map<string, EdgeSingular[]>();
  shown.forEach((e) => {
    const key = pairKey(e.source().id(), e.target().id());
    perPair.set(key, [...(perPair.get(key) ?? []), e]);
  });
  cy.batch(() => {
    lines.filter((e) => !isShown(e)).forEach(straighten);
    for (const [key, edges] of perPair) {
      const base = bends.get(key);
      const first = edges[0];
      if (!base || !first) {
        edges.forEach(straighten);
        continue;
      }
      const [a, b] = [first.source(), first.target()].sort((m, n) => (m.id() < n.id() ? -1 : 1));
      if (!a || !b) continue;
      const sorted = [...edges].sort((m, n) => (m.id() < n.id() ? -1 : 1));
      const controls = pairControls(a.position(), b.position(), base, sorted.length);
      sorted.forEach((e, i) => {
        const control = controls[i];
        if (control && bend(e, control)) changed = true;
      });
    }
  });
  if (changed) cy.emit(BENDS_CHANGED);
  return bends.size > 0;
}

/**
 * The ends of the lines no bend clears (routeLinks' stuck pairs) and of note callouts with a
 * node on them (drawn straight, never bent), and the nodes standing on them: what tidying
 * moves when it leaves lines to bend (tidy.ts).
 */
export function nodesOfStuckLinks(cy: Core): Set<string> {
  const bodies = drawnNodes(cy).map(shapeOf);
  const byId = new Map(bodies.map((b) => [b.id, b]));
  const drawn = new Set(byId.keys());
  const segments = cy
    .edges()
    .toArray()
    .filter((e) => isLinkLine(e) && drawn.has(e.source().id()) && drawn.has(e.target().id()))
    .map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id() }));
  const out = new Set<string>();
  const moveOff = (a: Body, b: Body, always: boolean) => {
    const on = bodies.filter(
      (body) => body.id !== a.id && body.id !== b.id && nodeOnLink(body, a, b, ROUTE_CLEARANCE),
    );
    if (on.length === 0 && !always) return;
    out.add(a.id);
    out.add(b.id);
    for (const body of on) out.add(body.id);
  };
  for (const key of routeLinks(bodies, segments, { previous: new Map(Object.entries(chartBends(cy))) })
    .stuck) {
    const [a, b] = key.split('\u0000').map((id) => byId.get(id));
    if (a && b) moveOff(a, b, true);
  }
  cy.edges('[decor = "callout"]').forEach((e) => {
    const a = byId.get(e.source().id());
    const b = byId.get(e.target().id());
    if (a && b && !e.hasClass('hidden-item')) moveOff(a, b, false);
  });
  return out;
}

/**
 * Routing for one chart: `now` after anything that moves, adds, hides or resizes nodes
 * (`thorough` after a layout, which moved everything), and by itself once a drag ends (a
 * node dropped on a line, or a line's end dragged across a node).
 */
export function bindLinkRouting(cy: Core): { now(thorough?: boolean): void } {
  let anyBent = false;
  const stuck = new Set<string>();
  const now = (thorough = false) => {
    anyBent = routeChartLinks(cy, anyBent, thorough, stuck);
  };
  cy.on('dragfree', 'node', () => now());
  return { now };
}
