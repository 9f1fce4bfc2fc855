import type { Core, NodeSingular } from 'cytoscape';
import { bodyExtent, intruders, rectsOverlap, type GroupBox } from '../../../graph-schema/chart/geometry';
import { bodyAt, bodyOf, drawnNodes, drawnSegments } from './bodies';
import { candidatesNudge } from './candidates';
import { Occupancy } from './occupancy';

/** Free space kept between a group box and a node moved out of it. */
const BOX_MARGIN = 10;

/** Open group boxes as drawn (title included), with their members. */
export function groupBoxes(cy: Core): GroupBox[] {
  return cy
    .nodes('[decor = "group"]')
    .toArray()
    .filter((g) => !g.hasClass('collapsed') && g.children().nonempty())
    .map((g: NodeSingular) => ({
      id: g.id(),
      box: g.boundingBox({ includeLabels: true }),
      members: g.children().map((m) => m.id()),
    }));
}

/**
 * Moves every entity drawn inside a group box it does not belong to out of it, to the
 * nearest spot outside every box that touches nothing (geometry.ts): an analyst reads a box
 * as membership, as in i2. Members of other groups stay (moving them would move their box);
 * so do pinned nodes. Call outside cy.batch(), so compound boxes are up to date.
 */
export function clearGroupBoxes(cy: Core): void {
  const groups = groupBoxes(cy);
  if (groups.length === 0) return;
  const drawn = drawnNodes(cy);
  const bodies = drawn.map((n) => bodyOf(n));
  const inside = new Set(groups.flatMap((g) => intruders(g, bodies)));
  const movable = drawn.filter(
    (n) => inside.has(n.id()) && n.data('decor') === undefined && !n.locked() && n.parent().empty(),
  );
  if (movable.length === 0) return;
  const occupancy = new Occupancy();
  for (const body of bodies) occupancy.addBody(body);
  for (const link of drawnSegments(cy, new Set(bodies.map((b) => b.id)))) occupancy.addLink(link);
  const outsideBoxes = (extent: ReturnType<typeof bodyExtent>) =>
    !groups.some((g) => rectsOverlap(extent, g.box, BOX_MARGIN));
  cy.batch(() => {
    for (const node of movable) {
      const ends = occupancy.endsOf(node.id());
      const links = occupancy.removeBody(node.id());
      const body = bodyOf(node);
      let placed = body;
      for (const at of candidatesNudge(node.position())) {
        const candidate = bodyAt(body, at);
        if (outsideBoxes(bodyExtent(candidate)) && occupancy.fits(candidate, ends)) {
          node.position(at);
          placed = candidate;
          break;
        }
      }
      occupancy.addBody(placed);
      for (const link of links) occupancy.addLink(link);
    }
  });
}
