import { Bounds, type Box } from './bounds';
import { ASCENT, LINE_HEIGHT, opaque, solid, type Measure, type Op } from './display-list';
import type { Scene, SceneAnnotation, SceneEdge, SceneNode } from './scene';
import type { Rect } from './geometry';
import type { LabelLayout } from './label-layout';
import { exportWords, type ExportWords } from './export-words';
import { footnoteOps, labelOps, layoutSceneLabels } from './label-ops';
import { arrowheadOp, dashFor, iconOps, shapeOp } from './shapes';
import { wrapText } from './text-wrap';

/** The print palette: dark text on white paper, whatever the screen theme. */
export const INK = '#1F2328';
export const PAPER = '#FFFFFF';
const NOTE_FILL = '#FFF7D6';
const NOTE_BORDER = '#B8962E';

/** Font sizes and limits in chart units, as on screen (renderer/src/chart/style.ts). */
const GROUP_TITLE = { size: 12, pad: 8 };
const NOTE = { size: 12, maxWidth: 220, pad: 6 };

/**
 * The scene as ops in chart units, in drawing order: groups, edges, edge labels, nodes with
 * their icons, node labels, annotations, and the list of labels in full (label-ops.ts). Also
 * the box everything drawn occupies, so the page can fit the chart (labels and notes
 * included, not only node centres). Labels are placed clear of each other, of nodes and of
 * notes.
 */
export function chartOps(
  scene: Scene,
  measure: Measure,
  words: ExportWords = exportWords(),
): { ops: Op[]; bounds: Box; labels: LabelLayout } {
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

  const notes = scene.annotations.map((note) => ({ note, ...noteLayout(note, measure) }));
  const labels = layoutSceneLabels(
    scene,
    measure,
    notes.map((n): Rect => ({ x1: n.x, y1: n.y, x2: n.x + n.width, y2: n.y + n.height })),
  );
  const colors = { ink: INK, paper: PAPER };
  const radiusAt = nodeRadii(scene.nodes);
  for (const edge of scene.edges) ops.push(...edgeOps(edge, radiusAt, bounds));
  ops.push(...labelOps(labels, 'link', colors, bounds));

  for (const node of scene.nodes) {
    const stroke = node.borderWidth > 0 ? solid(node.border, node.borderWidth) : null;
    ops.push(shapeOp(node.shape, node.x, node.y, node.size, opaque(node.fill), stroke));
    ops.push(...iconOps(node.icon, node.x, node.y, node.size, node.iconColor));
    const h = node.size / 2 + node.borderWidth / 2;
    bounds.box(node.x - h, node.y - h, 2 * h, 2 * h);
  }
  ops.push(...labelOps(labels, 'node', colors, bounds));
  for (const n of notes) ops.push(...annotationOps(n, radiusAt, bounds));
  ops.push(...footnoteOps(labels, scene, measure, INK, bounds, words));
  return { ops, bounds: bounds.toBox(16), labels };
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

interface NoteLayout {
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A note's box, sized to its wrapped text and centred on the note's place. */
function noteLayout(note: SceneAnnotation, measure: Measure): NoteLayout {
  const { size, maxWidth, pad } = NOTE;
  const lines = wrapText(note.text, maxWidth - 2 * pad, measure, size, 400);
  const textWidth = Math.max(...lines.map((l) => measure(l, size, 400)), size);
  const width = textWidth + 2 * pad;
  const height = lines.length * size * LINE_HEIGHT + 2 * pad;
  return { lines, x: note.x - width / 2, y: note.y - height / 2, width, height };
}

/** A note box; a callout adds a line from the box to its anchor. */
function annotationOps(
  { note, lines, x, y, width, height }: NoteLayout & { note: SceneAnnotation },
  radiusAt: Map<string, number>,
  bounds: Bounds,
): Op[] {
  const { size, pad } = NOTE;
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
