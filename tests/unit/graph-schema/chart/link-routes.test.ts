import { describe, expect, it } from 'vitest';
import { findConflicts, type Body } from '../../../../graph-schema/chart/geometry';
import { routeLinks } from '../../../../graph-schema/chart/link-routes';
import { pairKey } from '../../../../graph-schema/chart/parallel-links';

const disc = (id: string, x: number, y: number): Body => ({ id, x, y, radius: 17.5, label: null });

/** B walled in by a ring of nodes: no bend reaches it. C, E and D in a row: C–D bends round E. */
function chart(): Body[] {
  const ring = Array.from({ length: 16 }, (_, i) =>
    disc(`r${i}`, 1000 + 55 * Math.cos((i * Math.PI) / 8), 55 * Math.sin((i * Math.PI) / 8)),
  );
  return [
    disc('a', 0, 0),
    disc('b', 1000, 0),
    ...ring,
    disc('c', 0, 600),
    disc('e', 200, 600),
    disc('d', 400, 600),
  ];
}
const lines = [
  { id: 'ab', source: 'a', target: 'b' },
  { id: 'cd', source: 'c', target: 'd' },
];

describe('routeLinks', () => {
  it('a line no bend can clear is stuck; the others still bend', () => {
    const routes = routeLinks(chart(), lines);
    expect(routes.stuck).toEqual([pairKey('a', 'b')]);
    const control = routes.bends.get(pairKey('c', 'd'));
    expect(control).toBeDefined();
    const drawn = [{ ...lines[1]!, ...(control ? { control } : {}) }];
    expect(findConflicts(chart(), drawn).filter((c) => c.kind === 'node-on-link')).toEqual([]);
  });

  it('searches a line stuck last time only after the others, so it cannot use up a short search', () => {
    const budget = 20_000;
    expect(routeLinks(chart(), lines, { budget }).bends.has(pairKey('c', 'd'))).toBe(false);
    const later = new Set([pairKey('a', 'b')]);
    expect(routeLinks(chart(), lines, { budget, later }).bends.has(pairKey('c', 'd'))).toBe(true);
  });

  it('keeps a bend drawn now while it clears, and drops it once the line is clear', () => {
    const bodies = chart();
    const first = routeLinks(bodies, lines).bends.get(pairKey('c', 'd'));
    const other = { x: 200, y: 700 };
    const kept = routeLinks(bodies, lines, { previous: new Map([[pairKey('c', 'd'), other]]) });
    expect(kept.bends.get(pairKey('c', 'd'))).toEqual(other);
    expect(first).not.toEqual(other);
    const without = bodies.filter((b) => b.id !== 'e');
    expect(routeLinks(without, lines, { previous: new Map([[pairKey('c', 'd'), other]]) }).bends.size).toBe(
      0,
    );
  });
});

describe('parallel links', () => {
  it('a pair bowed apart past a node beside their line bends away from it at once', () => {
    // Two links between a and b bow 7 either side of the line; n stands 30 off it, above.
    const bodies = [disc('a', 0, 0), disc('b', 400, 0), disc('n', 200, -30)];
    const pair = [
      { id: 'l1', source: 'a', target: 'b' },
      { id: 'l2', source: 'a', target: 'b' },
    ];
    const routes = routeLinks(bodies, pair, { budget: 2_000 });
    const control = routes.bends.get(pairKey('a', 'b'));
    expect(control?.y).toBeGreaterThan(0);
    expect(routes.stuck).toEqual([]);
  });
});
