import { useSyncExternalStore } from 'react';
import { AnalystName } from '../../../graph-schema/contract/analyst';

/**
 * The analyst's name, set once like the language and theme and kept in the same storage. The
 * bridge sends it when the window's session starts; stores/analyst.ts changes it.
 */
const STORAGE_KEY = 'plexus.analyst';

function read(): string | undefined {
  try {
    const parsed = AnalystName.safeParse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '');
    // A hand-edited value that is no longer a valid name counts as none, never sent on.
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // storage refused: no name until one is set in this window
  }
}

let current = read();
const listeners = new Set<() => void>();

export function storedAnalystName(): string | undefined {
  return current;
}

/** Remembers a name the backend accepted (undefined clears it) and redraws whoever shows it. */
export function rememberAnalystName(name: string | undefined): void {
  try {
    if (name === undefined) globalThis.localStorage?.removeItem(STORAGE_KEY);
    else globalThis.localStorage?.setItem(STORAGE_KEY, name);
  } catch {
    // Not remembered: the name still holds for this window.
  }
  current = name;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnalystName(): string | undefined {
  return useSyncExternalStore(subscribe, storedAnalystName);
}
