import cytoscape, { type Collection, type Core, type CytoscapeOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { bindChartEvents } from './events';
import { applyDiff } from './apply-diff';
import { pendingViewport } from './force-offthread';
import { applyDecor, EMPTY_DECOR, layoutable, type ChartDecor } from './decor';
import { decorStylesheet } from './decor-style';
import { drawnLabels } from './drawn-labels';
import { pageFontParts } from './font-parts';
import { bindLabelGlyphs } from './label-glyphs';
import { bindLabelPlacement } from './label-placement';
import { bindLinkLabelDetail } from './link-label-detail';
import { bindViewportBitmap } from './viewport-bitmap';
import { FIT_MAX_ZOOM, FIT_PADDING, fitReadable, nodesCentre, viewCentre } from './view-fit';
import { applyBigChartHints, bulkClassesFor } from './big-chart';
import { labelStylesheet } from './label-style';
import { directedLookup } from './elements';
import { ANIMATE_MAX_NODES } from './layouts';
import { chartGeometry } from './bodies';
import { clearGroupBoxes } from './group-boxes';
import { bindLinkRouting, chartBends } from './link-routes';
import { looseEnds, placeNewNodes } from './placement';
import { startLayout } from './run-layout';
import { currentSelection, elementsOf, selectedElements } from './selection';
import { CHART_FONT, CHART_THEMES, chartStylesheet, type ChartTheme } from './style';
import { createStyleState } from './style-state';
import { batchStyleTriggers, styleLinksNow } from './style-triggers';
import { tidyLayout } from './tidy';
import type {
  ChartAdapter,
  ChartAdapterOptions,
  ChartDiff,
  ChartPlacement,
  ChartSelection,
  LayoutName,
  RunLayoutOptions,
} from './types';
import type { ChartStyle } from '../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../graph-schema/model/schema';

export { LAYOUT_NAMES } from './layouts';

export { BIG_CHART_ELEMENTS } from './big-chart';

let extensionsRegistered = false;
function registerExtensions(): void {
  if (extensionsRegistered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  extensionsRegistered = true;
}

/** Every rule the chart draws by, in order: types and looks, groups and notes, label places. */
function stylesheetFor(schema: Schema, theme: ChartTheme) {
  return [...chartStylesheet(schema, theme), ...decorStylesheet(theme), ...labelStylesheet()];
}

export interface ChartInternals {
  adapter: ChartAdapter;
  /** The Cytoscape core, for tests in this folder only: the app talks to the adapter. */
  cy: Core;
}

export function createChartAdapter(
  container: HTMLElement | null,
  options: ChartAdapterOptions,
): ChartAdapter {
  return createChart(container, options).adapter;
}

export function createChart(container: HTMLElement | null, options: ChartAdapterOptions): ChartInternals {
  registerExtensions();
  const headless = options.headless === true || container === null;
  const init: CytoscapeOptions = {
    headless,
    // Styles are computed headless too, so tests see what the user would.
    styleEnabled: true,
    style: stylesheetFor(options.schema, options.theme ?? 'dark'),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    webgl: options.renderer === 'webgl',
  };
  if (!headless && container) {
    init.container = container;
    container.tabIndex = 0;
    container.setAttribute('aria-label', 'Link chart');
    container.style.backgroundColor = CHART_THEMES[options.theme ?? 'dark'].background;
  }
  const cy = cytoscape(init);
  batchStyleTriggers(cy);
  const isDirected = directedLookup(options.schema);
  const reporter = bindChartEvents(cy, options);
  /** Over BIG_CHART_ELEMENTS: cheaper styles and level of detail (big-chart.ts). */
  let wasBig = false;
  const isBig = () => wasBig;
  // Labels kept off each other and off nodes, placed again whenever the drawing settles.
  const labels = bindLabelPlacement(cy, isBig);
  // A big chart's link labels only where they can be read (link-label-detail.ts).
  const linkLabels = bindLinkLabelDetail(cy, isBig);
  // A big chart's view moves as a bitmap of the last frame while the analyst pans or zooms.
  const unbindBitmap = headless ? () => undefined : bindViewportBitmap(cy, isBig);
  // Links bent round the nodes they do not join, routed again whenever the drawing changes.
  const routing = bindLinkRouting(cy);
  // Each label drawn only once the font parts its characters need are loaded (label-glyphs.ts).
  const glyphs = headless ? null : bindLabelGlyphs(cy, pageFontParts(CHART_FONT));
  let running: { stop(): void; settle(): void } | null = null;
  const styling = createStyleState(options.schema);
  let decor: ChartDecor = EMPTY_DECOR;
  /** Whether highlight() has dimmed the chart and marked a path. */
  let highlighted = false;

  const shouldAnimate = (nodes: number) => !headless && nodes <= ANIMATE_MAX_NODES;

  /**
   * Stops the layout in progress. Its promise resolves too: a stopped layout does not
   * always emit layoutstop, and a caller awaiting runLayout must not hang.
   */
  const stopRunning = () => {
    const current = running;
    running = null;
    current?.stop();
    current?.settle();
  };

  /** Moves nodes a layout left on another node, label or link (tidy.ts); pinned ones stay. */
  const tidy = (eles: Collection, name: LayoutName) => {
    tidyLayout(cy, eles, { keepRows: name === 'hierarchical', linesBend: name === 'grid' });
    clearBoxes();
    routing.now(true);
  };

  /** Group boxes hold their members only (group-boxes.ts); a chart without groups skips the pass. */
  const clearBoxes = () => {
    if (decor.groups.some((g) => !g.collapsed)) clearGroupBoxes(cy);
  };

  const runOn = (
    eles: Collection,
    name: LayoutName,
    incremental: boolean,
    fit: boolean,
    measure?: RunLayoutOptions['measure'],
  ): Promise<void> => {
    stopRunning();
    // The layout never fits by itself: fitReadable does once it stops, with the zoom capped.
    const animate = shouldAnimate(eles.nodes().length);
    const layout = startLayout(cy, eles, name, {
      animate,
      incremental,
      offThread: !headless,
      measure,
      // A selection's layout is tidied once it is moved back where the analyst had it.
      ...(incremental ? {} : { onFinished: () => tidy(eles, name) }),
      ...(fit ? { fit: { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM } } : {}),
    });
    return new Promise<void>((resolve) => {
      const entry = { stop: layout.stop, settle: resolve };
      running = entry;
      void layout.done.then((finished) => {
        if (running === entry) running = null;
        // A big layout written in slices has fitted the view already (force-offthread.ts).
        // Notes are the analyst's and no layout moves them: the view shows them with the rest.
        if (finished && fit && !layout.viewportSet) fitReadable(cy, eles.union(cy.nodes('[decor = "note"]')));
        // Links moved: the labelled ones near the view are chosen again.
        linkLabels.update();
        resolve();
      });
    });
  };

  /** Big-chart hints set, then the batch's links styled in one pass (style-triggers.ts). */
  const applyViewportHints = () => {
    wasBig = applyBigChartHints(cy, headless, wasBig);
    styleLinksNow(cy);
  };

  /**
   * A big chart is fitted to its nodes: the links lie between them, and the bounds of every
   * link and its label would be computed before the first frame only to be computed again.
   */
  const fitWhole = () => fitReadable(cy, wasBig ? cy.nodes() : cy.elements());

  const adapter: ChartAdapter = {
    apply(diff: ChartDiff) {
      const wasEmpty = cy.nodes().empty();
      let added = cy.collection().nodes();
      cy.batch(() => {
        const bulk = bulkClassesFor(cy, diff);
        added = applyDiff(cy, diff, isDirected, { linkClasses: bulk, entityClasses: bulk });
        styling.record(diff);
        styling.restyle(cy);
      });
      // Placed once the batch has styled the newcomers: their sizes decide what they touch.
      cy.batch(() => {
        const loose = wasEmpty
          ? cy.collection().nodes()
          : looseEnds(
              cy,
              diff.addLinks.map((l) => l.id),
              added,
            );
        const toPlace = added.union(loose).nodes();
        if (!wasEmpty && toPlace.nonempty()) {
          placeNewNodes(cy, toPlace, { viewCentre: viewCentre(cy), keep: new Set(loose.map((n) => n.id())) });
        }
        applyDecor(cy, decor);
      });
      clearBoxes();
      applyViewportHints();
      // A first fill is laid out next, and routed and labelled once laid out: near the view
      // now would be every node, all still at the origin.
      if (!wasEmpty) {
        routing.now();
        linkLabels.update();
      }
      if (added.empty()) return;
      // New nodes on a chart already drawn keep the places placement chose: no layout.
      if (wasEmpty) void runOn(layoutable(cy, decor), 'force', false, true);
    },

    setStyle(style: ChartStyle) {
      styling.setStyle(style);
      styling.restyle(cy);
      routing.now();
    },

    setTheme(theme: ChartTheme) {
      // Colours only: every label keeps its size, so nothing is placed or routed again.
      cy.style(stylesheetFor(options.schema, theme));
      batchStyleTriggers(cy);
      if (container && !headless) container.style.backgroundColor = CHART_THEMES[theme].background;
    },

    setDecor(next: ChartDecor) {
      decor = next;
      cy.batch(() => applyDecor(cy, decor));
      clearBoxes();
      routing.now();
    },

    restore(diff: ChartDiff, placement: ChartPlacement) {
      stopRunning();
      cy.batch(() => {
        const bulk = bulkClassesFor(cy, diff);
        applyDiff(cy, diff, isDirected, {
          positions: placement.positions,
          linkClasses: bulk,
          entityClasses: bulk,
        });
        styling.record(diff);
        styling.restyle(cy);
        applyDecor(cy, decor);
      });
      applyViewportHints();
      routing.now(true);
      if (placement.viewport)
        cy.viewport({ zoom: placement.viewport.zoom, pan: { ...placement.viewport.pan } });
      else if (cy.nodes().nonempty()) fitWhole();
      // Labelled for the view the chart opens at, not the one before it.
      linkLabels.update();
    },

    freeSpot() {
      // Beside the chart's top-right corner: a new note never lands on top of anything.
      const drawn = cy.elements(':visible');
      if (drawn.empty()) return viewCentre(cy);
      const box = drawn.boundingBox({});
      return { x: box.x2 + 130, y: box.y1 + 20 };
    },

    positionOf(id: string) {
      const node = cy.getElementById(id);
      if (node.empty() || !node.isNode()) return null;
      const { x, y } = node.position();
      return { x, y };
    },

    viewport() {
      const pending = pendingViewport(cy);
      if (pending) return { zoom: pending.zoom, pan: { ...pending.pan } };
      const pan = cy.pan();
      return { zoom: cy.zoom(), pan: { x: pan.x, y: pan.y } };
    },

    setSelection(ids: ChartSelection) {
      const wanted = elementsOf(cy, ids);
      cy.batch(() => {
        selectedElements(cy).difference(wanted).unselect();
        wanted.select();
      });
      reporter.acknowledge(currentSelection(cy));
    },

    highlight(ids: ChartSelection | null) {
      // No highlight on and none asked for (every chart opened): no pass over the chart.
      if (!ids && !highlighted) return;
      highlighted = ids !== null;
      cy.batch(() => {
        cy.elements().removeClass('dimmed highlighted');
        if (!ids) return;
        const members = elementsOf(cy, ids);
        members.addClass('highlighted');
        cy.elements().difference(members).addClass('dimmed');
      });
    },

    async runLayout(name: LayoutName, layoutOpts?: RunLayoutOptions) {
      if (!layoutOpts?.selectionOnly) {
        await runOn(layoutable(cy, decor), name, false, true, layoutOpts?.measure);
        return;
      }
      const nodes = cy.nodes(':selected');
      if (nodes.length < 2) return;
      const eles = nodes.union(nodes.edgesWith(nodes));
      const before = nodesCentre(nodes);
      await runOn(eles, name, true, false, layoutOpts.measure);
      // Layouts place their result anywhere; keep the selection where the analyst had it.
      const after = nodesCentre(nodes);
      const dx = before.x - after.x;
      const dy = before.y - after.y;
      // Pinned nodes held their place in the layout already: shifting the rest would tear them apart.
      if ((dx !== 0 || dy !== 0) && nodes.filter(':locked').empty()) nodes.shift({ x: dx, y: dy });
      tidy(eles, name);
    },

    geometry() {
      return chartGeometry(cy);
    },

    labels() {
      return drawnLabels(cy);
    },

    fit(ids?: string[]) {
      const eles = ids && ids.length > 0 ? elementsOf(cy, { entities: ids, links: [] }) : cy.elements();
      if (eles.empty()) return;
      fitReadable(cy, eles);
    },

    zoom(factor: number) {
      if (!(factor > 0) || !Number.isFinite(factor)) return;
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },

    counts() {
      return { nodes: cy.nodes().length, edges: cy.edges().length, selected: cy.$(':selected').length };
    },

    positions() {
      const out: Record<string, { x: number; y: number }> = {};
      for (const n of cy.nodes()) {
        const { x, y } = n.position();
        out[n.id()] = { x, y };
      }
      return out;
    },

    bends() {
      return chartBends(cy);
    },

    focus() {
      container?.focus();
    },

    destroy() {
      labels.destroy();
      glyphs?.destroy();
      linkLabels.destroy();
      unbindBitmap();
      stopRunning();
      cy.destroy();
    },
  };

  return { adapter, cy };
}
