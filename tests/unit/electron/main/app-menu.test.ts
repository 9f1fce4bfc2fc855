import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../../electron/main/app-menu';

type MenuItemConstructorOptions = ReturnType<typeof appMenuTemplate>[number];

/** Every role in the menu, submenus included. */
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const DEVELOPER = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu'];

describe('the application menu', () => {
  for (const platform of ['linux', 'win32', 'darwin'] as const) {
    it(`has no developer tools or reload in an installed app (${platform})`, () => {
      const shipped = roles(appMenuTemplate({ packaged: true, platform }));
      for (const role of DEVELOPER) expect(shipped).not.toContain(role);
      // Copy, paste and undo in text fields go through the Edit menu's roles (on macOS only them).
      expect(shipped).toEqual(expect.arrayContaining(['editMenu', 'resetZoom', 'zoomIn', 'zoomOut']));
      // Electron's default Help menu links to electronjs.org: nothing here leaves the machine.
      expect(shipped).not.toContain('help');
    });
  }

  it('keeps developer tools and reload in a development run', () => {
    const dev = roles(appMenuTemplate({ packaged: false, platform: 'linux' }));
    expect(dev).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it("starts with the app's own menu on macOS only", () => {
    expect(appMenuTemplate({ packaged: true, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(roles(appMenuTemplate({ packaged: true, platform: 'linux' }))).not.toContain('appMenu');
  });
});
