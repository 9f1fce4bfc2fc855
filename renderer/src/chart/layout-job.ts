/**
 * What the main thread sends the layout worker and what comes back: plain data, no
 * Cytoscape objects (they cannot cross threads). Positions come back as two typed arrays
 * in the order the nodes were sent, transferred rather than copied.
 */
export interface ForceJobNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** A pinned node: the layout keeps it exactly here. */
  fixed: boolean;
}

export interface ForceJob {
  nodes: ForceJobNode[];
  edges: { id: string; source: string; target: string }[];
  incremental: boolean;
}

export type ForceReply = { ok: true; xs: Float64Array; ys: Float64Array } | { ok: false; error: string };
