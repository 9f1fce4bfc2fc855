import { describe, expect, it } from 'vitest';
import { createPendingTracker } from '../../../../../renderer/src/bridge/pending';

describe('pending request tracker', () => {
  it('lists a request while it runs and drops it when it settles, resolved or failed', async () => {
    let clock = 100;
    const tracker = createPendingTracker(() => clock);
    let changes = 0;
    tracker.subscribe(() => changes++);
    let finish: (v: string) => void = () => undefined;
    const ok = tracker.track('search', () => new Promise<string>((r) => (finish = r)));
    clock = 150;
    const failed = tracker.track('expand', () => Promise.reject(new Error('boom')));

    expect(tracker.list().map((p) => [p.method, p.startedAt])).toEqual([
      ['search', 100],
      ['expand', 150],
    ]);
    await expect(failed).rejects.toThrow('boom');
    expect(tracker.list().map((p) => p.method)).toEqual(['search']);
    finish('done');
    await expect(ok).resolves.toBe('done');
    expect(tracker.list()).toEqual([]);
    expect(changes).toBe(4);
  });

  it('never lists the cancel request itself', async () => {
    const tracker = createPendingTracker();
    let seen = -1;
    await tracker.track('cancelQueries', async () => {
      seen = tracker.list().length;
    });
    expect(seen).toBe(0);
  });
});
