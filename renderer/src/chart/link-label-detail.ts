import type { Core, SingularElementArgument } from 'cytoscape';
import type { Point } from '../../../graph-schema/chart/geometry';
import { NODE_LABEL_MIN_ZOOM } from './label-text';
import { BULK_CLASS, NEAR_CLASS } from './looks';
import { BULK_LINK_LABEL_MIN_ZOOM } from './style';

/** How long the view must be still before the labelled elements are chosen again. */
const SETTLE_MS = 120;
/** The labelled region reaches this many view widths (and heights) past each side of the view. */
const MARGIN = 0.5;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Detail {
  update(): void;
  destroy(): void;
}

/**
 * Level of detail for a big chart's labels (style.ts, bulkStylesheet): link labels are drawn
 * only once the view is zoomed in far enough to read them, entity names from the zoom
 * Cytoscape draws them at, and then only for the elements in or near the view (a link by its
 * middle), which get NEAR_CLASS. Chosen again when the view has been still for a moment and
 * has left the region chosen for, so panning costs nothing per frame; an element coming into
 * view while the view moves shows its label once it stops. Every entity and link is drawn
 * whatever its label does.
 */
export function bindLinkLabelDetail(cy: Core, isBig: () => boolean): Detail {
  const links = bindDetail(cy, isBig, BULK_LINK_LABEL_MIN_ZOOM, `edge.${BULK_CLASS}`);
  const nodes = bindDetail(cy, isBig, NODE_LABEL_MIN_ZOOM, `node.${BULK_CLASS}`);
  return {
    update() {
      links.update();
      nodes.update();
    },
    destroy() {
      links.destroy();
      nodes.destroy();
    },
  };
}

function bindDetail(cy: Core, isBig: () => boolean, minZoom: number, selector: string): Detail {
  let near = cy.collection();
  let region: Box | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastMove = 0;

  const update = () => {
    if (cy.destroyed()) return;
    const wanted = isBig() && cy.zoom() >= minZoom;
    if (!wanted) {
      region = null;
      if (near.nonempty()) cy.batch(() => near.removeClass(NEAR_CLASS));
      near = cy.collection();
      return;
    }
    const view = cy.extent();
    const dx = view.w * MARGIN;
    const dy = view.h * MARGIN;
    const box = { x1: view.x1 - dx, y1: view.y1 - dy, x2: view.x2 + dx, y2: view.y2 + dy };
    const next = cy.elements(selector).filter((ele) => pointIn(anchor(ele), box));
    const gone = near.difference(next);
    const come = next.difference(near);
    cy.batch(() => {
      gone.removeClass(NEAR_CLASS);
      come.addClass(NEAR_CLASS);
    });
    near = next;
    region = box;
  };

  const run = () => {
    timer = null;
    const quiet = Date.now() - lastMove;
    if (quiet < SETTLE_MS) {
      timer = setTimeout(run, SETTLE_MS - quiet);
      return;
    }
    update();
  };
  const onViewport = () => {
    // Nothing to do while a small chart moves, or while the view stays inside the region.
    const wanted = isBig() && cy.zoom() >= minZoom;
    if (!wanted && near.empty()) return;
    if (wanted && region && inside(cy.extent(), region)) return;
    lastMove = Date.now();
    timer ??= setTimeout(run, SETTLE_MS);
  };
  cy.on('viewport', onViewport);

  return {
    update,
    destroy() {
      cy.removeListener('viewport', onViewport);
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** Where an element counts as near: an entity's centre, a link's middle. */
function anchor(ele: SingularElementArgument): Point {
  if (ele.isNode()) return ele.position();
  const s = ele.source().position();
  const t = ele.target().position();
  return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
}

function pointIn(p: Point, box: Box): boolean {
  return p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2;
}

function inside(view: Box, region: Box): boolean {
  return view.x1 >= region.x1 && view.x2 <= region.x2 && view.y1 >= region.y1 && view.y2 <= region.y2;
}
