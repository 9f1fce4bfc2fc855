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

  it('looks at the cells near a line only, however wide a box elsewhere: a note costs no line its bend', () => {
    // C–D bends round E between two rows of nodes; the demo's note (233 x 79) is far off.
    const rows = [-150, 150].flatMap((y) =>
      Array.from({ length: 11 }, (_, i) => disc(`w${i}${y}`, i * 60 - 180, y)),
    );
    const bodies = [disc('c', 0, 0), disc('e', 200, 0), disc('d', 400, 0), ...rows];
    const note: Body = {
      id: 'note',
      x: 5000,
      y: 5000,
      radius: 116.5,
      box: { x1: 4883.5, y1: 4960.5, x2: 5116.5, y2: 5039.5 },
      label: null,
    };
    const line = [{ id: 'cd', source: 'c', target: 'd' }];
    // A short search that finds the bend: the note once made every check look at ~4x the cells.
    const budget = 4_000;
    const control = routeLinks(bodies, line, { budget }).bends.get(pairKey('c', 'd'));
    expect(control).toBeDefined();
    expect(routeLinks([...bodies, note], line, { budget }).bends.get(pairKey('c', 'd'))).toEqual(control);
  });

  it('bends a line round a wide box it passes', () => {
    const note: Body = {
      id: 'note',
      x: 200,
      y: 1200,
      radius: 116.5,
      box: { x1: 83.5, y1: 1160.5, x2: 316.5, y2: 1239.5 },
      label: null,
    };
    const bodies = [disc('f', -300, 1200), note, disc('g', 700, 1200)];
    const line = [{ id: 'fg', source: 'f', target: 'g' }];
    const control = routeLinks(bodies, line).bends.get(pairKey('f', 'g'));
    expect(control).toBeDefined();
    const drawn = [{ ...line[0]!, ...(control ? { control } : {}) }];
    expect(findConflicts(bodies, drawn)).toEqual([]);
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
