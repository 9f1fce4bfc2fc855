import { describe, expect, it } from 'vitest';
import { ExpandWalk, type WalkStep } from '../../../../graph-schema/analysis/expand-walk';

/** Takes the levels in order, each level's frontier being what the one before first reached. */
function walk(seeds: string[], limit: number, levels: WalkStep<string>[][]) {
  const w = new ExpandWalk(seeds, limit);
  const frontiers = levels.map((level) => level.filter((step) => w.take(step)).map(([, , to]) => to));
  return { ...w.result(), frontiers };
}

describe('ExpandWalk', () => {
  it('keeps the entities nearest the seeds in the order first reached, and counts the rest', () => {
    const r = walk(['s'], 2, [
      [
        ['l1', 's', 'a'],
        ['l2', 's', 'b'],
      ],
      [
        ['l3', 'a', 'c'],
        ['l4', 'b', 'd'],
      ],
    ]);
    expect(r.entities).toEqual(['a', 'b']);
    expect(r.omitted).toBe(2);
    expect(r.frontiers).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps a link only when both its ends are seeds or kept entities', () => {
    const r = walk(['s', 't'], 1, [
      [
        ['l1', 's', 'a'],
        ['l2', 's', 't'],
        ['l3', 't', 'b'],
      ],
      [['l4', 'a', 'b']],
    ]);
    expect(r.entities).toEqual(['a']);
    expect(r.links.map(([link]) => link)).toEqual(['l1', 'l2']);
  });

  it('reaches an entity once and keeps a link walked from both ends once', () => {
    const r = walk(['s'], 10, [
      [
        ['l1', 's', 'a'],
        ['l1', 's', 'a'],
      ],
      [
        ['l2', 'a', 's'],
        ['l3', 'a', 'b'],
        ['l3', 'b', 'a'],
      ],
    ]);
    expect(r.entities).toEqual(['a', 'b']);
    expect(r.links.map(([link]) => link)).toEqual(['l1', 'l2', 'l3']);
    expect(r.omitted).toBe(0);
    expect(r.frontiers).toEqual([['a'], ['b']]);
  });
});
