import type { Core } from 'cytoscape';
import { layoutLabelsInSteps, type LabelLayout } from '../../../graph-schema/chart/label-layout';
import { applyLabelLayout } from './label-classes';
import { screenMeasure } from './label-measure';
import { labelObstacles, labelRequests, type Box } from './label-requests';
import { bindFullTextTooltip, NODE_LABEL_MIN_ZOOM } from './label-text';
import { BENDS_CHANGED } from './link-routes';

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

/** How long the chart must be still before labels are placed again. */
const SETTLE_MS = 120;
/** A big chart's placed region reaches this many view widths (and heights) past each side. */
const REGION_MARGIN = 0.5;
/** Nodes this far past the region still keep labels off them, in chart units. */
const BODY_MARGIN = 200;
/** Labels placed between two looks at the clock, and the time a slice may take. */
const STEP_LABELS = 50;
const SLICE_MS = 8;

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
      labelRequests(cy, region),
      { measure, bodies: labelObstacles(cy, around) },
      STEP_LABELS,
    );
    const finish = (layout: LabelLayout) => {
      applying = true;
      try {
        cy.batch(() => applyLabelLayout(cy, layout, applied));
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
  bindFullTextTooltip(cy);
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
