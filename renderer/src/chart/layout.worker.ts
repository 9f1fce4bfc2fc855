import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ForceJob, ForceReply } from './layout-job';
import { forceOptions } from './layouts';

/**
 * Runs the force layout (fcose on a headless Cytoscape) off the main thread: a 5,000-node
 * layout takes seconds of solid computation, which on the main thread freezes the app.
 * One job at a time; the main thread terminates the worker to cancel.
 */
cytoscape.use(fcose);

interface WorkerScope {
  onmessage: ((event: MessageEvent<ForceJob>) => void) | null;
  postMessage(message: ForceReply, transfer: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

function run(job: ForceJob): ForceReply {
  const cy = cytoscape({
    headless: true,
    // Node sizes come from the chart (styles are off here, so dimensions would be 0).
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...job.nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id, width: n.width, height: n.height },
        position: { x: n.x, y: n.y },
      })),
      ...job.edges.map((e) => ({ group: 'edges' as const, data: { ...e } })),
    ],
  });
  const fixed = job.nodes.filter((n) => n.fixed).map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }));
  cy.layout(forceOptions({ animate: false, fit: false, incremental: job.incremental, fixed })).run();
  const xs = new Float64Array(job.nodes.length);
  const ys = new Float64Array(job.nodes.length);
  job.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    xs[i] = p.x;
    ys[i] = p.y;
  });
  cy.destroy();
  return { ok: true, xs, ys };
}

scope.onmessage = (event) => {
  let reply: ForceReply;
  try {
    reply = run(event.data);
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  scope.postMessage(reply, reply.ok ? [reply.xs.buffer, reply.ys.buffer] : []);
};
