import type { NodeCollection, NodeSingular, Position } from 'cytoscape';

/** A cell: a label's width across, a node and its label down, with room between. */
const CELL_WIDTH = 200;
const CELL_HEIGHT = 130;
/**
 * Alternate rows shift sideways and alternate columns up and down by these: a line along a
 * row or column of a plain grid runs through every node between its ends, and reads as a
 * chain of links. The zigzag takes the middle nodes off the line.
 */
const SHIFT_X = 24;
const SHIFT_Y = 30;

/**
 * Grid positions, linked nodes next to each other: breadth-first from the best-linked node of
 * each piece, so most links are short and few cross the grid.
 */
export function gridPositions(nodes: NodeCollection): Map<string, Position> {
  const order = linkedOrder(nodes);
  const columns = Math.max(1, Math.ceil(Math.sqrt((order.length * CELL_HEIGHT) / CELL_WIDTH)));
  const out = new Map<string, Position>();
  order.forEach((node, index) => {
    const row = Math.floor(index / columns);
    const column = index % columns;
    out.set(node.id(), {
      x: column * CELL_WIDTH + (row % 2 === 0 ? 0 : SHIFT_X),
      y: row * CELL_HEIGHT + (column % 2 === 0 ? 0 : SHIFT_Y),
    });
  });
  return out;
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
