import type { NodeCollection, NodeSingular, Position } from 'cytoscape';
import { bodyExtent } from '../../../graph-schema/chart/geometry';
import { bodyOf } from './bodies';

/** Free space between one cell's node and label and the next, across and down. */
const GAP_X = 26;
const GAP_Y = 18;
/**
 * Alternate rows shift sideways and alternate columns down, by a node's radius and a little:
 * a line along a row or column of a plain grid runs through every node between its ends, and
 * reads as a chain of links. The zigzag takes the middle nodes off the line.
 */
const SHIFT_MARGIN = 12;
/** The shape of the view when there is none to measure (headless): a laptop screen's. */
const DEFAULT_ASPECT = 16 / 10;

/** How far a node and its label reach from its centre, each way. */
interface Reach {
  node: NodeSingular;
  left: number;
  right: number;
  up: number;
  down: number;
  radius: number;
}

function reachOf(node: NodeSingular): Reach {
  const body = bodyOf(node, { x: 0, y: 0 });
  const box = bodyExtent(body);
  return { node, left: -box.x1, right: box.x2, up: -box.y1, down: box.y2, radius: body.radius };
}

/** Offsets of cells along one axis: each cell as wide as its widest member, `gap` apart. */
function offsets(sizes: readonly { before: number; after: number }[], gap: number): number[] {
  const out: number[] = [];
  let at = 0;
  sizes.forEach((s, i) => {
    const previous = sizes[i - 1];
    if (previous) at += previous.after + gap + s.before;
    out.push(at);
  });
  return out;
}

/**
 * Grid positions, dense: each column as wide as its widest label and each row as tall as its
 * tallest node and label, as many columns as make the grid the shape of the view. Linked nodes
 * sit next to each other: breadth-first from the best-linked node of each piece, so most links
 * are short and few cross the grid.
 */
export function gridPositions(nodes: NodeCollection, aspect = viewAspect(nodes)): Map<string, Position> {
  const cells = linkedOrder(nodes).map(reachOf);
  const out = new Map<string, Position>();
  if (cells.length === 0) return out;
  const maxRadius = Math.max(...cells.map((c) => c.radius));
  const shiftX = maxRadius + SHIFT_MARGIN;
  const shiftY = maxRadius + SHIFT_MARGIN;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const cellW = median(cells.map((c) => c.left + c.right)) + GAP_X;
  const cellH = median(cells.map((c) => c.up + c.down)) + GAP_Y + shiftY;
  // columns × cellW : rows × cellH as the view's width : height.
  const columns = Math.min(
    cells.length,
    Math.max(1, Math.round(Math.sqrt((cells.length * cellH * aspect) / cellW))),
  );
  const rows = Math.ceil(cells.length / columns);
  // Snake order: odd rows run right to left, so a piece that runs on past a row's end
  // continues just below it, not by a line across the whole grid.
  const indexAt = (row: number, column: number) =>
    row * columns + (row % 2 === 0 ? column : columns - 1 - column);
  const at = (row: number, column: number) => cells[indexAt(row, column)];
  const columnSizes = Array.from({ length: columns }, (_, column) => {
    const members = Array.from({ length: rows }, (_, row) => at(row, column)).filter((c) => c !== undefined);
    // A whole row shifts together: the columns need no room for it.
    return {
      before: Math.max(...members.map((c) => c.left)),
      after: Math.max(...members.map((c) => c.right)),
    };
  });
  const rowSizes = Array.from({ length: rows }, (_, row) => {
    const members = Array.from({ length: columns }, (_, column) => at(row, column)).filter(
      (c) => c !== undefined,
    );
    // Odd columns sit shiftY lower: the row makes room for them, so rows never interleave.
    return {
      before: Math.max(...members.map((c) => c.up)),
      after: Math.max(...members.map((c) => c.down)) + shiftY,
    };
  });
  const xs = offsets(columnSizes, GAP_X);
  const ys = offsets(rowSizes, GAP_Y);
  cells.forEach((cell, index) => {
    const row = Math.floor(index / columns);
    const step = index % columns;
    const column = row % 2 === 0 ? step : columns - 1 - step;
    out.set(cell.node.id(), {
      x: (xs[column] ?? 0) + (row % 2 === 0 ? 0 : shiftX),
      y: (ys[row] ?? 0) + (column % 2 === 0 ? 0 : shiftY),
    });
  });
  return out;
}

function viewAspect(nodes: NodeCollection): number {
  const first = nodes.first();
  const cy = first.nonempty() ? first.cy() : null;
  // Headless, Cytoscape reports a 1 x 1 view.
  if (!cy?.container()) return DEFAULT_ASPECT;
  const width = cy.width();
  const height = cy.height();
  return width > 0 && height > 0 ? width / height : DEFAULT_ASPECT;
}

function linkedOrder(nodes: NodeCollection): NodeSingular[] {
  // An open group's box follows its members; it takes no cell of its own.
  const members = nodes.toArray().filter((n) => !n.isParent());
  const inScope = new Set(members.map((n) => n.id()));
  const byDegree = [...members].sort(
    (a, b) => b.degree(false) - a.degree(false) || a.id().localeCompare(b.id()),
  );
  const seen = new Set<string>();
  const out: NodeSingular[] = [];
  for (const root of byDegree) {
    if (seen.has(root.id())) continue;
    seen.add(root.id());
    const queue = [root];
    for (let node = queue.shift(); node; node = queue.shift()) {
      out.push(node);
      const next = node
        .neighborhood()
        .nodes()
        .toArray()
        .filter((n) => inScope.has(n.id()) && !seen.has(n.id()))
        .sort((a, b) => b.degree(false) - a.degree(false));
      for (const n of next) {
        seen.add(n.id());
        queue.push(n);
      }
    }
  }
  return out;
}
