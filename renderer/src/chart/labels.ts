import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { Measure } from '../../../graph-schema/chart/display-list';
import type { Body, Point } from '../../../graph-schema/chart/geometry';
import {
  layoutLabelsInSteps,
  SCREEN_LINK_FONT,
  SCREEN_NODE_FONT,
  type LabelLayout,
  type LabelRequest,
} from '../../../graph-schema/chart/label-layout';
import { approximateMeasure } from '../../../graph-schema/chart/text-wrap';
import { BULK_CLASS, NEAR_CLASS } from './looks';
import { BENDS_CHANGED } from './link-routes';
import { CHART_FONT } from './style';

/**
 * Labels on screen placed by graph-schema/chart/label-layout.ts, the rules the exports use:
 * none over another label or over a node. Each label is told where to go through classes
 * and data the stylesheet maps (label-style.ts): a side of its node, an offset along its
 * link, a shortened text, or none; the whole text shows as a tooltip on hover.
 *
 * Labels scale with the zoom, so a placement holds at every zoom: it is redone only when
 * what is drawn changes (elements, positions once they stop moving, selection, pins), after
 * the chart has been still for a moment, and never while zoomed out past the level where
 * Cytoscape stops drawing labels (min-zoomed-font-size). No React, no per-frame work.
 *
 * A big chart (the adapter says which) places only the labels in and near the view, again
 * once the view leaves that region, and in slices of a few milliseconds between which input
 * and frames go on: at 10,000 entities one placement of the whole chart blocked the page for
 * a third of a second each time the chart settled. Labels outside the region keep the
 * stylesheet's place until the view comes to them.
 */

/** Below this zoom Cytoscape draws no node labels (11px, min-zoomed-font-size 6). */
export const NODE_LABEL_MIN_ZOOM = 6 / SCREEN_NODE_FONT.size;
/** How long the chart must be still before labels are placed again. */
const SETTLE_MS = 120;
/** A big chart's placed region reaches this many view widths (and heights) past each side. */
const REGION_MARGIN = 0.5;
/** Nodes this far past the region still keep labels off them, in chart units. */
const BODY_MARGIN = 200;
/** Labels placed between two looks at the clock, and the time a slice may take. */
const STEP_LABELS = 50;
const SLICE_MS = 8;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const LABEL_CLASSES = {
  above: 'lbl-above',
  right: 'lbl-right',
  left: 'lbl-left',
  moved: 'lbl-moved',
  short: 'lbl-short',
  off: 'lbl-off',
} as const;
const ALL_CLASSES = Object.values(LABEL_CLASSES).join(' ');

export interface LabelPlacer {
  /** Places every label now (tests; the chart itself waits for the view to settle). */
  placeNow(): LabelLayout;
  destroy(): void;
}

export function bindLabelPlacement(cy: Core, isBig: () => boolean = () => false): LabelPlacer {
  const measure = screenMeasure();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Whether `timer` is a wait for the chart to settle (not a slice of a placement). */
  let waiting = false;
  let lastChange = 0;
  let dirty = true;
  let applying = false;
  /** Where the last placement reached; null: the whole chart. */
  let placedRegion: Box | null = null;
  /** Bumped by every change: a sliced placement started before one is dropped. */
  let generation = 0;
  const applied = new Map<string, string>();

  const start = () => {
    dirty = false;
    const region = isBig() ? grow(cy.extent(), REGION_MARGIN) : null;
    const around = region && {
      x1: region.x1 - BODY_MARGIN,
      y1: region.y1 - BODY_MARGIN,
      x2: region.x2 + BODY_MARGIN,
      y2: region.y2 + BODY_MARGIN,
    };
    const steps = layoutLabelsInSteps(
      requests(cy, region),
      { measure, bodies: bodies(cy, around) },
      STEP_LABELS,
    );
    const finish = (layout: LabelLayout) => {
      applying = true;
      try {
        cy.batch(() => apply(cy, layout, applied));
      } finally {
        applying = false;
      }
      placedRegion = region;
      return layout;
    };
    return { steps, finish };
  };

  const placeNow = (): LabelLayout => {
    const { steps, finish } = start();
    for (;;) {
      const step = steps.next();
      if (step.done) return finish(step.value);
    }
  };

  /** A big chart's placement, a slice at a time; dropped if the chart changes meanwhile. */
  const placeInSlices = () => {
    const { steps, finish } = start();
    const mine = generation;
    const slice = () => {
      if (cy.destroyed() || mine !== generation) return;
      const began = performance.now();
      for (;;) {
        const step = steps.next();
        if (step.done) {
          finish(step.value);
          return;
        }
        if (performance.now() - began > SLICE_MS) break;
      }
      timer = setTimeout(slice, 0);
    };
    slice();
  };

  const run = () => {
    timer = null;
    waiting = false;
    const quiet = Date.now() - lastChange;
    if (quiet < SETTLE_MS) {
      timer = setTimeout(run, SETTLE_MS - quiet);
      waiting = true;
      return;
    }
    if (cy.destroyed()) return;
    // Zoomed out no label is drawn: placing waits until the analyst zooms back in.
    if (!dirty || cy.zoom() < NODE_LABEL_MIN_ZOOM) return;
    if (isBig()) placeInSlices();
    else placeNow();
  };
  const schedule = () => {
    lastChange = Date.now();
    // One timer for any number of changes: run() waits out the rest of the quiet time itself.
    // Opening a 10,000-entity chart emits 60,000 adds, each of which cleared and set a timer.
    if (waiting) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(run, SETTLE_MS);
    waiting = true;
  };
  const changed = () => {
    if (applying) return;
    dirty = true;
    generation++;
    schedule();
  };

  // A bend moves a link's label to the curve's middle (link-routes.ts).
  cy.on(`add remove position select unselect class data ${BENDS_CHANGED}`, changed);
  cy.on('viewport', () => {
    // A big chart's view leaving the region placed for needs the labels it comes to.
    if (!dirty && placedRegion && !inside(cy.extent(), placedRegion)) {
      dirty = true;
      generation++;
    }
    if (dirty) schedule();
  });
  const container = cy.container();
  const hover = (event: EventObject) => showFullText(container, event);
  if (container) {
    cy.on('mouseover', 'node, edge', hover);
    cy.on('mouseout', 'node, edge', () => container.removeAttribute('title'));
  }
  schedule();

  return {
    placeNow,
    destroy() {
      generation++;
      if (timer) clearTimeout(timer);
      timer = null;
      waiting = false;
    },
  };
}

