import { Bounds, type Box } from './bounds';
import { ASCENT, LINE_HEIGHT, opaque, solid, type Measure, type Op } from './display-list';
import type { Scene, SceneAnnotation, SceneEdge, SceneNode } from './scene';
import { arrowheadOp, dashFor, iconOps, shapeOp } from './shapes';
import { wrapText } from './text-wrap';

/** The print palette: dark text on white paper, whatever the screen theme. */
export const INK = '#1F2328';
export const PAPER = '#FFFFFF';
const NOTE_FILL = '#FFF7D6';
const NOTE_BORDER = '#B8962E';

/** Font sizes and limits in chart units, as on screen (renderer/src/chart/style.ts). */
const NODE_LABEL = { size: 11, maxWidth: 140, maxLines: 3, gap: 4 };
const EDGE_LABEL = { size: 9 };
const GROUP_TITLE = { size: 12, pad: 8 };
const NOTE = { size: 12, maxWidth: 220, pad: 6 };

/**
 * The scene as ops in chart units, in drawing order: groups, edges, edge labels, nodes with
 * their icons, node labels, annotations. Also the box everything drawn occupies, so the
 * page can fit the chart (labels and notes included, not only node centres).
 */
export function chartOps(scene: Scene, measure: Measure): { ops: Op[]; bounds: Box } {
  const ops: Op[] = [];
  const bounds = new Bounds();
  for (const group of scene.groups) {
    ops.push({
      kind: 'rect',
      x: group.x,
      y: group.y,
      width: group.width,
      height: group.height,
      radius: 6,
      fill: { color: group.color, opacity: 0.08 },
      stroke: solid(group.color, 1.5),
    });
    if (group.title !== '')
      ops.push({
        kind: 'text',
        text: group.title,
        x: group.x + GROUP_TITLE.pad,
        y: group.y + GROUP_TITLE.pad + GROUP_TITLE.size * ASCENT,
        size: GROUP_TITLE.size,
        weight: 700,
        anchor: 'start',
        color: INK,
      });
    bounds.box(group.x, group.y, group.width, group.height);
  }

  const radiusAt = nodeRadii(scene.nodes);
  for (const edge of scene.edges) ops.push(...edgeOps(edge, radiusAt, bounds));
  for (const edge of scene.edges) if (edge.label !== '') ops.push(...edgeLabelOps(edge, measure));

  for (const node of scene.nodes) {
    const stroke = node.borderWidth > 0 ? solid(node.border, node.borderWidth) : null;
    ops.push(shapeOp(node.shape, node.x, node.y, node.size, opaque(node.fill), stroke));
    ops.push(...iconOps(node.icon, node.x, node.y, node.size, node.iconColor));
    const h = node.size / 2 + node.borderWidth / 2;
    bounds.box(node.x - h, node.y - h, 2 * h, 2 * h);
  }
  for (const node of scene.nodes) if (node.label !== '') ops.push(...nodeLabelOps(node, measure, bounds));
  for (const note of scene.annotations) ops.push(...annotationOps(note, radiusAt, measure, bounds));
  return { ops, bounds: bounds.toBox(16) };
}

/**
 * Scenes may give an edge's ends as node centres: an end sitting exactly on a node's centre
 * is pulled back to its outline, so arrowheads are not hidden under the node.
 */
function nodeRadii(nodes: readonly SceneNode[]): Map<string, number> {
  const radii = new Map<string, number>();
  for (const n of nodes) radii.set(`${n.x},${n.y}`, n.size / 2 + n.borderWidth / 2);
  return radii;
}

function pullBack(x: number, y: number, towardX: number, towardY: number, by: number) {
  const d = Math.hypot(towardX - x, towardY - y);
  if (by <= 0 || d <= by) return { x, y };
  return { x: x + ((towardX - x) / d) * by, y: y + ((towardY - y) / d) * by };
}

function edgeOps(edge: SceneEdge, radiusAt: Map<string, number>, bounds: Bounds): Op[] {
  const via = edge.control ?? { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 };
  const from = pullBack(
    edge.from.x,
    edge.from.y,
    via.x,
    via.y,
    radiusAt.get(`${edge.from.x},${edge.from.y}`) ?? 0,
  );
  const tip = pullBack(edge.to.x, edge.to.y, via.x, via.y, radiusAt.get(`${edge.to.x},${edge.to.y}`) ?? 0);
  const arrowLength = edge.width * 3 + 6;
  // The line stops inside the arrowhead so its end cap does not poke past the tip.
  const end = edge.arrow ? pullBack(tip.x, tip.y, via.x, via.y, arrowLength * 0.7) : tip;
  const stroke = { ...solid(edge.color, edge.width), ...dashFor(edge.dash, edge.width) };
  const ops: Op[] = [
    edge.control
      ? { kind: 'quadratic', x1: from.x, y1: from.y, cx: via.x, cy: via.y, x2: end.x, y2: end.y, stroke }
      : { kind: 'line', points: [from.x, from.y, end.x, end.y], stroke },
  ];
  if (edge.arrow) ops.push(arrowheadOp(via.x, via.y, tip.x, tip.y, arrowLength, edge.color));
  bounds.point(from.x, from.y);
  bounds.point(tip.x, tip.y);
  if (edge.control) bounds.point(edge.control.x, edge.control.y);
  return ops;
}

