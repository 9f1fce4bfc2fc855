import type { Collection, Core, NodeCollection, Position } from 'cytoscape';
import type { Clearance } from '../../../graph-schema/chart/geometry';
import { bodyAt, bodyOf, drawnNodes, drawnSegments } from './bodies';
import { candidatesAlongRow, candidatesNudge } from './candidates';
import { nodesOfStuckLinks } from './link-routes';
import { Occupancy } from './occupancy';

/** Above this many nodes a layout's result is left as it is: the check would cost seconds. */
export const TIDY_MAX_NODES = 1500;
const PASSES = 8;
/**
 * How far tidying searches: spots tried per node, few in the first passes (a node is often
 * stuck only until a neighbour has moved) and more later (up to about 1,000 units away), and
 * in all. A chart too dense to untangle keeps the rest of its layout rather than freeze the
 * app. Counts, not time, so the result does not depend on the machine.
 */
const nodeTries = (pass: number) => (pass < 2 ? 300 : 2000);
const TOTAL_TRIES = 60_000;

/** A little more than the tests check, so a tidied chart is not borderline. */
const TIDY_CLEARANCE: Clearance = { nodeGap: 1.2, linkGap: 9, labelGap: 3 };

/**
 * After a layout: moves each node that breaks a rule of geometry.ts (on another node or label,
 * on a link it is not an end of, or with a link through a node) to the nearest spot where it
 * breaks none. Layouts place centres and draw straight lines through whatever lies between;
 * this is what makes their result read honestly. Pinned nodes never move, nor nodes outside
 * `laidOut`. With `keepRows`, a node first tries its own row (a hierarchical rank). With
 * `linesBend` (a grid, whose rows and columns are the point), nodes are only kept off each
 * other and each other's labels, links are bent round the nodes they pass (link-routes.ts),
 * and only the ends of a line no bend clears (or of a note's callout, which never bends), and
 * the nodes on it, are tidied as usual.
 */
export function tidyLayout(
  cy: Core,
  laidOut: Collection,
  options: { keepRows?: boolean; linesBend?: boolean } = {},
): void {
  const scope = laidOut.nodes();
  if (scope.length > TIDY_MAX_NODES) return;
  if (!options.linesBend) {
    tidyNodes(cy, scope, options.keepRows === true, true, () => true);
    return;
  }
  tidyNodes(cy, scope, false, false, () => true);
  const stuck = nodesOfStuckLinks(cy);
  // Along their row first: the grid's rows stay level.
  if (stuck.size > 0) tidyNodes(cy, scope, true, true, (id) => stuck.has(id));
}

function tidyNodes(
  cy: Core,
  scope: NodeCollection,
  keepRows: boolean,
  withLinks: boolean,
  mayMove: (id: string) => boolean,
): void {
  const drawn = drawnNodes(cy);
  const occupancy = new Occupancy(TIDY_CLEARANCE);
  for (const n of drawn) occupancy.addBody(bodyOf(n));
  for (const link of drawnSegments(cy, new Set(drawn.map((n) => n.id())))) occupancy.addLink(link);
  const movable = drawn.filter(
    (n) => scope.has(n) && !n.locked() && n.data('decor') === undefined && mayMove(n.id()),
  );
  // Most linked first: they stay, and the leaves around them move.
  movable.sort((a, b) => a.degree(false) - b.degree(false));

  const budget = { left: TOTAL_TRIES };
  for (let pass = 0; pass < PASSES && budget.left > 0; pass++) {
    let moved = 0;
    cy.batch(() => {
      for (const node of movable) {
        if (budget.left <= 0) break;
        if (!occupancy.conflicted(node.id(), withLinks)) continue;
        const ends = occupancy.endsOf(node.id());
        const links = occupancy.removeBody(node.id());
        const body = bodyOf(node);
        const limits = { budget, tries: nodeTries(pass) };
        let at = firstFit(occupancy, body, ends, node.position(), keepRows, withLinks, limits);
        // On a node, label or line where no spot clears its own lines too: two linked nodes
        // left on one thing that stays (a note, a pinned node) each have a line into it
        // until the other moves, so neither ever fits. Off everything but its own lines
        // first; they are cleared on a later pass, once the other end has moved too, or bent.
        if (!at && withLinks && ends.length > 0 && !occupancy.fits(body, [], withLinks))
          at = firstFit(occupancy, body, [], node.position(), keepRows, withLinks, limits);
        if (at) {
          node.position(at);
          moved++;
        }
        occupancy.addBody(at ? bodyAt(body, at) : body);
        for (const link of links) occupancy.addLink(link);
      }
    });
    // Nothing moved with the long searches either: nothing more will.
    if (moved === 0 && nodeTries(pass) === nodeTries(PASSES)) break;
  }
}

function* along(keepRows: boolean, from: Position): Generator<Position> {
  if (keepRows) yield* candidatesAlongRow(from);
  yield* candidatesNudge(from);
}

function firstFit(
  occupancy: Occupancy,
  body: ReturnType<typeof bodyOf>,
  ends: readonly string[],
  from: Position,
  keepRows: boolean,
  withLinks: boolean,
  limits: { budget: { left: number }; tries: number },
): Position | null {
  let tried = 0;
  for (const at of along(keepRows, from)) {
    if (tried++ >= limits.tries || limits.budget.left-- <= 0) return null;
    if (occupancy.fits(bodyAt(body, at), ends, withLinks)) return at;
  }
  return null;
}
