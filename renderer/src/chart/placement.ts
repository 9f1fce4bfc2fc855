import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';

/** Distance from an anchor to its first ring of new neighbours, and between rings. */
const RING_RADIUS = 110;
const RING_GAP = 70;
/** Arc length each new node gets on a ring. */
const NODE_SPACING = 46;
/** Where new, unconnected groups go: beside the existing chart, not on top of it. */
const ISLAND_MARGIN = 160;

const neighbours = (n: NodeSingular): NodeSingular[] => n.neighborhood().nodes().toArray();

/**
 * Seeds positions for newly added nodes so an expansion grows out of the node it came
 * from and the analyst's mental map of the rest survives. Nodes next to one placed node
 * fan out on the side away from that node's other neighbours; nodes next to several
 * start between them; the rest start beside the chart. Breadth-first, so a chain of new
 * nodes grows outwards link by link.
 */
export function placeNewNodes(cy: Core, added: NodeCollection): void {
  const pending = new Set(added.map((n) => n.id()));
  const isPlaced = (n: NodeSingular) => !pending.has(n.id());
  const islandOrigin = islandCentre(cy.nodes().toArray().filter(isPlaced));
  let islandIndex = 0;

  let layer = added.toArray().filter((n) => neighbours(n).some(isPlaced));
  while (pending.size > 0) {
    if (layer.length === 0) {
      const seed = added.toArray().find((n) => pending.has(n.id()));
      if (!seed) break;
      seed.position(spiralPoint(islandOrigin, islandIndex++, 80));
      pending.delete(seed.id());
      layer = neighbours(seed).filter((n) => pending.has(n.id()));
      continue;
    }
    placeLayer(layer, isPlaced);
    for (const n of layer) pending.delete(n.id());
    const next = new Map<string, NodeSingular>();
    for (const n of layer) {
      for (const m of neighbours(n)) if (pending.has(m.id())) next.set(m.id(), m);
    }
    layer = [...next.values()];
  }
}

function placeLayer(layer: NodeSingular[], isPlaced: (n: NodeSingular) => boolean): void {
  const fans = new Map<string, { anchor: NodeSingular; children: NodeSingular[] }>();
  let betweenIndex = 1;
  for (const node of layer) {
    const placed = neighbours(node).filter(isPlaced);
    const anchor = placed[0];
    if (!anchor) continue;
    if (placed.length >= 2) {
      node.position(spiralPoint(centroid(placed), betweenIndex++, 22));
      continue;
    }
    const fan = fans.get(anchor.id()) ?? { anchor, children: [] };
    fan.children.push(node);
    fans.set(anchor.id(), fan);
  }
  for (const { anchor, children } of fans.values()) fanOut(anchor, children, isPlaced);
}

function fanOut(anchor: NodeSingular, children: NodeSingular[], isPlaced: (n: NodeSingular) => boolean) {
  const origin = anchor.position();
  const crowd = neighbours(anchor).filter(isPlaced);
  let facing = 0;
  let span = 2 * Math.PI;
  if (crowd.length > 0) {
    const c = centroid(crowd);
    const dx = origin.x - c.x;
    const dy = origin.y - c.y;
    if (dx !== 0 || dy !== 0) {
      facing = Math.atan2(dy, dx);
      span = Math.min(2 * Math.PI, Math.max(Math.PI / 2, children.length * 0.4));
    }
  }
  let index = 0;
  for (let ring = 0; index < children.length; ring++) {
    const radius = RING_RADIUS + ring * RING_GAP;
    const capacity = Math.max(1, Math.floor((span * radius) / NODE_SPACING));
    const count = Math.min(capacity, children.length - index);
    for (let i = 0; i < count; i++, index++) {
      const angle = facing - span / 2 + (span * (i + 0.5)) / count;
      children[index]?.position({
        x: origin.x + radius * Math.cos(angle),
        y: origin.y + radius * Math.sin(angle),
      });
    }
  }
}

function centroid(nodes: NodeSingular[]): Position {
  let x = 0;
  let y = 0;
  for (const n of nodes) {
    x += n.position('x');
    y += n.position('y');
  }
  return { x: x / nodes.length, y: y / nodes.length };
}

function islandCentre(placed: NodeSingular[]): Position {
  if (placed.length === 0) return { x: 0, y: 0 };
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const n of placed) {
    const { x, y } = n.position();
    x2 = Math.max(x2, x);
    y1 = Math.min(y1, y);
    y2 = Math.max(y2, y);
  }
  return { x: x2 + ISLAND_MARGIN, y: (y1 + y2) / 2 };
}

/** Sunflower spiral: evenly spread points around a centre, however many there are. */
function spiralPoint(centre: Position, index: number, spacing: number): Position {
  const radius = index === 0 ? 0 : spacing * Math.sqrt(index);
  const angle = index * 2.39996;
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}
