import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { ForceJob, ForceReply } from './layout-job';

/** Above this many nodes the force layout runs in a worker; below it, in-thread with animation. */
export const WORKER_MIN_NODES = 300;

/** How the view is fitted to the result: the adapter's padding and closest zoom. */
export interface FitSpec {
  padding: number;
  maxZoom: number;
}

export interface OffThreadRun {
  /** True when positions were applied; false when cancelled. Rejects when the worker failed. */
  done: Promise<boolean>;
  /** True once the run itself set the viewport (fitted to `fit`, or kept where it was). */
  readonly viewportSet: boolean;
  cancel(): void;
}

export function canUseWorker(): boolean {
  return typeof Worker !== 'undefined';
}

function jobOf(eles: Collection, incremental: boolean): { job: ForceJob; nodes: NodeSingular[] } {
  const nodes = eles.nodes().toArray();
  const ids = new Set(nodes.map((n) => n.id()));
  const job: ForceJob = {
    nodes: nodes.map((n) => {
      const { x, y } = n.position();
      return { id: n.id(), x, y, width: n.width(), height: n.height(), fixed: n.locked() };
    }),
    edges: [],

    incremental,
  };
  eles.edges().forEach((e) => {
    const source = e.source().id();
    const target = e.target().id();
    if (ids.has(source) && ids.has(target)) job.edges.push({ id: e.id(), source, target });
  });
  return { job, nodes };
}

/**
 * The parts of Cytoscape's canvas renderer the staged write below relies on. They are not in
 * its typings (nor documented); each is checked before use, and without them the positions
 * are written in one batch as before.
 */
interface CanvasInternals {
  /** Runs the per-frame element calculations (label sizes, edge paths) for what has moved. */
  flushRenderedStyleQueue?: () => void;
  data?: {
    lyrTxrCache?: {
      /** True for 250 ms after any element changed: the renderer then draws every element. */
      skipping?: boolean;
      /** Elements still to be drawn into the cached layers. */
      layersQueue?: { size(): number };
    };
  };
}

/** The longest stretch of position writing before the main thread is given back. */
const SLICE_MS = 12;
/** Nodes plus their links written between clock checks. */
const SLICE_STEP = 200;
/** How long Cytoscape's layer cache waits after a change before it caches again (its invalidThreshold, + margin). */
const LAYER_SETTLE_MS = 270;
/** Never hide the chart longer than this waiting for the cache: show it, drawn the slow way. */
const REVEAL_TIMEOUT_MS = 4000;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const nextFrame = () =>
  new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => resolve());
    else setTimeout(resolve, 16);
  });

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The viewport cy.fit(eles, padding) would set for this box, with the zoom capped at maxZoom. */
function fitViewport(cy: Core, box: Box, fit: FitSpec) {
  const w = cy.width();
  const h = cy.height();
  const bw = Math.max(box.x2 - box.x1, 1);
  const bh = Math.max(box.y2 - box.y1, 1);
  let zoom = Math.min((w - 2 * fit.padding) / bw, (h - 2 * fit.padding) / bh);
  zoom = Math.min(zoom, cy.maxZoom(), fit.maxZoom);
  zoom = Math.max(zoom, cy.minZoom());
  return {
    zoom,
    pan: { x: (w - zoom * (box.x1 + box.x2)) / 2, y: (h - zoom * (box.y1 + box.y2)) / 2 },
  };
}

/**
 * Writes a big layout's positions without one long main-thread task (measured: the one-batch
 * write plus its redraw is 0.3 s at 5,000 nodes and 0.7 s at 10,000 on the canvas renderer
 * without a GPU). In three steps:
 *
 * 1. With rendering held (a Cytoscape batch: no frame is drawn while it lasts), positions are
 *    written a slice at a time, each slice's label and edge geometry computed straight away,
 *    and the thread given back between slices.
 * 2. The view is set to its final zoom but panned clear of the chart, and rendering resumes:
 *    nothing is on screen to draw, while the renderer's layer cache draws the chart into its
 *    textures a little each frame (it starts once nothing has changed for 250 ms).
 * 3. When the cache is complete, the view pans onto the chart: that frame only copies textures.
 *
 * So the chart disappears for a moment after the layout and comes back laid out. Resolves
 * with true when all positions were written (also when cancelled while hidden: the view is
 * then shown at once), false when cancelled before that.
 */
