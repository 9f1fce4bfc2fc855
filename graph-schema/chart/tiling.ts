import type { Box } from './bounds';
import { solid, type Op, type Stroke } from './display-list';

export interface TileGrid {
  rows: number;
  columns: number;
  /** Page units per chart unit, the same on every sheet. */
  scale: number;
  /** How far the chart moves from one sheet to the next (the tile less the overlap). */
  step: { x: number; y: number };
  tile: { width: number; height: number };
  overlap: number;
  /** Centres the chart in the grid's spare height. */
  offset: { x: number; y: number };
}

/**
 * The chart scaled so `across` sheets span its width, each sheet repeating `overlap` of its
 * neighbour's edge so the printed sheets can be trimmed and taped together; rows follow
 * from the chart's height at that scale.
 */
export function tileGrid(bounds: Box, tile: Box, across: number): TileGrid {
  const overlap = Math.min(36, Math.max(12, Math.min(tile.width, tile.height) * 0.06));
  const step = { x: tile.width - overlap, y: tile.height - overlap };
  const scale = (across * step.x + overlap) / bounds.width;
  const rows = Math.max(1, Math.ceil((bounds.height * scale - overlap) / step.y));
  return {
    rows,
    columns: across,
    scale,
    step,
    tile: { width: tile.width, height: tile.height },
    overlap,
    offset: { x: 0, y: (rows * step.y + overlap - bounds.height * scale) / 2 },
  };
}

const MARK = '#000000';
const OVERLAP_LINE: Stroke = { color: '#8F99A8', width: 0.5, dash: [3, 3], cap: 'butt' };

/**
 * Crop marks at the sheet's corners (outside the chart area), dashed lines where the
 * overlap with each neighbour begins, and a target in the middle of each overlap band: the
 * same target sits on the neighbour, so laying one on the other aligns the two sheets.
 */
export function tileMarks(area: Box, grid: TileGrid, row: number, column: number): Op[] {
  const { x, y, width: w, height: h } = area;
  const o = grid.overlap;
  const ops: Op[] = [];
  const line = (points: number[], stroke: Stroke = solid(MARK, 0.5)) =>
    ops.push({ kind: 'line', points, stroke });
  for (const [cx, cy, sx, sy] of [
    [x, y, -1, -1],
    [x + w, y, 1, -1],
    [x, y + h, -1, 1],
    [x + w, y + h, 1, 1],
  ] as const) {
    line([cx + sx * 2, cy, cx + sx * 9, cy]);
    line([cx, cy + sy * 2, cx, cy + sy * 9]);
  }
  const target = (tx: number, ty: number) => {
    ops.push({ kind: 'ellipse', cx: tx, cy: ty, rx: 4, ry: 4, fill: null, stroke: solid(MARK, 0.5) });
    line([tx - 6, ty, tx + 6, ty]);
    line([tx, ty - 6, tx, ty + 6]);
  };
  if (column > 0) {
    line([x + o, y, x + o, y + h], OVERLAP_LINE);
    target(x + o / 2, y + h / 2);
  }
  if (column < grid.columns - 1) {
    line([x + w - o, y, x + w - o, y + h], OVERLAP_LINE);
    target(x + w - o / 2, y + h / 2);
  }
  if (row > 0) {
    line([x, y + o, x + w, y + o], OVERLAP_LINE);
    target(x + w / 2, y + o / 2);
  }
  if (row < grid.rows - 1) {
    line([x, y + h - o, x + w, y + h - o], OVERLAP_LINE);
    target(x + w / 2, y + h - o / 2);
  }
  return ops;
}
