import { LANGUAGES, type Language } from './resources';

const STORAGE_KEY = 'plexus.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function stored(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage refused (private mode, file:// quirks): follow the OS instead
  }
}

/** The language chosen in the app, else the first of the OS / browser's that Plexus speaks. */
export function initialLanguage(): Language {
  const chosen = stored();
  if (chosen) return chosen;
  const nav = globalThis.navigator;
  const preferred = nav?.languages?.length ? nav.languages : [nav?.language ?? 'en'];
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered: the choice still holds for this window.
  }
}

/** Han glyph variants (Japanese vs Chinese forms) and the font both follow <html lang>. */
export function applyDocumentLanguage(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
