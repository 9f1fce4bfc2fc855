import type { Fill, Op, Stroke } from './display-list';
import type { NodeShape } from './style-spec';

/** A node's outline as one op, centred on (x, y), `size` wide. Matches Cytoscape's shapes. */
export function shapeOp(
  shape: NodeShape,
  x: number,
  y: number,
  size: number,
  fill: Fill,
  stroke: Stroke | null,
): Op {
  const h = size / 2;
  switch (shape) {
    case 'ellipse':
      return { kind: 'ellipse', cx: x, cy: y, rx: h, ry: h, fill, stroke };
    case 'round-rectangle':
      return {
        kind: 'rect',
        x: x - h,
        y: y - h,
        width: size,
        height: size,
        radius: size * 0.2,
        fill,
        stroke,
      };
    case 'diamond':
      return { kind: 'polygon', points: [x, y - h, x + h, y, x, y + h, x - h, y], fill, stroke };
    case 'hexagon': {
      const points: number[] = [];
      for (let i = 0; i < 6; i++) {
        const angle = (Math.PI / 3) * i;
        points.push(x + h * Math.cos(angle), y + h * Math.sin(angle));
      }
      return { kind: 'polygon', points, fill, stroke };
    }
  }
}

/** Lucide icons are drawn on a 24-unit grid with 2-unit round strokes. */
export const ICON_GRID = 24;
export const ICON_SHARE = 0.56;

/** The icon's stroked paths, scaled to ICON_SHARE of the node and centred on it. */
export function iconOps(
  paths: readonly string[],
  x: number,
  y: number,
  size: number,
  color: Stroke['color'],
): Op[] {
  const box = size * ICON_SHARE;
  const scale = box / ICON_GRID;
  const stroke: Stroke = { color, width: 2, dash: [], cap: 'round' };
  return paths.map((d) => ({ kind: 'path', d, x: x - box / 2, y: y - box / 2, scale, fill: null, stroke }));
}

/** A filled triangle with its tip at (tipX, tipY), pointing away from (fromX, fromY). */
export function arrowheadOp(
  fromX: number,
  fromY: number,
  tipX: number,
  tipY: number,
  length: number,
  color: Fill['color'],
): Op {
  const dx = tipX - fromX;
  const dy = tipY - fromY;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const baseX = tipX - ux * length;
  const baseY = tipY - uy * length;
  const half = length * 0.45;
  return {
    kind: 'polygon',
    points: [tipX, tipY, baseX - uy * half, baseY + ux * half, baseX + uy * half, baseY - ux * half],
    fill: { color, opacity: 1 },
    stroke: null,
  };
}

/** Dash pattern for a line style at a width: dots are near-zero dashes with round caps. */
export function dashFor(style: 'solid' | 'dashed' | 'dotted', width: number): Pick<Stroke, 'dash' | 'cap'> {
  if (style === 'dashed') return { dash: [width * 3 + 4, width * 2 + 3], cap: 'butt' };
  // PDF refuses zero-length dashes; 0.01 draws as a dot under a round cap everywhere.
  if (style === 'dotted') return { dash: [0.01, width * 2 + 2], cap: 'round' };
  return { dash: [], cap: 'butt' };
}
