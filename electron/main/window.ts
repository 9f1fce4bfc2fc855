import { BrowserWindow } from 'electron';

export interface MainWindowOptions {
  preloadPath: string;
  indexHtml: string;
  /** The app icon (npm run build:icons) for the taskbar and window list; absent in a bare dev build. */
  iconPath?: string;
}

export function createMainWindow({ preloadPath, indexHtml, iconPath }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Plexus',
    // macOS takes the bundle's icon (electron-builder.yml) and ignores this.
    ...(iconPath ? { icon: iconPath } : {}),
    show: false,
    backgroundColor: '#1c2127',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spell checker downloads dictionaries: Plexus never touches the network.
      spellcheck: false,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadFile(indexHtml);
  return window;
}