async function writeStaged(
  cy: Core,
  r: CanvasInternals & { flushRenderedStyleQueue: () => void },
  nodes: NodeSingular[],
  reply: { xs: Float64Array; ys: Float64Array },
  fit: FitSpec | undefined,
  cancelled: () => boolean,
): Promise<boolean> {
  const box: Box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const keep = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.startBatch();
  let held = true;
  const resume = () => {
    if (!held) return;
    held = false;
    if (!cy.destroyed()) cy.endBatch();
  };
  try {
    let i = 0;
    while (i < nodes.length) {
      if (cancelled() || cy.destroyed()) return false;
      const start = performance.now();
      while (i < nodes.length && performance.now() - start < SLICE_MS) {
        // Sliced by nodes and their links, so a hub's slice is not a tenth of the chart.
        const slice = cy.collection();
        let work = 0;
        for (; i < nodes.length && work < SLICE_STEP; i++) {
          const node = nodes[i];
          if (!node) continue;
          node.position({ x: reply.xs[i] ?? 0, y: reply.ys[i] ?? 0 });
          slice.merge(node);
          work += 1 + node.degree(false);
        }
        // Bounds first: computing a moved element's bounds marks it for recalculation, which
        // the flush then does, so nothing is left for the first frame to recalculate.
        const b = slice.union(slice.connectedEdges()).boundingBox({});
        r.flushRenderedStyleQueue();
        box.x1 = Math.min(box.x1, b.x1);
        box.y1 = Math.min(box.y1, b.y1);
        box.x2 = Math.max(box.x2, b.x2);
        box.y2 = Math.max(box.y2, b.y2);
      }
      await pause(0);
    }
    if (cancelled() || cy.destroyed()) return false;
    const target = fit && Number.isFinite(box.x1) ? fitViewport(cy, box, fit) : keep;
    // Same zoom as the target, so the cache draws at the level the view will use.
    const away = { x: -(box.x2 * target.zoom) - 10 * cy.width(), y: target.pan.y };
    revealing.set(cy, target);
    cy.viewport({ zoom: target.zoom, pan: away });
    await pause(LAYER_SETTLE_MS);
    resume();
    if (!cy.destroyed()) await layersCached(cy, r, cancelled);
    if (!cy.destroyed()) cy.viewport(target);
    return true;
  } finally {
    resume();
    revealing.delete(cy);
  }
}

/** Kept beside the chart, not in its scratch data: writing core scratch made the reveal's frames several times slower. */
const revealing = new WeakMap<Core, { zoom: number; pan: { x: number; y: number } }>();

/**
 * The viewport the chart is about to show while it is panned away for its layer cache to
 * fill: what a save must record, rather than the off-screen pan of that half second.
 */
export function pendingViewport(cy: Core): { zoom: number; pan: { x: number; y: number } } | null {
  return revealing.get(cy) ?? null;
}

/** Resolves once the renderer's layer cache holds the whole chart (or after a timeout). */
async function layersCached(cy: Core, r: CanvasInternals, cancelled: () => boolean): Promise<void> {
  const cache = r.data?.lyrTxrCache;
  const queue = cache?.layersQueue;
  if (!cache || !queue || typeof queue.size !== 'function') return;
  let queued = false;
  const onRender = () => {
    if (cache.skipping === false) queued = true;
  };
  cy.on('render', onRender);
  try {
    const start = performance.now();
    let frames = 0;
    while (performance.now() - start < REVEAL_TIMEOUT_MS && !cancelled() && !cy.destroyed()) {
      await nextFrame();
      frames++;
      if (queued && queue.size() === 0) return;
      // A frame must be drawn for the cache to start: ask for one if none came.
      if (!queued && frames % 20 === 0) cy.panBy({ x: 0.5, y: 0 });
    }
  } finally {
    cy.removeListener('render', onRender);
  }
}

function canvasInternals(cy: Core): (CanvasInternals & { flushRenderedStyleQueue: () => void }) | null {
  // renderer() is public in Cytoscape but missing from its typings.
  const r = (cy as unknown as { renderer(): CanvasInternals | null | undefined }).renderer();
  if (!r || typeof r.flushRenderedStyleQueue !== 'function') return null;
  return r as CanvasInternals & { flushRenderedStyleQueue: () => void };
}

/**
 * Runs fcose in renderer/src/chart/layout.worker.ts and writes the positions back: in slices
 * with the chart hidden on a drawn chart (writeStaged), else in one batch. The main thread
 * only collects the graph and writes the result. Locked (pinned) nodes keep their place: the
 * worker holds them fixed and Cytoscape refuses to move them.
 */
export function runForceOffThread(
  cy: Core,
  eles: Collection,
  incremental: boolean,
  fit?: FitSpec,
): OffThreadRun {
  let cancelled = false;
  let viewportSet = false;
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const { job, nodes } = jobOf(eles, incremental);
  let cancel = () => {};
  const done = new Promise<boolean>((resolve, reject) => {
    cancel = () => {
      cancelled = true;
      worker.terminate();
      resolve(false);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'layout worker failed to start'));
    };
    worker.onmessage = (event: MessageEvent<ForceReply>) => {
      worker.terminate();
      const reply = event.data;
      if (!reply.ok) {
        reject(new Error(reply.error));
        return;
      }
      if (cancelled) return;
      const r = canvasInternals(cy);
      if (!r) {
        cy.batch(() => {
          nodes.forEach((node, i) => node.position({ x: reply.xs[i] ?? 0, y: reply.ys[i] ?? 0 }));
        });
        resolve(true);
        return;
      }
      writeStaged(cy, r, nodes, reply, fit, () => cancelled).then(
        (written) => {
          viewportSet = written;
          resolve(written);
        },
        (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
      );
    };
    worker.postMessage(job);
  });
  return {
    done,
    get viewportSet() {
      return viewportSet;
    },
    cancel: () => cancel(),
  };
}
