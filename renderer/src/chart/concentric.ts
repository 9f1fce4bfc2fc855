import type { NodeCollection, NodeSingular, Position } from 'cytoscape';

/** Distance between rings: a node, its label and a gap. */
const RING_GAP = 140;
/** Arc each node gets on a ring: about a label's width, so neighbours' names never touch. */
const ARC_PER_NODE = 165;

/**
 * Concentric positions by rank: the highest measure in the middle, then rings outwards, each
 * filled to what its circumference holds. Cytoscape's concentric layout makes one ring per
 * distinct value and puts a ring of one node at its start angle, so on a real chart (many
 * values, few nodes each) the rings collapse into one column of nodes straight above the
 * centre, every link drawn through the nodes between its ends.
 */
export function concentricPositions(
  nodes: NodeCollection,
  measure: (node: NodeSingular) => number,
): Map<string, Position> {
  const ranked = nodes
    .toArray()
    // An open group's box follows its members; it takes no place of its own.
    .filter((node) => !node.isParent())
    .map((node) => ({ node, value: measure(node) }))
    .sort((a, b) => b.value - a.value || a.node.id().localeCompare(b.node.id()));
  const out = new Map<string, Position>();
  let index = 0;
  for (let ring = 0; index < ranked.length; ring++) {
    const radius = ring * RING_GAP;
    const capacity = ring === 0 ? 1 : Math.max(1, Math.floor((2 * Math.PI * radius) / ARC_PER_NODE));
    const count = Math.min(capacity, ranked.length - index);
    // Each ring starts a golden angle round from the one inside it: no two rings line up, so
    // no spoke of nodes forms (a line from the middle outwards would run through them all).
    const offset = ring * 2.399963;
    for (let i = 0; i < count; i++, index++) {
      const angle = -Math.PI / 2 + offset + (2 * Math.PI * i) / count;
      const entry = ranked[index];
      if (entry) out.set(entry.node.id(), { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
    }
  }
  return out;
}
