import type { Core } from 'cytoscape';
import { runInSlices } from './slices';

/** The longest stretch of drawing before input and frames get the page back. */
const SLICE_MS = 10;
/** Elements drawn between two looks at the clock. */
const STEP = 32;

/** The view a picture was drawn at. */
export interface View {
  zoom: number;
  x: number;
  y: number;
}

type Context = CanvasRenderingContext2D;
type Extent = { x1: number; y1: number; x2: number; y2: number };

/** The parts of Cytoscape's canvas renderer this relies on (not in its typings; checked before use). */
export interface DrawInternals {
  NODE: number;
  canvasWidth: number;
  canvasHeight: number;
  motionBlur?: boolean;
  data: { contexts: Context[]; canvasNeedsRedraw: boolean[] };
  getPixelRatio(): number;
  /** Every element but the dragged ones, in drawing order; the same array until that changes. */
  getCachedZSortedEles(): unknown[] & { nondrag?: unknown[] };
  /** What Cytoscape falls back on when its layer cache cannot draw the chart: every element, at once. */
  drawCachedElements(context: Context, eles: unknown[], pxRatio: number, extent: Extent): void;
  drawCachedElement(context: Context, ele: unknown, pxRatio: number, extent: Extent): void;
  notify(eventName: string, eles?: unknown): void;
  hoverData?: { draggingEles?: boolean };
}

export function hasDrawInternals(r: object): r is DrawInternals {
  const d = r as Partial<DrawInternals>;
  return (
    typeof d.NODE === 'number' &&
    typeof d.getPixelRatio === 'function' &&
    typeof d.getCachedZSortedEles === 'function' &&
    typeof d.drawCachedElements === 'function' &&
    typeof d.drawCachedElement === 'function' &&
    typeof d.notify === 'function' &&
    Array.isArray(d.data?.contexts) &&
    Array.isArray(d.data?.canvasNeedsRedraw)
  );
}

/** What a picture shows: the elements as of a change count, at a view and canvas size. */
interface Key {
  version: number;
  eles: unknown[];
  zoom: number;
  x: number;
  y: number;
  width: number;
  height: number;
  pxRatio: number;
}

const sameKey = (a: Key | null, b: Key | null) =>
  !!a &&
  !!b &&
  a.version === b.version &&
  a.eles === b.eles &&
  a.zoom === b.zoom &&
  a.x === b.x &&
  a.y === b.y &&
  a.width === b.width &&
  a.height === b.height &&
  a.pxRatio === b.pxRatio;

export interface SlicedDraw {
  /**
   * Call just before Cytoscape redraws the node layer: keeps a copy of what the canvas shows
   * (drawn at `view`), to stand in if the redraw is handed to slices.
   */
  beforeDraw(view: View | null): void;
  /** Call just after: a redraw that was not handed to slices is complete as it stands. */
  afterDraw(): void;
  /** Whether a sliced redraw is under way (Cytoscape's texture caches wait meanwhile). */
  busy(): boolean;
  destroy(): void;
}

/**
 * A big chart's whole redraw in slices. When Cytoscape's layer cache cannot draw the chart
 * (a zoom it holds no layer for, or just after a change), Cytoscape draws every element in
 * one go: about 2 s for 10,000 entities and 50,000 links in software rendering, during which
 * a wheel turned again waits. Here that draw goes to an offscreen canvas a few milliseconds
 * at a time, and the canvas shows the last whole picture meanwhile, moved and scaled to the
 * view (as the viewport bitmap does while the view moves); the new picture replaces it only
 * once every element is in it. A change or a move drops the slices drawn so far and the
 * redraw that follows starts again. So what is on screen is always a whole picture, never
 * one with part of the elements; only the margins a move uncovered stay empty until then.
 *
 * The node layer's canvas carries data-drawing="partial" while the picture on it is such a stand-in.
 */
