import { afterEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../memory-storage';

/** The OS's dark-mode setting, switchable as a user would in the OS settings. */
function fakeOs(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    get matches() {
      return dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
  };
  return {
    matchMedia: () => query,
    switchTo(next: boolean) {
      dark = next;
      for (const listener of listeners) listener();
    },
  };
}

function fakeDocument() {
  const classes = new Set<string>();
  return {
    body: {
      classList: { toggle: (name: string, on: boolean) => (on ? classes.add(name) : classes.delete(name)) },
    },
    documentElement: { dataset: {} as Record<string, string> },
    dark: () => classes.has('bp6-dark'),
  };
}

/** theme.ts reads the OS and the stored choice when loaded, as the app does at start. */
async function startApp(os: ReturnType<typeof fakeOs>, storage: Storage) {
  vi.resetModules();
  const doc = fakeDocument();
  vi.stubGlobal('matchMedia', os.matchMedia);
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('document', doc);
  const theme = await import('../../../../../renderer/src/app/theme');
  return { theme, doc };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('theme', () => {
  it('follows the OS by default, live, with Blueprint dark on <body> only when dark', async () => {
    const os = fakeOs(false);
    const { theme, doc } = await startApp(os, memoryStorage());
    expect(theme.currentTheme()).toBe('light');
    expect(doc.dark()).toBe(false);
    expect(doc.documentElement.dataset.theme).toBe('light');
    const changes = vi.fn();
    theme.onThemeChange(changes);
    os.switchTo(true);
    expect(theme.currentTheme()).toBe('dark');
    expect(doc.dark()).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('a theme chosen by hand wins over the OS, and is remembered for the next start', async () => {
    const os = fakeOs(true);
    const storage = memoryStorage();
    const first = await startApp(os, storage);
    first.theme.setThemeChoice('light');
    expect(first.doc.dark()).toBe(false);
    os.switchTo(false);
    os.switchTo(true);
    expect(first.theme.currentTheme()).toBe('light');

    const again = await startApp(fakeOs(true), storage);
    expect(again.theme.currentTheme()).toBe('light');
    again.theme.setThemeChoice('system');
    expect(again.theme.currentTheme()).toBe('dark');
  });

  it('an unreadable stored choice follows the OS', async () => {
    const storage = memoryStorage();
    storage.setItem('plexus.theme', 'purple');
    const { theme } = await startApp(fakeOs(true), storage);
    expect(theme.currentTheme()).toBe('dark');
  });
});