function grow(view: Box & { w: number; h: number }, by: number): Box {
  const dx = view.w * by;
  const dy = view.h * by;
  return { x1: view.x1 - dx, y1: view.y1 - dy, x2: view.x2 + dx, y2: view.y2 + dy };
}

function inside(view: Box, region: Box): boolean {
  return view.x1 >= region.x1 && view.x2 <= region.x2 && view.y1 >= region.y1 && view.y2 <= region.y2;
}

const within = (p: Point, box: Box | null) =>
  box === null || (p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2);

/** The label's whole text as the container's tooltip, when the chart shows less of it. */
function showFullText(container: HTMLElement | null, event: EventObject): void {
  if (!container) return;
  const ele = event.target as NodeSingular | EdgeSingular;
  const full = labelText(ele);
  const cut = ele.hasClass(LABEL_CLASSES.short) || ele.hasClass(LABEL_CLASSES.off) || unlabelledBulk(ele);
  const tooSmall = ele.cy().zoom() < NODE_LABEL_MIN_ZOOM;
  if (full !== '' && (cut || tooSmall)) container.title = full;
  else container.removeAttribute('title');
}

/** What the element's label says when drawn whole (a style's link label replaces the type's). */
function labelText(ele: NodeSingular | EdgeSingular): string {
  const look: unknown = ele.isEdge() ? ele.data('lookLabel') : undefined;
  const text: unknown = look ?? ele.data('label');
  return typeof text === 'string' ? text : '';
}

/** A big chart's element whose label is not drawn here (level of detail, link-label-detail.ts). */
const unlabelledBulk = (ele: NodeSingular | EdgeSingular) =>
  ele.hasClass(BULK_CLASS) && !ele.hasClass(NEAR_CLASS);

const isOpenGroup = (n: NodeSingular) => n.data('decor') === 'group' && !n.hasClass('collapsed');

function drawn(n: NodeSingular): boolean {
  return !isOpenGroup(n) && n.visible();
}

/** Every node drawn, as an obstacle: notes and collapsed groups are boxes, entities discs. */
function bodies(cy: Core, region: Box | null): Body[] {
  const out: Body[] = [];
  cy.nodes().forEach((n) => {
    if (!within(n.position(), region) || !drawn(n)) return;
    const { x, y } = n.position();
    const w = n.outerWidth() / 2;
    const h = n.outerHeight() / 2;
    const kind: unknown = n.data('decor');
    const boxed = kind === 'note' || kind === 'group';
    out.push({
      id: n.id(),
      x,
      y,
      radius: Math.max(w, h),
      ...(boxed ? { box: { x1: x - w, y1: y - h, x2: x + w, y2: y + h } } : {}),
      label: null,
    });
  });
  return out;
}

/** Selected first, then pinned, then the best linked; link labels after names. */
function priority(ele: NodeSingular | EdgeSingular): number {
  let p = ele.selected() ? 1_000_000 : 0;
  if (ele.isNode()) {
    if (ele.hasClass('pinned')) p += 500_000;
    p += ele.degree(false);
  }
  return p;
}

