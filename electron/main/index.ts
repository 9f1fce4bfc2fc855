import { app, BrowserWindow, dialog, safeStorage, session } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHandlers } from '../ipc/handlers';
import { createAppServices, type AppServices } from '../services/app-services';
import { rendererDistDir } from '../services/paths';
import { registerIpc } from './ipc';
import { createSafeSecretStore, SECRETS_FILE } from './secret-store';
import { serveRendererFiles } from './renderer-files';
import { hardenApp, hardenSession } from './security';
import { createMainWindow } from './window';

/** Bundled to dist/electron/main.mjs; the preload bundle sits beside it. */
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, 'preload.cjs');
const indexHtml = join(rendererDistDir(), 'index.html');

// An installed app skips dispatch()'s response checks, which exist to catch bugs in development.
if (app.isPackaged) process.env.NODE_ENV ??= 'production';

let mainWindow: BrowserWindow | null = null;
let services: AppServices | null = null;

function openWindow(): void {
  mainWindow = createMainWindow({ preloadPath, indexHtml });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession);
  serveRendererFiles(session.defaultSession, rendererDistDir());
  // PLEXUS_HOME / PLEXUS_CASES_DIR let tests give each run its own folders.
  const home = process.env.PLEXUS_HOME ?? app.getPath('userData');
  const casesDir = process.env.PLEXUS_CASES_DIR ?? join(app.getPath('documents'), 'Plexus');
  // After ready: Linux picks its keyring then. Beside connections.json, so a test's PLEXUS_HOME holds both.
  const secrets = createSafeSecretStore({ file: join(home, SECRETS_FILE), safeStorage });
  services = createAppServices({ home, casesDir, secrets });
  registerIpc({ handlers: createHandlers(services), window: () => mainWindow, indexHtml });
  openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenApp();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
