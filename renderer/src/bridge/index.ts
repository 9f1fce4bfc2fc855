import { METHOD_NAMES, type MethodName, type PlexusApi } from '../../../graph-schema/contract';
import { PlexusError } from '../../../graph-schema/model';
import { storedAnalystName } from '../app/analyst-name';
import { createClient } from './client';
import { pendingRequests } from './pending';
import { detectTransport, hasPreloadBridge } from './transport';
import { createWindowSession, type WindowSession } from './window-session';

interface Backend {
  client: PlexusApi;
  /** Null for a fake installed by unit tests, which has no sessions. */
  session: WindowSession | null;
}

let current: Backend | null = null;

function resolve(): Backend {
  if (current) return current;
  const transport = detectTransport(window);
  const session = createWindowSession(transport, window, storedAnalystName);
  const sessionId = session.current;
  current = { client: createClient(transport, () => ({ session: sessionId() })), session };
  return current;
}

const endedListeners = new Set<() => void>();

/** Called once the server says this window's session is gone; returns the unsubscribe function. */
export function onSessionEnded(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}

async function call(method: MethodName, request: unknown): Promise<unknown> {
  const backend = resolve();
  // Every request names this window's session, started by the first one. (A fake installed
  // by unit tests has none, and its answers keep their timing.)
  if (backend.session) await backend.session.ready();
  try {
    return await (backend.client[method] as (r: unknown) => Promise<unknown>)(request);
  } catch (error) {
    // Nothing this window does can work any more: the app says so once, above everything.
    if (error instanceof PlexusError && error.code === 'NO_SESSION') endedListeners.forEach((l) => l());
    throw error;
  }
}

/**
 * The one API object the app uses. It resolves its transport on first use, so tests can
 * install a fake before anything calls it; every call is tracked so a slow one can be cancelled.
 */
export const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (request: unknown) => pendingRequests.track(method, () => call(method, request)),
  ]),
) as PlexusApi;

/** This window's session id (starting it if needed), for browser mode's upload route. */
export async function windowSessionId(): Promise<string | undefined> {
  return resolve().session?.ready();
}

/** Replaces the transport-backed client (unit tests); returns a function that restores it. */
export function installApi(fake: PlexusApi): () => void {
  const previous = current;
  current = { client: fake, session: null };
  return () => {
    current = previous;
  };
}

export type TransportKind = 'desktop' | 'browser';

/**
 * The desktop shell keeps saved passwords in the OS keychain; browser mode only in memory
 * until Plexus stops, which the connection forms say.
 */
export function transportKind(win: Window = window): TransportKind {
  return hasPreloadBridge(win) ? 'desktop' : 'browser';
}

export type { MethodName, PlexusApi };
export { createClient } from './client';
export { pendingRequests, createPendingTracker, type PendingRequest, type PendingTracker } from './pending';
