import { describe, expect, it } from 'vitest';
import { betweenness, computeMeasures, degrees } from '../../../../graph-schema/analysis/chart-measures';

const path = (ids: string[]) => ids.slice(1).map((id, i) => ({ source: ids[i] ?? '', target: id }));

describe('degrees', () => {
  it('counts parallel links one by one and a self-loop once', () => {
    const d = degrees(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'c', target: 'c' },
      ],
    );
    expect(Object.fromEntries(d)).toEqual({ a: 2, b: 2, c: 1 });
  });

  it('ignores links to entities not on the chart', () => {
    expect(degrees(['a'], [{ source: 'a', target: 'x' }]).get('a')).toBe(0);
  });
});

describe('betweenness', () => {
  it('on a path a-b-c-d: inner nodes carry the paths between the others', () => {
    const b = betweenness(['a', 'b', 'c', 'd'], path(['a', 'b', 'c', 'd']));
    expect(Object.fromEntries(b)).toEqual({ a: 0, b: 2, c: 2, d: 0 });
  });

  it('on a star the centre carries every pair of leaves', () => {
    const leaves = ['l1', 'l2', 'l3', 'l4'];
    const b = betweenness(
      ['hub', ...leaves],
      leaves.map((l) => ({ source: 'hub', target: l })),
    );
    expect(b.get('hub')).toBe(6);
    for (const l of leaves) expect(b.get(l)).toBe(0);
  });

  it('splits credit between equal shortest paths and ignores parallel links', () => {
    // a square a-b-d, a-c-d: b and c each carry half of the a..d paths.
    const links = [
      { source: 'a', target: 'b' },
      { source: 'a', target: 'b' },
      { source: 'b', target: 'd' },
      { source: 'a', target: 'c' },
      { source: 'c', target: 'd' },
    ];
    const b = betweenness(['a', 'b', 'c', 'd'], links);
    expect(b.get('b')).toBeCloseTo(0.5);
    expect(b.get('c')).toBeCloseTo(0.5);
  });

  it('is skipped unless wanted', () => {
    expect(computeMeasures(['a'], [], { betweenness: false }).betweenness.size).toBe(0);
  });
});
