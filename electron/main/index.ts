import { app, BrowserWindow, dialog, Menu, safeStorage, session } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../ipc/handlers';
import { createAppServices, type AppServices } from '../services/app-services';
import { rendererDistDir } from '../services/paths';
import { sweepEvery } from '../services/sessions';
import { appMenuTemplate } from './app-menu';
import { registerFileDialogs } from './file-dialogs';
import { registerIpc, windowOwner } from './ipc';
import { createSafeSecretStore, SECRETS_FILE } from './secret-store';
import { serveRendererFiles } from './renderer-files';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

/** Bundled to dist/electron/main.mjs; the preload bundle sits beside it. */
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, 'preload.cjs');
/** Written by npm run build:icons; a dev build without it opens with Electron's own icon. */
const iconPath = existsSync(join(here, 'icon.png')) ? join(here, 'icon.png') : undefined;
const indexHtml = join(rendererDistDir(), 'index.html');

// An installed app skips dispatch()'s response checks, which exist to catch bugs in development.
if (app.isPackaged) process.env.NODE_ENV ??= 'production';

let services: AppServices | null = null;
/** Let-go sessions (a reload that did not come back) are looked for this often. */
const SWEEP_MS = 15_000;

/** Each window has its own session(s); closing the window closes its case. */
function openWindow(): void {
  const window = createMainWindow({ preloadPath, indexHtml, iconPath });
  const owner = windowOwner(window.webContents);
  window.on('closed', () => {
    void services?.sessions.closeOwnedBy(owner);
  });
}

async function start(): Promise<void> {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(appMenuTemplate({ packaged: app.isPackaged, platform: process.platform })),
  );
  hardenSession(session.defaultSession);
  serveRendererFiles(session.defaultSession, rendererDistDir());
  // PLEXUS_HOME / PLEXUS_CASES_DIR let tests give each run its own folders.
  const home = process.env.PLEXUS_HOME ?? app.getPath('userData');
  const casesDir = process.env.PLEXUS_CASES_DIR ?? join(app.getPath('documents'), 'Plexus');
  // After ready: Linux picks its keyring then. Beside connections.json, so a test's PLEXUS_HOME holds both.
  const secrets = createSafeSecretStore({ file: join(home, SECRETS_FILE), safeStorage });
  services = createAppServices({ home, casesDir, secrets });
  registerIpc({ backend: createBackend(services), indexHtml });
  registerFileDialogs({ indexHtml });
  sweepEvery(services.sessions, SWEEP_MS);
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();
  // Starting Plexus again opens another window with its own session, as a desktop analyst tool does.
  app.on('second-instance', () => {
    if (services) openWindow();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) openWindow();
  });

  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !services) return;
    // Close the case file cleanly (WAL checkpoint) before the process goes.
    event.preventDefault();
    closed = true;
    void services.close().finally(() => app.quit());
  });

  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Plexus cannot start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
