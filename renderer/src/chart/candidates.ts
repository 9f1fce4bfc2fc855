import type { Position } from 'cytoscape';

/**
 * Spots to try, best first, for a node being placed. Each sequence is lazy and long: the
 * caller takes the first spot that fits (occupancy.ts) and stops.
 */

/** The first ring of neighbours around a node: room for a label between them. */
const FIRST_RING = 130;
/** How much further out each next ring is. */
const RING_GAP = 80;
/** Ring length each node of a fan needs: a big fan starts on a ring that holds it. */
const ARC_PER_CHILD = 80;
/** A fan of hundreds fills several rings rather than one far out of sight. */
const MAX_FIRST_RING = 420;
/** Arc length between two tries on a ring. */
const ARC_STEP = 22;
const MAX_RINGS = 40;

/**
 * Rings around an anchor, the nearest first; on each ring the tries start at `facing` and
 * alternate either side of it, so children fan out as an arc on that side and wrap round
 * the anchor only when the arc is full. `fanSize` is how many are about to hang off it.
 */
export function* candidatesAround(anchor: Position, facing: number, fanSize = 1): Generator<Position> {
  // Nodes on an inner ring shadow the lines to the ring outside them; fewer rings, fewer shadows.
  const first = Math.min(MAX_FIRST_RING, Math.max(FIRST_RING, (fanSize * ARC_PER_CHILD) / (2 * Math.PI)));
  for (let ring = 0; ring < MAX_RINGS; ring++) {
    const radius = first + ring * RING_GAP;
    const step = ARC_STEP / radius;
    const tries = Math.floor(Math.PI / step);
    for (let i = 0; i <= tries; i++) {
      for (const side of i === 0 ? [0] : [1, -1]) {
        const angle = facing + side * i * step;
        yield { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
      }
    }
  }
}

/** Golden-angle (sunflower) spiral: evenly spread points, the nearest first. */
function* spiral(centre: Position, spacing: number, count: number): Generator<Position> {
  for (let i = 0; i < count; i++) {
    const radius = spacing * Math.sqrt(i);
    const angle = i * 2.399963;
    yield { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  }
}

/** Around the middle of the nodes it links (a step on a path, a node joining several). */
export function candidatesBetween(ends: readonly Position[]): Generator<Position> {
  let x = 0;
  let y = 0;
  for (const p of ends) {
    x += p.x;
    y += p.y;
  }
  return spiral({ x: x / ends.length, y: y / ends.length }, 16, 12_000);
}

/** Around a free point (the middle of the view, for a node that links to nothing yet). */
export function candidatesNear(centre: Position): Generator<Position> {
  return spiral(centre, 20, 12_000);
}

/** Along a row either side of a point, the nearest first: keeps a hierarchical rank level. */
export function* candidatesAlongRow(from: Position, step = 12, count = 80): Generator<Position> {
  for (let i = 1; i <= count; i++) {
    yield { x: from.x + i * step, y: from.y };
    yield { x: from.x - i * step, y: from.y };
  }
}

/** Close around a point, the nearest first: fine steps for a nudge, then coarser further out. */
export function* candidatesNudge(from: Position): Generator<Position> {
  yield* spiral(from, 9, 500);
  yield* spiral(from, 26, 12_000);
}
