import {
  HTTP_API_PREFIX,
  SESSION_HEADER,
  TOKEN_HEADER,
  type Envelope,
  type MethodName,
} from '../../../graph-schema/contract';

export interface SendOptions {
  /** The window session the request acts in; absent only before the session exists. */
  session?: string;
  /** The page is going away: the request must outlive it (browser mode's fetch keepalive). */
  keepalive?: boolean;
}

/** Sends one request and answers the handler's envelope; the client unwraps it. */
export type Transport = (
  method: MethodName,
  request: unknown,
  options?: SendOptions,
) => Promise<Envelope<unknown>>;

type PreloadBridge = Record<
  string,
  ((request: unknown, session?: string) => Promise<Envelope<unknown>>) | undefined
>;

const TOKEN_KEY = 'plexus.token';

/** The desktop shell's preload exposes one named function per contract method. */
export function preloadTransport(bridge: PreloadBridge): Transport {
  return (method, request, options) => {
    const fn = bridge[method];
    if (!fn) {
      return Promise.resolve({
        ok: false,
        error: { code: 'NOT_FOUND', message: `the desktop shell does not offer ${method}` },
      });
    }
    return fn(request, options?.session);
  };
}

/**
 * Browser mode: POST /api/<method> on the page's own origin. The per-run token arrives
 * once in the URL fragment; it is kept for the tab so a reload keeps working, and taken
 * out of the visible URL so it is not copied around.
 */
export function httpTransport(token: string, fetchFn: typeof fetch = fetch): Transport {
  return async (method, request, options = {}) => {
    let response: Response;
    const headers: Record<string, string> = { 'content-type': 'application/json', [TOKEN_HEADER]: token };
    if (options.session !== undefined) headers[SESSION_HEADER] = options.session;
    try {
      response = await fetchFn(`${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(request ?? {}),
        ...(options.keepalive ? { keepalive: true } : {}),
      });
    } catch {
      return { ok: false, error: { code: 'IO', message: 'The Plexus server cannot be reached.' } };
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `The server answered ${response.status} without data.` },
      };
    }
  };
}

/** Reads the token from `#token=...` (then hides it) or from this tab's earlier visit. */
export function takeBrowserToken(win: Window): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    win.sessionStorage.setItem(TOKEN_KEY, token);
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
    return token;
  }
  return win.sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function preloadBridge(win: Window): PreloadBridge | undefined {
  return (win as Window & { plexus?: PreloadBridge }).plexus;
}

/** The desktop shell's preload put its bridge on the window. */
export function hasPreloadBridge(win: Window): boolean {
  return preloadBridge(win) !== undefined;
}

/** Whichever transport this page has: the preload bridge in the desktop shell, HTTP otherwise. */
export function detectTransport(win: Window): Transport {
  const bridge = preloadBridge(win);
  return bridge ? preloadTransport(bridge) : httpTransport(takeBrowserToken(win));
}
