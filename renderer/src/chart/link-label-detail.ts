import type { Core, EdgeSingular } from 'cytoscape';
import { BULK_CLASS, NEAR_CLASS } from './looks';
import { BULK_LINK_LABEL_MIN_ZOOM } from './style';

/** How long the view must be still before the labelled links are chosen again. */
const SETTLE_MS = 120;
/** The labelled region reaches this many view widths (and heights) past each side of the view. */
const MARGIN = 0.5;

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Level of detail for a big chart's link labels (style.ts, bulkStylesheet): they are drawn
 * only once the view is zoomed in far enough to read them, and then only for the links whose
 * middle is in or near the view, which get NEAR_CLASS. Chosen again when the view has been
 * still for a moment and has left the region chosen for, so panning costs nothing per frame;
 * a link coming into view while the view moves shows its label once it stops. Every link is
 * drawn whatever its label does.
 */
export function bindLinkLabelDetail(cy: Core, isBig: () => boolean): { update(): void; destroy(): void } {
  let near = cy.collection();
  let region: Box | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastMove = 0;

  const update = () => {
    if (cy.destroyed()) return;
    const wanted = isBig() && cy.zoom() >= BULK_LINK_LABEL_MIN_ZOOM;
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
    const next = cy.edges(`.${BULK_CLASS}`).filter((e) => middleIn(e, box));
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
    const wanted = isBig() && cy.zoom() >= BULK_LINK_LABEL_MIN_ZOOM;
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

function middleIn(edge: EdgeSingular, box: Box): boolean {
  const s = edge.source().position();
  const t = edge.target().position();
  const x = (s.x + t.x) / 2;
  const y = (s.y + t.y) / 2;
  return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
}

function inside(view: Box, region: Box): boolean {
  return view.x1 >= region.x1 && view.x2 <= region.x2 && view.y1 >= region.y1 && view.y2 <= region.y2;
}
