import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { ForceJob, ForceReply } from './layout-job';

/** Above this many nodes the force layout runs in a worker; below it, in-thread with animation. */
export const WORKER_MIN_NODES = 300;
/**
 * Positions are written in one batch: measured in Chromium, 10,000 writes take about 25 ms,
 * while every frame drawn in between (as slices would cause) redraws the whole chart, which
 * costs far more (about 0.5 s at 5,000 nodes with the canvas renderer and no GPU).
 */
export interface OffThreadRun {
  /** True when positions were applied; false when cancelled. Rejects when the worker failed. */
  done: Promise<boolean>;
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
 * Runs fcose in renderer/src/chart/layout.worker.ts and writes the positions back in one
 * batch: the main thread only collects the graph and writes the result. Locked (pinned)
 * nodes keep their place: the worker holds them fixed and Cytoscape refuses to move them.
 */
export function runForceOffThread(cy: Core, eles: Collection, incremental: boolean): OffThreadRun {
  let cancelled = false;
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
      cy.batch(() => {
        nodes.forEach((node, i) => node.position({ x: reply.xs[i] ?? 0, y: reply.ys[i] ?? 0 }));
      });
      resolve(true);
    };
    worker.postMessage(job);
  });
  return { done, cancel: () => cancel() };
}
