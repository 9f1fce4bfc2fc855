import type { Collection, Core, NodeSingular } from 'cytoscape';
import { betweenness } from '../../../graph-schema/analysis/chart-measures';
import { canUseWorker, runForceOffThread, WORKER_MIN_NODES, type FitSpec } from './force-offthread';
import { layoutOptions } from './layouts';
import type { LayoutName, RunLayoutOptions } from './types';

export interface LayoutRun {
  /** True when the layout finished; false when stopped. Never rejects. */
  done: Promise<boolean>;
  /** True when the layout set the viewport itself (to `fit`), so the caller need not fit. */
  readonly viewportSet: boolean;
  stop(): void;
}

export interface StartLayoutOptions {
  animate: boolean;
  incremental: boolean;
  /** Allowed to use a worker (a chart on screen; headless tests run in-thread). */
  offThread: boolean;
  measure?: RunLayoutOptions['measure'];
  /** The fit the caller makes after the layout; an off-thread layout may make it itself. */
  fit?: FitSpec;
  /**
   * Runs when the layout has finished (not when stopped), before `done` resolves: in the same
   * task as the last positions are written, so nothing sees the result half done.
   */
  onFinished?: () => void;
}

/** A concentric layout's value per node: degree by default, betweenness on the laid-out graph. */
function measureOf(eles: Collection, measure: StartLayoutOptions['measure']) {
  if (measure !== 'betweenness') return undefined;
  const ids = eles.nodes().map((n) => n.id());
  const links = eles.edges().map((e) => ({ source: e.source().id(), target: e.target().id() }));
  const values = betweenness(ids, links);
  return (node: NodeSingular) => values.get(node.id()) ?? 0;
}

function inThread(eles: Collection, name: LayoutName, options: StartLayoutOptions): LayoutRun {
  // Pinned (locked) nodes: Cytoscape never moves them; fcose is told, so it lays the rest around them.
  const fixed = eles
    .nodes(':locked')
    .map((n) => ({ nodeId: n.id(), position: { x: n.position('x'), y: n.position('y') } }));
  const measure = measureOf(eles, options.measure);
  const layout = eles.layout(
    layoutOptions(name, {
      animate: options.animate,
      fit: false,
      incremental: options.incremental,
      fixed,
      nodes: eles.nodes(),
      ...(measure ? { measure } : {}),
    }),
  );
  let settle: (finished: boolean) => void = () => {};
  const done = new Promise<boolean>((resolve) => {
    settle = resolve;
    layout.one('layoutstop', () => {
      options.onFinished?.();
      resolve(true);
    });
  });
  layout.run();
  return {
    done,
    viewportSet: false,
    stop() {
      // A stopped layout does not always emit layoutstop: settle here so no caller hangs.
      settle(false);
      layout.stop();
    },
  };
}

/**
 * Starts a named layout on some elements. A big force layout runs in a worker
 * (force-offthread.ts) so the app stays responsive; if the worker cannot start (a page
 * served from file:// may refuse module workers), it falls back to running here.
 */
export function startLayout(
  cy: Core,
  eles: Collection,
  name: LayoutName,
  options: StartLayoutOptions,
): LayoutRun {
  const big = eles.nodes().length > WORKER_MIN_NODES;
  if (name !== 'force' || !big || !options.offThread || !canUseWorker()) return inThread(eles, name, options);
  let current: { stop(): void } | null = null;
  let stopped = false;
  let worker: ReturnType<typeof runForceOffThread>;
  try {
    worker = runForceOffThread(cy, eles, options.incremental, options.fit);
  } catch {
    return inThread(eles, name, options);
  }
  current = { stop: worker.cancel };
  const finished = worker.done.then((ok) => {
    if (ok) options.onFinished?.();
    return ok;
  });
  const done = finished.catch((err: unknown) => {
    if (stopped) return false;
    console.warn('Plexus: layout worker failed, laying out on the main thread', err);
    const fallback = inThread(eles, name, options);
    current = fallback;
    return fallback.done;
  });
  return {
    done,
    get viewportSet() {
      return worker.viewportSet;
    },
    stop() {
      stopped = true;
      current?.stop();
    },
  };
}