export function bindSlicedDraw(cy: Core, r: DrawInternals, enabled: () => boolean): SlicedDraw {
  const nodeContext = r.data.contexts[r.NODE];
  if (!nodeContext)
    return {
      beforeDraw: () => undefined,
      afterDraw: () => undefined,
      busy: () => false,
      destroy: () => undefined,
    };
  const fallback = r.drawCachedElements;
  const notify = r.notify;
  /** Counts the changes to what is drawn: anything Cytoscape is told of but a view change. */
  let version = 0;
  /** What the node canvas shows when it is a whole picture; null while a stand-in shows. */
  let onCanvas: Key | null = null;
  /** A picture to stand in for a redraw under way: a copy of the canvas, or the last sliced one. */
  let kept: { canvas: HTMLCanvasElement; key: Key | null; view: View | null } | null = null;
  let job: { key: Key; canvas: HTMLCanvasElement } | null = null;
  /** The canvas the next sliced redraw draws into (never the kept one). */
  let spare: HTMLCanvasElement | null = null;
  let nodeDue = false;
  let fellBack = false;
  /**
   * Whether the canvas has ever held a whole picture of a chart with elements: until then a
   * stand-in would be blank (a chart created and filled before its first frame), and slices
   * would only delay the first picture.
   */
  let hadPicture = false;
  const showWhole = (key: Key) => {
    onCanvas = key;
    if (key.eles.length > 0) hadPicture = true;
  };

  // On the canvas, not the container: Cytoscape takes any change to its container's
  // attributes for a resize, and a resize is a change that starts the redraw again.
  const canvasData = nodeContext.canvas.dataset;
  const markPartial = (partial: boolean) => {
    if (partial) canvasData['drawing'] = 'partial';
    else delete canvasData['drawing'];
  };

  const nondrag = () => {
    const sorted = r.getCachedZSortedEles();
    return sorted.nondrag ?? sorted;
  };
  const currentKey = (eles: unknown[]): Key => {
    const pan = cy.pan();
    return {
      version,
      eles,
      zoom: cy.zoom(),
      x: pan.x,
      y: pan.y,
      width: r.canvasWidth,
      height: r.canvasHeight,
      pxRatio: r.getPixelRatio(),
    };
  };
  const viewOf = (key: Key): View => ({ zoom: key.zoom, x: key.x, y: key.y });

  /** A canvas the size of the chart's, cleared: `reuse` if given. */
  const blank = (reuse: HTMLCanvasElement | null) => {
    const canvas = reuse ?? document.createElement('canvas');
    if (canvas.width !== r.canvasWidth) canvas.width = r.canvasWidth;
    if (canvas.height !== r.canvasHeight) canvas.height = r.canvasHeight;
    const ctx = canvas.getContext('2d');
    ctx?.setTransform(1, 0, 0, 1, 0, 0);
    ctx?.clearRect(0, 0, canvas.width, canvas.height);
    return { canvas, ctx };
  };

  /** Puts a picture drawn at `from` on the node canvas, moved and scaled to the view of `to`. */
  const paint = (canvas: HTMLCanvasElement, from: View | null, to: Key) => {
    const ctx = nodeContext;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, r.canvasWidth, r.canvasHeight);
    if (from) {
      const scale = to.zoom / from.zoom;
      const dx = (to.x - from.x * scale) * to.pxRatio;
      const dy = (to.y - from.y * scale) * to.pxRatio;
      ctx.setTransform(scale, 0, 0, scale, dx, dy);
      ctx.drawImage(canvas, 0, 0);
    }
    ctx.restore();
  };

  const start = (key: Key, extent: Extent) => {
    const { canvas, ctx } = blank(job?.canvas ?? spare);
    spare = null;
    if (!ctx) return;
    const mine = { key, canvas };
    job = mine;
    // The transform Cytoscape gives the node layer for this view.
    ctx.translate(key.x * key.pxRatio, key.y * key.pxRatio);
    ctx.scale(key.zoom * key.pxRatio, key.zoom * key.pxRatio);
    const stale = () => job !== mine || cy.destroyed() || !sameKey(key, currentKey(nondrag()));
    void runInSlices(key.eles, (ele) => r.drawCachedElement(ctx, ele, key.pxRatio, extent), {
      sliceMs: SLICE_MS,
      step: STEP,
      stale,
    }).then((done) => {
      if (!done || stale()) return;
      job = null;
      paint(canvas, viewOf(key), key);
      showWhole(key);
      markPartial(false);
      spare = kept?.canvas ?? null;
      kept = { canvas, key, view: viewOf(key) };
      cy.emit('render');
    });
  };

  r.drawCachedElements = function drawCachedElements(context, eles, pxRatio, extent) {
    // The first picture is drawn at once: with nothing to stand in, slices only delay it.
    const standIn = !!kept?.view && (kept.key === null ? hadPicture : kept.key.eles.length > 0);
    if (context !== nodeContext || r.motionBlur || !enabled() || !standIn) {
      fallback.call(r, context, eles, pxRatio, extent);
      return;
    }
    fellBack = true;
    const key = currentKey(eles);
    // Cytoscape asks again as its texture caches fill: the picture on file is of the same.
    if (kept && sameKey(kept.key, key)) {
      paint(kept.canvas, kept.view, key);
      showWhole(key);
      markPartial(false);
      return;
    }
    if (kept) paint(kept.canvas, kept.view, key);
    onCanvas = null;
    markPartial(true);
    if (!job || !sameKey(job.key, key)) start(key, extent);
  };

  // A 'draw' naming no elements is a redraw asked for (forceRender, a view animation).
  // 'bounds' comes from Cytoscape computing an element's box lazily, drawing included (what
  // moved or restyled it was announced already): counting it, a redraw would start itself again.
  const viewOnly = (eventName: string, eles: unknown) =>
    eventName === 'viewport' ||
    eventName === 'gc' ||
    eventName === 'bounds' ||
    (eventName === 'draw' && eles == null);
  r.notify = function notifyChange(eventName, eles) {
    if (!viewOnly(eventName, eles)) version++;
    notify.call(r, eventName, eles);
  };

  return {
    beforeDraw(view) {
      fellBack = false;
      nodeDue = enabled() && r.data.canvasNeedsRedraw[r.NODE] === true;
      if (!nodeDue) return;
      const { canvas, ctx } = blank(kept?.canvas ?? null);
      ctx?.drawImage(nodeContext.canvas, 0, 0);
      kept = { canvas, key: onCanvas, view };
    },
    afterDraw() {
      if (!nodeDue || fellBack) return;
      job = null;
      markPartial(false);
      // While a node is dragged or the view animates Cytoscape draws the nodes alone
      // (hideEdgesOnViewport): a picture to stand in, never one to keep as whole.
      if (r.hoverData?.draggingEles === true || cy.animated()) {
        onCanvas = null;
        return;
      }
      // Cytoscape drew the whole chart itself (from its layers): no slices needed.
      showWhole(currentKey(nondrag()));
    },
    busy: () => job !== null,
    destroy() {
      job = null;
      r.drawCachedElements = fallback;
      r.notify = notify;
      markPartial(false);
    },
  };
}
