import { PlexusError } from '../../../graph-schema/model';
import type { Transport } from './transport';

/** Where a page that is going away leaves its session id for its own reload to take back. */
export const RESUME_KEY = 'plexus.session.resume';
/** Well inside the server's idle limit even when a background tab's timers run once a minute. */
export const HEARTBEAT_MS = 30_000;

export interface WindowSession {
  /** The session id, starting the session on first use; every later call gets the same one. */
  ready(): Promise<string>;
  /** The id once started, for the requests that follow. */
  current(): string | undefined;
}

/**
 * This window's session with the backend: its own open case, import and queries. The id is
 * kept in memory only. A page that goes away leaves it in sessionStorage and tells the server
 * it may close the session soon; a reload of the same tab takes it back (and the case with
 * it), while a duplicated tab, whose sessionStorage is a copy made while this page lived,
 * finds no id there and starts its own.
 */
export function createWindowSession(
  transport: Transport,
  win: Window,
  /** The analyst name in this window's preferences: the session enters it from its first write. */
  analyst: () => string | undefined = () => undefined,
): WindowSession {
  let id: string | undefined;
  let opening: Promise<string> | null = null;

  async function start(): Promise<string> {
    const resume = win.sessionStorage.getItem(RESUME_KEY) ?? undefined;
    win.sessionStorage.removeItem(RESUME_KEY);
    const name = analyst();
    const envelope = await transport('openSession', {
      ...(resume !== undefined ? { resume } : {}),
      ...(name !== undefined ? { analyst: name } : {}),
    });
    if (!envelope.ok) throw PlexusError.fromPayload(envelope.error);
    id = (envelope.value as { id: string }).id;
    win.setInterval(() => {
      if (id !== undefined) void transport('keepSession', {}, { session: id });
    }, HEARTBEAT_MS);
    return id;
  }

  win.addEventListener('pagehide', () => {
    if (id === undefined) return;
    win.sessionStorage.setItem(RESUME_KEY, id);
    void transport('closeSession', { soon: true }, { session: id, keepalive: true });
  });
  // Back from the browser's page cache: this page keeps its session; nothing to resume.
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) win.sessionStorage.removeItem(RESUME_KEY);
  });

  return {
    ready() {
      opening ??= start().catch((error: unknown) => {
        opening = null;
        throw error;
      });
      return opening;
    },
    current: () => id,
  };
}
