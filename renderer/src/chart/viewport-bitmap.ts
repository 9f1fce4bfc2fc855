import type { Core } from 'cytoscape';
import { bindSlicedDraw, hasDrawInternals, type SlicedDraw } from './sliced-draw';

/**
 * The view must be still this long before the chart is drawn again: longer than Cytoscape's
 * own 150 ms after the wheel, so a wheel turned notch by notch on a busy machine is not
 * answered by a full draw (most of a second at 10,000 entities) between two notches.
 */
const SETTLE_MS = 400;

/** Cytoscape's texture caches, filled a few elements at a time before each frame. */
interface TextureQueue {
  dequeue(...args: unknown[]): unknown[];
}

/** The parts of Cytoscape's canvas renderer this relies on (not in its typings; checked before use). */
interface CanvasRenderer {
  render(options?: { forcedContext?: unknown }): void;
  data: {
    canvases: HTMLCanvasElement[];
    wheelZooming?: boolean;
    eleTxrCache?: Partial<TextureQueue>;
    lyrTxrCache?: Partial<TextureQueue>;
  };
  hoverData: { dragging?: boolean };
  pinching?: boolean;
  swipePanning?: boolean;
}

/**
 * While the view of a big chart moves (wheel, drag on the background, pinch), the frame last
 * drawn is moved and scaled as a bitmap, a CSS transform on Cytoscape's canvases, instead of
 * being drawn again; when the gesture ends Cytoscape draws the chart once, whole, and the
 * transform goes. Cytoscape's own textureOnViewport draws every node again into a texture at
 * twice the resolution at the start of each gesture: about a second at 10,000 entities in
 * software rendering, during which the wheel went unanswered. Here a frame while moving costs
 * a style change. Nothing is left out: the bitmap is the whole chart as last drawn, links
 * included; only the margin the view moves into is empty until the gesture ends. The draw
 * once still goes to slices when Cytoscape's layer cache cannot serve it (sliced-draw.ts), so
 * a wheel turned again meanwhile is answered at once rather than after the whole redraw.
 *
 * The frames moved this way are announced as Cytoscape's own draws are (its 'render' event).
 * Cytoscape's texture caches wait while the view moves: they fill during the time a frame
 * leaves over, and a frame that only moves a bitmap leaves nearly all of it, so they took
 * most of every frame of a gesture for textures of a zoom it was leaving.
 * Returns a function that puts the renderer back.
 */
export function bindViewportBitmap(cy: Core, enabled: () => boolean): () => void {
  const r = (cy as unknown as { renderer(): Partial<CanvasRenderer> | null | undefined }).renderer();
  if (!r || typeof r.render !== 'function' || !r.data || !Array.isArray(r.data.canvases) || !r.hoverData)
    return () => undefined;
  const renderer = r as CanvasRenderer;
  const draw = renderer.render;
  // The whole redraw once still, in slices when Cytoscape's layers cannot serve it (sliced-draw.ts).
  const sliced: SlicedDraw | null = hasDrawInternals(renderer) ? bindSlicedDraw(cy, renderer, enabled) : null;
  /** The view the canvases show, as last drawn by Cytoscape. */
  let drawn: { zoom: number; x: number; y: number } | null = null;
  let moved = false;
  let lastMove = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setTransform = (value: string) => {
    for (const canvas of renderer.data.canvases) {
      canvas.style.transformOrigin = '0 0';
      canvas.style.transform = value;
    }
  };
  /** A gesture Cytoscape knows of: the wheel, a drag on the background, a pinch. */
  const gesture = () =>
    renderer.data.wheelZooming === true ||
    renderer.hoverData.dragging === true ||
    renderer.pinching === true ||
    renderer.swipePanning === true;
  const moving = () => gesture() || performance.now() - lastMove < SETTLE_MS;

  renderer.render = function render(options) {
    // A picture drawn elsewhere (an export) is always drawn for real.
    if (options?.forcedContext || !drawn || !enabled() || !moving()) {
      if (options?.forcedContext) {
        draw.call(renderer, options);
        return;
      }
      if (moved) setTransform('');
      moved = false;
      sliced?.beforeDraw(drawn);
      draw.call(renderer, options);
      sliced?.afterDraw();
      const pan = cy.pan();
      drawn = { zoom: cy.zoom(), x: pan.x, y: pan.y };
      return;
    }
    const pan = cy.pan();
    const scale = cy.zoom() / drawn.zoom;
    setTransform(`matrix(${scale}, 0, 0, ${scale}, ${pan.x - drawn.x * scale}, ${pan.y - drawn.y * scale})`);
    moved = true;
    cy.emit('render');
  };

  // An empty dequeue is what Cytoscape's own loop stops on; the queues resume once still.
  const queues = [renderer.data.eleTxrCache, renderer.data.lyrTxrCache];
  const restoreQueues = queues.map((queue) => {
    const dequeue = queue?.dequeue;
    if (!queue || typeof dequeue !== 'function') return () => undefined;
    queue.dequeue = (...args: unknown[]) =>
      drawn && enabled() && (moving() || sliced?.busy()) ? [] : dequeue.apply(queue, args);
    return () => {
      queue.dequeue = dequeue;
    };
  });

  // Only the analyst's gestures: a fit, a layout or a zoom button is drawn at once as before.
  const onViewport = () => {
    if (!drawn || !enabled() || !gesture()) return;
    lastMove = performance.now();
    if (timer) clearTimeout(timer);
    // Once still, the chart is drawn whole (Cytoscape asks for no frame of its own then).
    timer = setTimeout(() => {
      timer = null;
      if (!cy.destroyed()) cy.forceRender();
    }, SETTLE_MS);
  };
  cy.on('viewport', onViewport);

  return () => {
    cy.removeListener('viewport', onViewport);
    if (timer) clearTimeout(timer);
    renderer.render = draw;
    sliced?.destroy();
    restoreQueues.forEach((restore) => restore());
    if (moved) setTransform('');
  };
}
