import { exportWords, say, type ExportWords } from './export-words';
import type { Bounds } from './bounds';
import { ASCENT, LINE_HEIGHT, type Measure, type Op } from './display-list';
import type { Body, Point, Rect } from './geometry';
import { layoutLabels, type LabelFont, type LabelLayout, type LabelRequest } from './label-layout';
import type { Scene, SceneEdge, SceneNode } from './scene';
import { wrapText } from './text-wrap';

/**
 * Node and link labels of an export, placed by the screen's rules (label-layout.ts) so no
 * label prints over another or over a node. On paper there is no tooltip, so a label with no
 * room for its whole text is shortened and marked "[n]" (or, with no room even for that, only
 * the marker is printed) and a numbered list under the chart gives every such label in full:
 * a briefing reader loses no name and never reads one over another.
 */

export const PRINT_NODE_FONT: LabelFont = {
  size: 11,
  weight: 400,
  maxWidth: 140,
  maxLines: 3,
  padding: 1.5,
  gap: 4,
  shortWidth: 64,
};
export const PRINT_LINK_FONT: LabelFont = {
  size: 9,
  weight: 400,
  maxWidth: 160,
  maxLines: 1,
  padding: 1.5,
  gap: 0,
  shortWidth: 56,
};
const NOTES = { size: 9, columnWidth: 260, gap: 24 };

/** A node as geometry.ts sees it: boxes for square shapes, discs otherwise. */
export function nodeBody(node: SceneNode): Body {
  const h = node.size / 2 + node.borderWidth / 2;
  const box =
    node.shape === 'round-rectangle'
      ? { x1: node.x - h, y1: node.y - h, x2: node.x + h, y2: node.y + h }
      : undefined;
  return { id: node.id, x: node.x, y: node.y, radius: h, ...(box ? { box } : {}), label: null };
}

/** A point of the edge's curve (its straight line when it has no control point). */
function along(edge: SceneEdge, t: number): Point {
  const c = edge.control ?? { x: (edge.from.x + edge.to.x) / 2, y: (edge.from.y + edge.to.y) / 2 };
  const u = 1 - t;
  return {
    x: u * u * edge.from.x + 2 * u * t * c.x + t * t * edge.to.x,
    y: u * u * edge.from.y + 2 * u * t * c.y + t * t * edge.to.y,
  };
}

/** The middle first, then further along the line either way. */
const LINK_SPOTS = [0.5, 0.38, 0.62, 0.28, 0.72];

/**
 * Places the scene's labels. `obstacles` are other drawn boxes (notes) labels must not cover.
 * Well-linked nodes are named first, as on screen.
 */
export function layoutSceneLabels(
  scene: Scene,
  measure: Measure,
  obstacles: readonly Rect[] = [],
): LabelLayout {
  const degree = new Map<string, number>();
  for (const e of scene.edges)
    for (const end of [e.source, e.target]) if (end) degree.set(end, (degree.get(end) ?? 0) + 1);
  const bodies = scene.nodes.map(nodeBody);
  const requests: LabelRequest[] = scene.nodes.map((node, i) => ({
    kind: 'node',
    id: node.id,
    text: node.label,
    body: bodies[i] ?? nodeBody(node),
    priority: degree.get(node.id) ?? 0,
  }));
  for (const edge of scene.edges)
    requests.push({
      kind: 'link',
      id: edge.id,
      text: edge.label,
      anchors: LINK_SPOTS.map((t) => along(edge, t)),
      priority: 0,
    });
  const walls: Body[] = obstacles.map((box, i) => ({
    id: `\u0000obstacle${i}`,
    x: (box.x1 + box.x2) / 2,
    y: (box.y1 + box.y2) / 2,
    radius: Math.max(box.x2 - box.x1, box.y2 - box.y1) / 2,
    box,
    label: null,
  }));
  return layoutLabels(requests, {
    measure,
    bodies: [...bodies, ...walls],
    nodeFont: PRINT_NODE_FONT,
    linkFont: PRINT_LINK_FONT,
    footnotes: true,
  });
}

