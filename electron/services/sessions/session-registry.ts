import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { PlexusError } from '../../../graph-schema/model/errors';
import type { CaseService } from '../cases/case-service';
import type { ImportService } from '../io/import-service';
import type { CaseHolder } from './case-holds';

/** What one window acts on: its own open case (or server), its import, its queries. */
export interface SessionParts {
  cases: CaseService;
  imports: ImportService;
}

export interface Session extends SessionParts {
  readonly id: string;
  /** Who may name this session: one Electron window, or 'browser' for browser mode's tabs. */
  readonly owner: string;
}

export interface SessionTimes {
  /** A session nobody has named for this long is closed (its tab crashed or was killed). */
  idleMs: number;
  /** A session its page let go of (closed or reloading) is closed this long after, unless resumed. */
  graceMs: number;
}

/**
 * Long enough for a background tab, whose timers browsers slow to one a minute, to keep its
 * session with the bridge's heartbeat; short enough that a crashed tab's case is released soon.
 */
export const SESSION_TIMES: SessionTimes = { idleMs: 3 * 60_000, graceMs: 15_000 };

export interface SessionRegistryOptions {
  create(holder: CaseHolder): SessionParts;
  times?: SessionTimes;
  /** Monotonic milliseconds: a suspended machine does not age its sessions. Tests pin it. */
  clock?: () => number;
  /** The clock time shown in "another window (opened 14:02)". */
  wallClock?: () => Date;
}

interface Entry {
  session: Session;
  lastSeen: number;
  /** Requests running now: a session is never closed under a running import or query. */
  running: number;
  /** Set when the page let go: closed at this time unless resumed first. */
  closeAt: number | null;
}

export interface SessionRegistry {
  open(owner: string, resume?: string): Session;
  /** The session `id` when `owner` may use it; NO_SESSION otherwise. Counts as contact. */
  get(id: string | undefined, owner: string): Session;
  /** Runs `work` in the session, which is kept open until it settles. */
  use<T>(session: Session, work: () => Promise<T>): Promise<T>;
  /** Closes now, or after the grace time when `soon` (a reload may resume it). */
  close(id: string, soon?: boolean): Promise<boolean>;
  closeOwnedBy(owner: string): Promise<void>;
  /** Closes sessions idle or let go for too long; the server calls it on a timer. */
  sweep(): Promise<number>;
  closeAll(): Promise<void>;
  /** Called with each session's id once it is closed (files a transport holds for it go too). */
  onClosed(listener: (id: string) => void): () => void;
  readonly size: number;
}

const noSession = (message: string) => new PlexusError('NO_SESSION', message);

function holderLabel(owner: string, at: Date): string {
  const time = at.toTimeString().slice(0, 5);
  return owner === 'browser' ? `another browser tab (opened ${time})` : `another window (opened ${time})`;
}

/**
 * Every window session of one server. Ids are random UUIDs: in browser mode a session id
 * is what separates one tab's case from another's, so it must not be guessable. A session
 * is reached only by its owner: an Electron window cannot name another window's session.
 */
export function createSessionRegistry(options: SessionRegistryOptions): SessionRegistry {
  const times = options.times ?? SESSION_TIMES;
  const clock = options.clock ?? (() => performance.now());
  const wallClock = options.wallClock ?? (() => new Date());
  const entries = new Map<string, Entry>();
  const closedListeners = new Set<(id: string) => void>();

  async function shut(entry: Entry): Promise<void> {
    entries.delete(entry.session.id);
    entry.session.imports.cancel();
    try {
      await entry.session.cases.close();
    } finally {
      for (const listener of closedListeners) listener(entry.session.id);
    }
  }

  function find(id: string | undefined, owner: string): Entry {
    if (id === undefined || id === '')
      throw noSession('This request names no window session: reload the page to start one.');
    const entry = entries.get(id);
    if (!entry || entry.session.owner !== owner)
      throw noSession(
        'This window’s session has ended (Plexus restarted, or the window was away too long): reload to start again.',
      );
    return entry;
  }

  return {
    open(owner, resume) {
      const earlier = resume !== undefined ? entries.get(resume) : undefined;
      if (earlier && earlier.session.owner === owner) {
        earlier.closeAt = null;
        earlier.lastSeen = clock();
        return earlier.session;
      }
      const id = randomUUID();
      const parts = options.create({ sessionId: id, label: holderLabel(owner, wallClock()) });
      const session: Session = { ...parts, id, owner };
      entries.set(id, { session, lastSeen: clock(), running: 0, closeAt: null });
      return session;
    },
    get(id, owner) {
      const entry = find(id, owner);
      entry.lastSeen = clock();
      // A page that said it was going and still asks is there after all (back from the cache).
      entry.closeAt = null;
      return entry.session;
    },
    async use(session, work) {
      const entry = entries.get(session.id);
      if (entry) entry.running += 1;
      try {
        return await work();
      } finally {
        if (entry) {
          entry.running -= 1;
          entry.lastSeen = clock();
        }
      }
    },
    async close(id, soon = false) {
      const entry = entries.get(id);
      if (!entry) return false;
      if (soon) {
        entry.closeAt = clock() + times.graceMs;
        return false;
      }
      await shut(entry);
      return true;
    },
    async closeOwnedBy(owner) {
      const owned = [...entries.values()].filter((e) => e.session.owner === owner);
      await Promise.all(owned.map(shut));
    },
    async sweep() {
      const now = clock();
      const due = [...entries.values()].filter(
        (e) =>
          e.running === 0 && ((e.closeAt !== null && now >= e.closeAt) || now - e.lastSeen >= times.idleMs),
      );
      await Promise.all(due.map(shut));
      return due.length;
    },
    async closeAll() {
      await Promise.all([...entries.values()].map(shut));
    },
    onClosed(listener) {
      closedListeners.add(listener);
      return () => closedListeners.delete(listener);
    },
    get size() {
      return entries.size;
    },
  };
}

/** Sweeps the registry on a timer that never keeps the process alive; returns the stop function. */
export function sweepEvery(registry: SessionRegistry, everyMs: number): () => void {
  const timer = setInterval(() => {
    registry.sweep().catch((error: unknown) => {
      process.stderr.write(`[plexus] closing idle sessions: ${String(error)}\n`);
    });
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
