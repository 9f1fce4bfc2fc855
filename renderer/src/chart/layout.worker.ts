import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { ForceJob, ForceReply } from './layout-job';
import { FORCE_DRAFT_MIN_NODES, forceOptions } from './layouts';

/**
 * Runs the force layout (fcose on a headless Cytoscape) off the main thread: a 5,000-node
 * layout takes seconds of solid computation, which on the main thread freezes the app.
 * One job at a time; the main thread terminates the worker to cancel.
 */
cytoscape.use(fcose);

/** The spacing a spread draft aims for: about this many units of side per sqrt(node). */
const SPREAD_PER_NODE = 45;
const IDEAL_EDGE = 90;

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
  const draft = job.nodes.length > FORCE_DRAFT_MIN_NODES;
  cy.layout(forceOptions({ animate: false, fit: false, incremental: job.incremental, fixed, draft })).run();
  const xs = new Float64Array(job.nodes.length);
  const ys = new Float64Array(job.nodes.length);
  job.nodes.forEach((n, i) => {
    const p = cy.getElementById(n.id).position();
    xs[i] = p.x;
    ys[i] = p.y;
  });
  if (draft && fixed.length === 0) spread(cy, xs, ys);
  cy.destroy();
  return { ok: true, xs, ys };
}

/**
 * A spectral draft packs thousands of nodes into a few hundred units, one on top of another;
 * scaling it about its centre keeps its shape and gives each node room. (Not with pinned
 * nodes: they must stay where they are, so the draft is kept as fcose placed it around them.)
 */
function spread(cy: cytoscape.Core, xs: Float64Array, ys: Float64Array): void {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < xs.length; i++) {
    minX = Math.min(minX, xs[i] ?? 0);
    maxX = Math.max(maxX, xs[i] ?? 0);
    minY = Math.min(minY, ys[i] ?? 0);
    maxY = Math.max(maxY, ys[i] ?? 0);
  }
  let edgeSum = 0;
  cy.edges().forEach((e) => {
    const a = e.source().position();
    const b = e.target().position();
    edgeSum += Math.hypot(a.x - b.x, a.y - b.y);
  });
  const meanEdge = cy.edges().length > 0 ? edgeSum / cy.edges().length : IDEAL_EDGE;
  const side = Math.max(maxX - minX, maxY - minY, 1);
  const scale = Math.max(
    IDEAL_EDGE / Math.max(meanEdge, 1),
    (Math.sqrt(xs.length) * SPREAD_PER_NODE) / side,
    1,
  );
  const cx = (minX + maxX) / 2;
  const cyMid = (minY + maxY) / 2;
  for (let i = 0; i < xs.length; i++) {
    xs[i] = cx + ((xs[i] ?? 0) - cx) * scale;
    ys[i] = cyMid + ((ys[i] ?? 0) - cyMid) * scale;
  }
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
