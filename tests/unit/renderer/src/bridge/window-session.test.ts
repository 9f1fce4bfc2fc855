import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createWindowSession, RESUME_KEY } from '../../../../../renderer/src/bridge/window-session';
import type { Transport } from '../../../../../renderer/src/bridge/transport';

/** A backend that hands out numbered sessions and takes back the one a reload names. */
function backend() {
  let next = 1;
  const calls: { method: string; request: unknown; session?: string; keepalive?: boolean }[] = [];
  const transport: Transport = async (method, request, options = {}) => {
    calls.push({ method, request, ...options });
    if (method === 'openSession') {
      const resume = (request as { resume?: string }).resume;
      return { ok: true, value: { id: resume ?? `s${next++}` } };
    }
    return { ok: true, value: {} };
  };
  return { transport, calls };
}

/** The parts of a window the session uses: events, sessionStorage, timers. */
function fakeWindow(): Window {
  const stored = new Map<string, string>();
  const sessionStorage = {
    getItem: (key: string) => stored.get(key) ?? null,
    setItem: (key: string, value: string) => void stored.set(key, value),
    removeItem: (key: string) => void stored.delete(key),
  };
  return Object.assign(new EventTarget(), {
    sessionStorage,
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
  }) as unknown as Window;
}

let window: Window;

beforeEach(() => {
  window = fakeWindow();
  vi.useRealTimers();
});

describe('createWindowSession', () => {
  it('starts one session however many calls wait for it', async () => {
    const { transport, calls } = backend();
    const session = createWindowSession(transport, window);
    const ids = await Promise.all([session.ready(), session.ready(), session.ready()]);
    expect(ids).toEqual(['s1', 's1', 's1']);
    expect(calls.filter((c) => c.method === 'openSession')).toHaveLength(1);
    expect(session.current()).toBe('s1');
  });

  it('on pagehide leaves its id for a reload and tells the server with a request that outlives the page', async () => {
    const { transport, calls } = backend();
    const session = createWindowSession(transport, window);
    await session.ready();
    window.dispatchEvent(new Event('pagehide'));
    expect(window.sessionStorage.getItem(RESUME_KEY)).toBe('s1');
    expect(calls.at(-1)).toMatchObject({
      method: 'closeSession',
      request: { soon: true },
      session: 's1',
      keepalive: true,
    });
  });

  it('resumes the session its reload left, once; a page with nothing left starts its own', async () => {
    const { transport, calls } = backend();
    window.sessionStorage.setItem(RESUME_KEY, 's9');
    expect(await createWindowSession(transport, window).ready()).toBe('s9');
    expect(calls[0]).toMatchObject({ method: 'openSession', request: { resume: 's9' } });
    expect(window.sessionStorage.getItem(RESUME_KEY)).toBeNull();
    // A duplicated tab copies sessionStorage while its source page lives: nothing to resume.
    expect(await createWindowSession(transport, window).ready()).toBe('s1');
  });

  it('starts (or resumes) the session with the analyst name the window holds then', async () => {
    const { transport, calls } = backend();
    let analyst: string | undefined = '佐藤 警部補';
    window.sessionStorage.setItem(RESUME_KEY, 's9');
    await createWindowSession(transport, window, () => analyst).ready();
    analyst = undefined;
    await createWindowSession(transport, window, () => analyst).ready();
    expect(calls.map((c) => c.request)).toEqual([{ resume: 's9', analyst: '佐藤 警部補' }, {}]);
  });

  it('forgets the id it left when the page comes back from the browser cache', async () => {
    const { transport } = backend();
    await createWindowSession(transport, window).ready();
    window.dispatchEvent(new Event('pagehide'));
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(window.sessionStorage.getItem(RESUME_KEY)).toBeNull();
  });

  it('keeps the session with a heartbeat naming it', async () => {
    vi.useFakeTimers();
    const { transport, calls } = backend();
    await createWindowSession(transport, window).ready();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(calls.at(-1)).toMatchObject({ method: 'keepSession', session: 's1' });
  });

  it('tries again on the next call after a failed start', async () => {
    let fail = true;
    const transport: Transport = async () =>
      fail
        ? { ok: false, error: { code: 'IO', message: 'The Plexus server cannot be reached.' } }
        : { ok: true, value: { id: 'late' } };
    const session = createWindowSession(transport, window);
    await expect(session.ready()).rejects.toThrow(/cannot be reached/);
    fail = false;
    expect(await session.ready()).toBe('late');
  });
});
