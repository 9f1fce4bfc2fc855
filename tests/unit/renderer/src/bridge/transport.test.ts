import { describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../../../graph-schema/contract';
import {
  httpTransport,
  preloadTransport,
  takeBrowserToken,
} from '../../../../../renderer/src/bridge/transport';

function fakeWindow(hash: string, stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  const replaced: string[] = [];
  const win = {
    location: { hash, pathname: '/', search: '' },
    sessionStorage: {
      getItem: (k: string) => storage.get(k) ?? null,
      setItem: (k: string, v: string) => void storage.set(k, v),
    },
    history: { replaceState: (_s: unknown, _t: string, url: string) => void replaced.push(url) },
  };
  return { win: win as unknown as Window, storage, replaced };
}

describe('browser transport', () => {
  it('posts the request as JSON with the token to /api/<method>', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetchFn = (async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: 42 }));
    }) as typeof fetch;
    const answer = await httpTransport('secret', fetchFn)('search', { text: 'wang' });
    expect(answer).toEqual({ ok: true, value: 42 });
    expect(requests[0]?.url).toBe('/api/search');
    expect((requests[0]?.init.headers as Record<string, string>)[TOKEN_HEADER]).toBe('secret');
    expect(requests[0]?.init.body).toBe('{"text":"wang"}');
  });

  it('answers an IO error envelope when the server cannot be reached', async () => {
    const fetchFn = (() => Promise.reject(new TypeError('failed'))) as typeof fetch;
    const answer = await httpTransport('t', fetchFn)('getSchema', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'IO' } });
  });

  it('takes the token from the URL fragment, keeps it for the tab and hides it', () => {
    const { win, storage, replaced } = fakeWindow('#token=abc123');
    expect(takeBrowserToken(win)).toBe('abc123');
    expect(storage.get('plexus.token')).toBe('abc123');
    expect(replaced).toEqual(['/']);
  });

  it('reuses the kept token after a reload', () => {
    const { win, replaced } = fakeWindow('', { 'plexus.token': 'kept' });
    expect(takeBrowserToken(win)).toBe('kept');
    expect(replaced).toEqual([]);
  });
});

describe('desktop transport', () => {
  it('calls the preload function named like the method', async () => {
    const transport = preloadTransport({ getSchema: (r) => Promise.resolve({ ok: true, value: r }) });
    await expect(transport('getSchema', { a: 1 })).resolves.toEqual({ ok: true, value: { a: 1 } });
    await expect(transport('search', {})).resolves.toMatchObject({ ok: false });
  });
});
