import type { MethodName } from '../../../graph-schema/contract';

/** A request on its way to the backend, for the status bar's "Cancel query". */
export interface PendingRequest {
  id: number;
  method: MethodName;
  startedAt: number;
}

export interface PendingTracker {
  /** Runs one request and keeps it listed until it settles, whether it resolves or throws. */
  track<T>(method: MethodName, run: () => Promise<T>): Promise<T>;
  list(): readonly PendingRequest[];
  /** Called whenever a request starts or settles; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/**
 * Asking to cancel is itself a request; counting it would keep the cancel button up while it
 * runs, so it is never listed. Imports and exports run for minutes by design and have their
 * own progress and Cancel in the wizard; "Cancel query" (and its Escape) must not reach them.
 */
const UNTRACKED: ReadonlySet<MethodName> = new Set([
  'cancelQueries',
  'previewImport',
  'importCase',
  'importProgress',
  'cancelImport',
  'exportCase',
]);

export function createPendingTracker(now: () => number = () => Date.now()): PendingTracker {
  const pending = new Map<number, PendingRequest>();
  const listeners = new Set<() => void>();
  let nextId = 1;
  const emit = () => {
    for (const listener of listeners) listener();
  };

  return {
    async track(method, run) {
      if (UNTRACKED.has(method)) return run();
      const id = nextId++;
      pending.set(id, { id, method, startedAt: now() });
      emit();
      try {
        return await run();
      } finally {
        pending.delete(id);
        emit();
      }
    },
    list: () => [...pending.values()],
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Every request the app's one API object sends. */
export const pendingRequests = createPendingTracker();
