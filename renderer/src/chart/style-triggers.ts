import type { Core, SingularElementArgument } from 'cytoscape';

type Ele = SingularElementArgument;
type Trigger = (from: unknown, to: unknown, ele: Ele) => boolean;

/** What Cytoscape's style object holds (not in its typings; checked before use). */
interface StyleInternals {
  apply(eles: ArrayLike<Ele>): unknown;
  checkTriggers(ele: Ele, name: string, from: unknown, to: unknown): void;
  properties: Record<
    string,
    | {
        triggersZOrder?: Trigger;
        triggersBounds?: Trigger;
        triggersBoundsOfConnectedEdges?: Trigger;
        triggersBoundsOfParallelEdges?: Trigger;
      }
    | undefined
  >;
}

/** What an element's restyle must be followed by, one bit each. */
const Z_ORDER = 1;
const BOUNDS = 2;
const EDGE_BOUNDS = 4;
const PARALLEL_BOUNDS = 8;

/** Cytoscape's own, public but missing from its typings. */
interface Dirtying {
  dirtyStyleCache(): void;
  dirtyCompoundBoundsCache(): void;
  dirtyBoundingBoxCache(): void;
}
const dirtying = (ele: Ele) => ele as unknown as Dirtying;
const hasCompoundNodes = (cy: Core) => (cy as unknown as { hasCompoundNodes(): boolean }).hasCompoundNodes();

/** Where Cytoscape keeps an element's cached style values and a node's links (not in its typings). */
interface CacheInternals {
  _private?: { group?: unknown; styleCache?: unknown; edges?: unknown; styleDirty?: unknown };
}

/**
 * Cytoscape's dirtyStyleCache, without the collection of its links it makes for each node:
 * 10,000 collections in a 10,000-entity chart's first style pass. Charts with group boxes
 * (compound nodes) take Cytoscape's own, which reaches parents and members too.
 */
function dropStyleCache(ele: Ele, compound: boolean): void {
  const p = (ele as unknown as CacheInternals)._private;
  if (compound || !p || !Array.isArray(p.edges)) {
    dirtying(ele).dirtyStyleCache();
    return;
  }
  p.styleCache = null;
  // A node's links, as Cytoscape's connectedEdges lists them (a link has none).
  if (p.group === 'nodes')
    for (const edge of p.edges as CacheInternals[]) if (edge._private) edge._private.styleCache = null;
}
const notify = (cy: Core, event: string, ele: Ele) =>
  (cy as unknown as { notify(event: string, eles: Ele): void }).notify(event, ele);

function hasStyleInternals(style: object): style is StyleInternals {
  const s = style as Partial<StyleInternals>;
  return (
    typeof s.apply === 'function' &&
    typeof s.checkTriggers === 'function' &&
    typeof s.properties?.['display']?.triggersBounds === 'function' &&
    typeof s.properties['curve-style']?.triggersBoundsOfParallelEdges === 'function'
  );
}

/**
 * Styling an element, Cytoscape follows each property it sets with the property's triggers:
 * the element's style cache and its links' caches are dropped (a collection of its links
 * made each time), and its bounds marked stale with a 'bounds' event that goes round every
 * chart listener. A node or link of this chart's stylesheet gets 20 to 30 properties, so a
 * 10,000-entity chart's first style pass did that about 1.5 million times: a third of the
 * pass. Here the triggers are still judged per property, as Cytoscape judges them, but what
 * they call for is done once per element when its styling ends. Nothing reads those caches
 * while an element is being styled, so the result is the same. Installed on the chart's style
 * object, which a new stylesheet replaces: call again after cy.style(...).
 */
export function batchStyleTriggers(cy: Core): void {
  const style: object = cy.style();
  if (!hasStyleInternals(style)) return;
  const apply = style.apply;
  const check = style.checkTriggers;
  const properties = style.properties;
  let pending: Map<Ele, number> | null = null;

  style.checkTriggers = function checkTriggersOnce(ele, name, from, to) {
    if (!pending) {
      check.call(this, ele, name, from, to);
      return;
    }
    const prop = properties[name];
    let due = pending.get(ele) ?? 0;
    if (prop && !ele.removed()) {
      if (prop.triggersZOrder?.(from, to, ele)) due |= Z_ORDER;
      if (prop.triggersBounds?.(from, to, ele)) due |= BOUNDS;
      if (prop.triggersBoundsOfConnectedEdges?.(from, to, ele)) due |= EDGE_BOUNDS;
      if (prop.triggersBoundsOfParallelEdges?.(from, to, ele)) due |= PARALLEL_BOUNDS;
    }
    pending.set(ele, due);
  };

  style.apply = function applyOnce(eles) {
    if (pending) return apply.call(this, eles);
    const mine = new Map<Ele, number>();
    pending = mine;
    try {
      return apply.call(this, eles);
    } finally {
      pending = null;
      const compound = hasCompoundNodes(cy);
      for (const [ele, due] of mine) {
        // In Cytoscape's order: the style cache always, then each trigger that fired.
        dropStyleCache(ele, compound);
        if (ele.removed()) continue;
        if (due & Z_ORDER) notify(cy, 'zorder', ele);
        if (due & BOUNDS) {
          dirtying(ele).dirtyCompoundBoundsCache();
          dirtying(ele).dirtyBoundingBoxCache();
        }
        // A link has no links of its own, a node no parallel links: Cytoscape finds none either.
        if (due & EDGE_BOUNDS && ele.isNode())
          ele.connectedEdges().forEach((e) => dirtying(e).dirtyBoundingBoxCache());
        if (due & PARALLEL_BOUNDS && ele.isEdge())
          ele.parallelEdges().forEach((e) => dirtying(e).dirtyBoundingBoxCache());
      }
    }
  };
}

/**
 * Styles now, in one pass, the links Cytoscape marked for styling (a batch's). Left to
 * Cytoscape, each is styled alone the first time something reads it (the first frame):
 * 50,000 passes of one link on a 10,000-entity chart, each with its own collection and
 * bounds notice. The result is the same: Cytoscape clears the mark and styles the link, as
 * here. Links only: entities styled ahead of the first frame were drawn from a coarse texture,
 * without their icons, once zoomed in (Cytoscape's element texture cache; links have none).
 * Call outside a batch, on a chart batchStyleTriggers was installed on.
 */
export function styleLinksNow(cy: Core): void {
  const style: object = cy.style();
  if (!hasStyleInternals(style) || cy.destroyed()) return;
  const dirty: Ele[] = [];
  cy.edges().forEach((edge) => {
    const p = (edge as unknown as CacheInternals)._private;
    if (p?.styleDirty !== true) return;
    p.styleDirty = false;
    dirty.push(edge);
  });
  if (dirty.length > 0) style.apply(dirty);
}
