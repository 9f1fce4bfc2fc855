import type { Core, EdgeSingular } from 'cytoscape';
import { ENTITY_NODES } from './decor';
import { BULK_CLASS, BULK_DATA, MERGED_DECOR } from './looks';
import type { ChartDiff } from './types';

/** Above this many elements the renderer trades detail for speed while panning and zooming. */
export const BIG_CHART_ELEMENTS = 2000;

/** The rendering flags Cytoscape reads from its renderer on every frame. */
interface ViewportHints {
  hideEdgesOnViewport?: boolean;
  textureOnViewport?: boolean;
  /** The `pixelRatio` option once started: a number, or null for the screen's. */
  forcedPixelRatio?: number | null;
}

/** What takes the big-chart styles: links and merged links (not callout or note lines). */
function isBulkEdge(edge: EdgeSingular): boolean {
  const decor: unknown = edge.data('decor');
  return decor === undefined || decor === MERGED_DECOR;
}

/** Whether the chart will be big once the diff is in: its new entities and links are born with the bulk styles. */
export function bulkClassesFor(cy: Core, diff: ChartDiff): string[] {
  const count = cy.elements().length + diff.addEntities.length + diff.addLinks.length;
  return count > BIG_CHART_ELEMENTS ? [BULK_CLASS] : [];
}

/**
 * Gives a chart over BIG_CHART_ELEMENTS its cheaper styles and renderer flags, and takes them
 * off a chart that shrank below it. Returns whether the chart is big now.
 */
export function applyBigChartHints(cy: Core, headless: boolean, wasBig: boolean): boolean {
  const big = cy.elements().length > BIG_CHART_ELEMENTS;
  // The cheaper styles of a big chart (style.ts): links added without them get them now
  // (one pass over the links, no selector), and a chart that shrank loses them.
  if (big) {
    const missing = cy.edges().filter((e) => !e.hasClass(BULK_CLASS) && isBulkEdge(e));
    const plain = cy.nodes(ENTITY_NODES).filter((n) => !n.hasClass(BULK_CLASS));
    const more = missing.union(plain);
    if (more.nonempty()) cy.batch(() => more.data({ [BULK_DATA]: true }).addClass(BULK_CLASS));
  } else {
    const bulk = cy.elements(`.${BULK_CLASS}`);
    // Set undefined rather than removed: removeData does not restyle (looks.ts).
    if (bulk.nonempty()) cy.batch(() => bulk.data({ [BULK_DATA]: undefined }).removeClass(BULK_CLASS));
  }
  // renderer() is public in Cytoscape but missing from its typings.
  const renderer = (cy as unknown as { renderer(): ViewportHints | null | undefined }).renderer();
  if (!renderer || headless) return big;
  // Cytoscape only takes these at start-up; the chart grows after it, so they are set live.
  // A node dragged on a big chart moves without its links; the view moves as a bitmap
  // (viewport-bitmap.ts) rather than through Cytoscape's texture, which it replaces.
  renderer.hideEdgesOnViewport = big;
  renderer.textureOnViewport = false;
  // One canvas pixel per CSS pixel on a big chart: a quarter of the pixels on a HiDPI screen.
  if (big !== wasBig) renderer.forcedPixelRatio = big ? 1 : null;
  return big;
}
