import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../../../renderer/src/chart/slices';

describe('runInSlices', () => {
  it('does every item once, in order, and lets other work run between slices', async () => {
    const log: (number | string)[] = [];
    const items = [0, 1, 2, 3, 4, 5];
    const done = runInSlices(items, (i) => log.push(i), { sliceMs: 0, step: 2, stale: () => false });
    setTimeout(() => log.push('other'), 0);
    await expect(done).resolves.toBe(true);
    expect(log.filter((x) => typeof x === 'number')).toEqual(items);
    const other = log.indexOf('other');
    // Nothing is done in the caller's task, and the queued task ran before the last slice.
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(log.length - 1);
  });

  it('stops before the next slice once the work is stale, and says it did not finish', async () => {
    const drawn: number[] = [];
    let slices = 0;
    const done = runInSlices([0, 1, 2, 3, 4, 5], (i) => drawn.push(i), {
      sliceMs: 0,
      step: 2,
      stale: () => ++slices > 2,
    });
    await expect(done).resolves.toBe(false);
    expect(drawn).toEqual([0, 1, 2, 3]);
  });

  it('finishes an empty list', async () => {
    await expect(runInSlices([], () => undefined, { sliceMs: 5, step: 4, stale: () => false })).resolves.toBe(
      true,
    );
  });
});