/** At the curve's midpoint, on a white patch so crossing lines do not run through the text. */
function edgeLabelOps(edge: SceneEdge, measure: Measure): Op[] {
  const c = edge.control ?? { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 };
  const x = 0.25 * edge.from.x + 0.5 * c.x + 0.25 * edge.to.x;
  const y = 0.25 * edge.from.y + 0.5 * c.y + 0.25 * edge.to.y;
  const { size } = EDGE_LABEL;
  const width = measure(edge.label, size, 400);
  return [
    {
      kind: 'rect',
      x: x - width / 2 - 1.5,
      y: y - size * 0.65,
      width: width + 3,
      height: size * 1.3,
      radius: 2,
      fill: { color: PAPER, opacity: 0.85 },
      stroke: null,
    },
    {
      kind: 'text',
      text: edge.label,
      x,
      y: y + size * 0.35,
      size,
      weight: 400,
      anchor: 'middle',
      color: INK,
    },
  ];
}

function nodeLabelOps(node: SceneNode, measure: Measure, bounds: Bounds): Op[] {
  const { size, maxWidth, maxLines, gap } = NODE_LABEL;
  const lines = wrapText(node.label, maxWidth, measure, size, 400, maxLines);
  const top = node.y + node.size / 2 + node.borderWidth / 2 + gap;
  const ops: Op[] = [];
  lines.forEach((line, i) => {
    const width = measure(line, size, 400);
    const lineTop = top + i * size * LINE_HEIGHT;
    bounds.box(node.x - width / 2, lineTop, width, size * LINE_HEIGHT);
    // A paper patch under the text, as edge labels have: lines into the node never cross its name.
    ops.push({
      kind: 'rect',
      x: node.x - width / 2 - 1.5,
      y: lineTop,
      width: width + 3,
      height: size * LINE_HEIGHT,
      radius: 2,
      fill: { color: PAPER, opacity: 0.85 },
      stroke: null,
    });
    ops.push({
      kind: 'text',
      text: line,
      x: node.x,
      y: lineTop + size * ASCENT,
      size,
      weight: 400,
      anchor: 'middle',
      color: INK,
    });
  });
  return ops;
}

/** A note box sized to its wrapped text; a callout adds a line from the box to its anchor. */
function annotationOps(
  note: SceneAnnotation,
  radiusAt: Map<string, number>,
  measure: Measure,
  bounds: Bounds,
): Op[] {
  const { size, maxWidth, pad } = NOTE;
  const lines = wrapText(note.text, maxWidth - 2 * pad, measure, size, 400);
  const textWidth = Math.max(...lines.map((l) => measure(l, size, 400)), size);
  const width = textWidth + 2 * pad;
  const height = lines.length * size * LINE_HEIGHT + 2 * pad;
  const x = note.x - width / 2;
  const y = note.y - height / 2;
  const ops: Op[] = [];
  if (note.anchor) {
    // Scenes anchor a callout at the entity's centre; stop at its outline so the line, drawn
    // after the nodes, does not cross the icon.
    const radius = radiusAt.get(`${note.anchor.x},${note.anchor.y}`) ?? 0;
    const tip = pullBack(note.anchor.x, note.anchor.y, note.x, note.y, radius);
    // Drawn first: the box covers the part of the line inside it.
    ops.push({ kind: 'line', points: [note.x, note.y, tip.x, tip.y], stroke: solid(NOTE_BORDER, 1.2) });
    ops.push({
      kind: 'ellipse',
      cx: tip.x,
      cy: tip.y,
      rx: 2.5,
      ry: 2.5,
      fill: opaque(NOTE_BORDER),
      stroke: null,
    });
    bounds.point(tip.x, tip.y);
  }
  ops.push({
    kind: 'rect',
    x,
    y,
    width,
    height,
    radius: 3,
    fill: opaque(NOTE_FILL),
    stroke: solid(NOTE_BORDER, 1),
  });
  lines.forEach((line, i) =>
    ops.push({
      kind: 'text',
      text: line,
      x: x + pad,
      y: y + pad + i * size * LINE_HEIGHT + size * ASCENT,
      size,
      weight: 400,
      anchor: 'start',
      color: INK,
    }),
  );
  bounds.box(x, y, width, height);
  return ops;
}