/** The labels to place: those drawn, in the region (null: everywhere). */
function requests(cy: Core, region: Box | null): LabelRequest[] {
  const out: LabelRequest[] = [];
  cy.nodes().forEach((n) => {
    // A note's text is inside its box: nothing to place.
    if (!within(n.position(), region) || !drawn(n) || n.data('decor') === 'note' || unlabelledBulk(n)) return;
    const text = labelText(n);
    if (text.trim() === '') return;
    const { x, y } = n.position();
    const w = n.outerWidth() / 2;
    const h = n.outerHeight() / 2;
    const body: Body = { id: n.id(), x, y, radius: Math.max(w, h), label: null };
    if (n.data('decor') === 'group') body.box = { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
    out.push({ kind: 'node', id: n.id(), text, body, priority: priority(n) });
  });
  cy.edges().forEach((e) => {
    if (unlabelledBulk(e) || !within(middle(e), region) || !e.visible()) return;
    const text = labelText(e);
    if (text.trim() === '' || e.data('decor') === 'callout') return;
    out.push({ kind: 'link', id: e.id(), text, anchors: linkAnchors(e), priority: priority(e) });
  });
  return out;
}

function middle(e: EdgeSingular): Point {
  const s = e.source().position();
  const t = e.target().position();
  return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
}

/** Where the renderer centres the label (a bowed parallel link's middle), then along the line. */
function linkAnchors(e: EdgeSingular): Point[] {
  const s = e.source().position();
  const t = e.target().position();
  const straight = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  // midpoint() is the renderer's; headless there is none.
  const rendered = e.cy().container() ? (e.midpoint() as Point | undefined) : undefined;
  const mid = rendered && Number.isFinite(rendered.x) ? rendered : straight;
  return [0, -0.12, 0.12, -0.22, 0.22].map((k) => ({
    x: mid.x + (t.x - s.x) * k,
    y: mid.y + (t.y - s.y) * k,
  }));
}

/** Writes the placement as classes and data, touching only labels whose placement changed. */
function apply(cy: Core, layout: LabelLayout, applied: Map<string, string>): void {
  const next = new Map<string, string>();
  for (const p of layout.placed) {
    const side = p.side && p.side !== 'below' ? p.side : '';
    const moved = p.offset.x !== 0 || p.offset.y !== 0;
    const key = `${side}|${moved ? `${p.offset.x},${p.offset.y}` : ''}|${p.shortened ? (p.lines[0] ?? '') : ''}`;
    next.set(p.id, key);
    if (applied.get(p.id) === key) continue;
    const ele = cy.getElementById(p.id);
    ele.removeClass(ALL_CLASSES);
    if (side) ele.addClass(LABEL_CLASSES[side as 'above' | 'right' | 'left']);
    if (moved) {
      ele.data({ lblDx: p.offset.x, lblDy: p.offset.y });
      ele.addClass(LABEL_CLASSES.moved);
    }
    if (p.shortened) {
      ele.data('lblText', p.lines[0] ?? '');
      ele.addClass(LABEL_CLASSES.short);
    }
  }
  for (const l of layout.left) {
    next.set(l.id, 'off');
    if (applied.get(l.id) === 'off') continue;
    cy.getElementById(l.id).removeClass(ALL_CLASSES).addClass(LABEL_CLASSES.off);
  }
  // Labels no longer asked for (gone, or their text emptied) lose their placement.
  for (const id of applied.keys()) if (!next.has(id)) cy.getElementById(id).removeClass(ALL_CLASSES);
  applied.clear();
  for (const [id, key] of next) applied.set(id, key);
}

/** Text widths as the chart's canvas draws them; an estimate where there is no canvas (tests). */
function screenMeasure(): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return approximateMeasure;
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${CHART_FONT}`;
    // Cytoscape rounds each label's width up (calculateLabelDimensions).
    return Math.ceil(ctx.measureText(text).width);
  };
}

export { SCREEN_LINK_FONT, SCREEN_NODE_FONT };

/** Cytoscape's `marginOfError` in its label bounds (2 px on each side in cytoscape 3.x). */
const LABEL_BOUNDS_MARGIN = 2;

/** A label as the renderer draws it now, in chart units. */
export interface DrawnLabel {
  id: string;
  kind: 'node' | 'link';
  text: string;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/**
 * Every label Cytoscape draws at the current zoom, with the box it measures for it: for the
 * browser tests (test-hook.ts), which check what the analyst sees rather than what was asked.
 */
export function drawnLabels(cy: Core): DrawnLabel[] {
  const zoom = cy.zoom();
  const out: DrawnLabel[] = [];
  cy.elements().forEach((ele) => {
    if (!ele.visible() || (ele.isNode() && isOpenGroup(ele))) return;
    const text = String(ele.style('label') ?? '');
    if (text.trim() === '') return;
    // Cytoscape skips a label smaller on screen than min-zoomed-font-size.
    const size = ele.numericStyle('font-size');
    if (size * zoom < ele.numericStyle('min-zoomed-font-size')) return;
    if (ele.numericStyle('text-opacity') === 0) return;
    const b = ele.boundingBox({
      includeNodes: false,
      includeEdges: false,
      includeLabels: true,
      includeOverlays: false,
    });
    if (!(b.w > 0)) return;
    // Cytoscape widens a label's bounds by a margin for browser text-measuring error; the
    // patch it paints is that much smaller on every side, and it is the patch a reader sees.
    const m = LABEL_BOUNDS_MARGIN;
    out.push({
      id: ele.id(),
      kind: ele.isNode() ? 'node' : 'link',
      text,
      box: { x1: b.x1 + m, y1: b.y1 + m, x2: b.x2 - m, y2: b.y2 - m },
    });
  });
  return out;
}
