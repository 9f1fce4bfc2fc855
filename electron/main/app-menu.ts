import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  /** An installed app (app.isPackaged): no developer tools, no reload. */
  packaged: boolean;
  platform: NodeJS.Platform;
}

/**
 * The menu bar. Electron's default one offers Toggle Developer Tools (Ctrl+Shift+I) and Reload
 * to anyone at the keyboard of an installed app, and a Help menu linking to electronjs.org.
 * This one keeps what analysts use (Edit for copy and paste in text fields, zoom, full screen,
 * the window) and gives developers their tools only in a development run.
 */
export function appMenuTemplate({ packaged, platform }: AppMenuOptions): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
