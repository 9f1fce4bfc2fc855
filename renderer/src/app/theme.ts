import { useSyncExternalStore } from 'react';

/** What the screen is drawn in. Exports never read it: paper is always light (build-scene.ts PRINT). */
export type Theme = 'light' | 'dark';
/** What the analyst chose: the OS's setting, followed live, or one theme by hand. */
export type ThemeChoice = 'system' | Theme;
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/** Beside the language choice (i18n/language.ts), in the same storage. */
const STORAGE_KEY = 'plexus.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function isChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value);
}

function storedChoice(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isChoice(value) ? value : 'system';
  } catch {
    return 'system'; // storage refused: follow the OS
  }
}

function osPrefersDark(): boolean {
  return globalThis.matchMedia?.(DARK_QUERY).matches ?? true;
}

/** The theme a choice draws in, given whether the OS asks for dark. */
export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): Theme {
  if (choice !== 'system') return choice;
  return prefersDark ? 'dark' : 'light';
}

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
}

let state: ThemeState = { choice: storedChoice(), theme: resolveTheme(storedChoice(), osPrefersDark()) };
const listeners = new Set<() => void>();

/** Blueprint's dark theme is the class on <body>; portals (dialogs, menus) live under it too. */
function applyToDocument(theme: Theme): void {
  if (typeof document === 'undefined') return;
  document.body?.classList.toggle('bp6-dark', theme === 'dark');
  // Native parts (scroll bars, <select> lists, date pickers) follow color-scheme.
  document.documentElement.dataset.theme = theme;
}

function update(choice: ThemeChoice): void {
  const next = { choice, theme: resolveTheme(choice, osPrefersDark()) };
  if (next.choice === state.choice && next.theme === state.theme) return;
  state = next;
  applyToDocument(state.theme);
  for (const listener of listeners) listener();
}

/** Switches every mounted view at once and remembers the choice; no restart. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered: the choice still holds for this window.
  }
  update(choice);
}

export function currentTheme(): Theme {
  return state.theme;
}

/** Calls back whenever the drawn theme or the choice changes; returns the unsubscribe. */
export function onThemeChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): ThemeState {
  return useSyncExternalStore(onThemeChange, () => state);
}

applyToDocument(state.theme);
// "Follow the OS" is live: switching the OS to dark at dusk redraws Plexus at once.
globalThis.matchMedia?.(DARK_QUERY).addEventListener?.('change', () => update(state.choice));
