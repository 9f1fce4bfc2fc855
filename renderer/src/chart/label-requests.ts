import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { Body, Point } from '../../../graph-schema/chart/geometry';
import type { LabelRequest } from '../../../graph-schema/chart/label-layout';
import { labelText, labelWithheld } from './label-text';

/** A region of the chart, in chart units. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const within = (p: Point, box: Box | null) =>
  box === null || (p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2);

export const isOpenGroup = (n: NodeSingular) => n.data('decor') === 'group' && !n.hasClass('collapsed');

function drawn(n: NodeSingular): boolean {
  return !isOpenGroup(n) && n.visible();
}

/** Every node drawn in the region (null: everywhere), as an obstacle: notes and collapsed groups are boxes, entities discs. */
export function labelObstacles(cy: Core, region: Box | null): Body[] {
  const out: Body[] = [];
  cy.nodes().forEach((n) => {
    if (!within(n.position(), region) || !drawn(n)) return;
    const { x, y } = n.position();
    const w = n.outerWidth() / 2;
    const h = n.outerHeight() / 2;
    const kind: unknown = n.data('decor');
    const boxed = kind === 'note' || kind === 'group';
    out.push({
      id: n.id(),
      x,
      y,
      radius: Math.max(w, h),
      ...(boxed ? { box: { x1: x - w, y1: y - h, x2: x + w, y2: y + h } } : {}),
      label: null,
    });
  });
  return out;
}

/** Selected first, then pinned, then the best linked; link labels after names. */
function priority(ele: NodeSingular | EdgeSingular): number {
  let p = ele.selected() ? 1_000_000 : 0;
  if (ele.isNode()) {
    if (ele.hasClass('pinned')) p += 500_000;
    p += ele.degree(false);
  }
  return p;
}

/** The labels to place: those drawn, in the region (null: everywhere). */
export function labelRequests(cy: Core, region: Box | null): LabelRequest[] {
  const out: LabelRequest[] = [];
  cy.nodes().forEach((n) => {
    // A note's text is inside its box: nothing to place.
    // A withheld label is placed once it is drawn (its class change asks again).
    if (!within(n.position(), region) || !drawn(n) || n.data('decor') === 'note' || labelWithheld(n)) return;
    const text = labelText(n);
    if (text.trim() === '') return;
    const { x, y } = n.position();
    const w = n.outerWidth() / 2;
    const h = n.outerHeight() / 2;
    const body: Body = { id: n.id(), x, y, radius: Math.max(w, h), label: null };
    if (n.data('decor') === 'group') body.box = { x1: x - w, y1: y - h, x2: x + w, y2: y + h };
    out.push({ kind: 'node', id: n.id(), text, body, priority: priority(n) });
  });
  cy.edges().forEach((e) => {
    if (labelWithheld(e) || !within(middle(e), region) || !e.visible()) return;
    const text = labelText(e);
    if (text.trim() === '' || e.data('decor') === 'callout') return;
    out.push({ kind: 'link', id: e.id(), text, anchors: linkAnchors(e), priority: priority(e) });
  });
  return out;
}

function middle(e: EdgeSingular): Point {
  const s = e.source().position();
  const t = e.target().position();
  return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
}

/** Where the renderer centres the label (a bowed parallel link's middle), then along the line. */
function linkAnchors(e: EdgeSingular): Point[] {
  const s = e.source().position();
  const t = e.target().position();
  const straight = { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
  // midpoint() is the renderer's; headless there is none.
  const rendered = e.cy().container() ? (e.midpoint() as Point | undefined) : undefined;
  const mid = rendered && Number.isFinite(rendered.x) ? rendered : straight;
  return [0, -0.12, 0.12, -0.22, 0.22].map((k) => ({
    x: mid.x + (t.x - s.x) * k,
    y: mid.y + (t.y - s.y) * k,
  }));
}
