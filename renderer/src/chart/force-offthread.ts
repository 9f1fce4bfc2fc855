import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { ForceJob, ForceReply } from './layout-job';

/** Above this many nodes the force layout runs in a worker; below it, in-thread with animation. */
export const WORKER_MIN_NODES = 300;
/**
 * Positions are written in slices of this many nodes, one task each: 10,000 position
 * writes plus their style and bounds updates in one task is well over 50 ms.
 */
const APPLY_SLICE = 1500;

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

const nextTask = () =>
  new Promise<void>((resolve) => {
    // A message-channel turn, not setTimeout: no 4 ms clamp between slices, and still a new task.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });

/**
 * Runs fcose in renderer/src/chart/layout.worker.ts and writes the positions back in slices,
 * so no main-thread task in the whole run is long. Locked (pinned) nodes keep their place:
 * the worker holds them fixed and Cytoscape refuses to move them anyway.
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
      void (async () => {
        for (let start = 0; start < nodes.length; start += APPLY_SLICE) {
          if (cancelled) return;
          if (start > 0) await nextTask();
          cy.batch(() => {
            const end = Math.min(nodes.length, start + APPLY_SLICE);
            for (let i = start; i < end; i++) {
              nodes[i]?.position({ x: reply.xs[i] ?? 0, y: reply.ys[i] ?? 0 });
            }
          });
        }
        resolve(!cancelled);
      })();
    };
    worker.postMessage(job);
  });
  return { done, cancel: () => cancel() };
}