/** Each placed label of one kind as a paper patch with its lines centred on it. */
export function labelOps(
  layout: LabelLayout,
  kind: 'node' | 'link',
  colors: { ink: string; paper: string },
  bounds: Bounds,
): Op[] {
  const ops: Op[] = [];
  for (const label of layout.placed) {
    if (label.kind !== kind) continue;
    const font = label.kind === 'node' ? PRINT_NODE_FONT : PRINT_LINK_FONT;
    const { box } = label;
    bounds.box(box.x1, box.y1, box.x2 - box.x1, box.y2 - box.y1);
    ops.push({
      kind: 'rect',
      x: box.x1,
      y: box.y1,
      width: box.x2 - box.x1,
      height: box.y2 - box.y1,
      radius: 2,
      fill: { color: colors.paper, opacity: 0.85 },
      stroke: null,
    });
    label.lines.forEach((line, i) =>
      ops.push({
        kind: 'text',
        text: line,
        x: (box.x1 + box.x2) / 2,
        y: box.y1 + font.padding + i * font.size * LINE_HEIGHT + font.size * ASCENT,
        size: font.size,
        weight: font.weight,
        anchor: 'middle',
        color: colors.ink,
      }),
    );
  }
  return ops;
}

/** What the list under the chart says: every marked label by number, then any left out unmarked. */
export function footnoteLines(
  layout: LabelLayout,
  ends: ReadonlyMap<string, string> = new Map(),
  words: ExportWords = exportWords(),
): string[] {
  const marked = layout.placed
    .filter((p): p is typeof p & { note: number } => p.note !== null)
    .sort((a, b) => a.note - b.note)
    .map((p) => `[${p.note}] ${p.full}`);
  // With no marker on the chart, the line says where: the link's two ends.
  const unmarked = layout.left.map((l) =>
    say(words.unmarked, { text: l.full, where: (l.kind === 'link' && ends.get(l.id)) || words.kind[l.kind] }),
  );
  return [...marked, ...unmarked];
}

/** Each link's two ends by name ("Guō Lìpíng – Lanxin Holdings"), for the list. */
export function linkEnds(scene: Scene): Map<string, string> {
  const names = new Map(scene.nodes.map((n) => [n.id, n.label]));
  const out = new Map<string, string>();
  for (const e of scene.edges) {
    const a = e.source && names.get(e.source);
    const b = e.target && names.get(e.target);
    if (a && b) out.set(e.id, `${a} – ${b}`);
  }
  return out;
}

/** The numbered list, in columns under everything else drawn. */
export function footnoteOps(
  layout: LabelLayout,
  scene: Scene,
  measure: Measure,
  color: string,
  bounds: Bounds,
  words: ExportWords = exportWords(),
): Op[] {
  const lines = footnoteLines(layout, linkEnds(scene), words);
  if (lines.length === 0 || !Number.isFinite(bounds.minX)) return [];
  const { size, columnWidth, gap } = NOTES;
  const title = words.labelsInFull;
  const lineHeight = size * LINE_HEIGHT;
  const wrapped = lines.map((l) => wrapText(l, columnWidth - 12, measure, size, 400, 2));
  const width = Math.max(bounds.maxX - bounds.minX, columnWidth);
  const columns = Math.max(1, Math.floor(width / columnWidth));
  const perColumn = Math.ceil(wrapped.length / columns);
  const top = bounds.maxY + gap;
  const ops: Op[] = [
    {
      kind: 'text',
      text: title,
      x: bounds.minX,
      y: top + size * ASCENT,
      size,
      weight: 700,
      anchor: 'start',
      color,
    },
  ];
  let bottom = top + lineHeight;
  for (let c = 0; c < columns; c++) {
    let y = top + lineHeight * 1.5;
    for (const entry of wrapped.slice(c * perColumn, (c + 1) * perColumn)) {
      for (const line of entry) {
        ops.push({
          kind: 'text',
          text: line,
          x: bounds.minX + c * columnWidth,
          y: y + size * ASCENT,
          size,
          weight: 400,
          anchor: 'start',
          color,
        });
        y += lineHeight;
      }
    }
    bottom = Math.max(bottom, y);
  }
  bounds.box(bounds.minX, top, Math.min(width, columns * columnWidth), bottom - top);
  return ops;
}
