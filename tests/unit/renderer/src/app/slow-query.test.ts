import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchSlowQueries } from '../../../../../renderer/src/app/slow-query';
import { createPendingTracker } from '../../../../../renderer/src/bridge/pending';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('slow query watch', () => {
  it('says "slow" once a request passes the threshold and "not slow" when it settles', async () => {
    const tracker = createPendingTracker();
    const seen: boolean[] = [];
    const stop = watchSlowQueries(tracker, (slow) => seen.push(slow), 400);
    let finish: () => void = () => undefined;
    const running = tracker.track('expand', () => new Promise<void>((r) => (finish = r)));

    vi.advanceTimersByTime(399);
    expect(seen).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(seen).toEqual([true]);

    finish();
    await running;
    expect(seen).toEqual([true, false]);
    stop();
  });

  it('a request that answers quickly never shows the button', async () => {
    const tracker = createPendingTracker();
    const seen: boolean[] = [];
    const stop = watchSlowQueries(tracker, (slow) => seen.push(slow), 400);
    await tracker.track('search', async () => undefined);
    vi.advanceTimersByTime(1000);
    expect(seen).toEqual([]);
    stop();
  });
});
