import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pollEvery } from '../../../../../../renderer/src/features/import/poll';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('pollEvery', () => {
  it('asks once per interval, skips a failed reading, and stops asking when stopped', async () => {
    let n = 0;
    const seen: number[] = [];
    const stop = pollEvery(
      async () => {
        n += 1;
        if (n === 2) throw new Error('missed');
        return n;
      },
      (v) => seen.push(v),
      250,
    );
    await vi.advanceTimersByTimeAsync(250 * 3);
    expect(seen).toEqual([1, 3]);
    stop();
    await vi.advanceTimersByTimeAsync(250 * 4);
    expect(n).toBe(3);
  });

  it('never has two requests out at once', async () => {
    let out = 0;
    let most = 0;
    const stop = pollEvery(
      () =>
        new Promise<number>((resolve) => {
          out += 1;
          most = Math.max(most, out);
          setTimeout(() => {
            out -= 1;
            resolve(1);
          }, 1000);
        }),
      () => undefined,
      250,
    );
    await vi.advanceTimersByTimeAsync(5000);
    stop();
    expect(most).toBe(1);
  });
});
