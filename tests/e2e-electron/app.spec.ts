import { _electron as electron, expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const hasRuntime = existsSync(join(root, 'node_modules', 'electron', 'path.txt'));
const mainBundle = join(root, 'dist', 'electron', 'main.mjs');

test.describe('Electron shell', () => {
  test.beforeAll(() => {
    if (!hasRuntime) return;
    if (!existsSync(mainBundle)) {
      const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], {
        cwd: root,
        stdio: 'inherit',
      });
      if (built.status !== 0) throw new Error('scripts/build-electron.mjs failed');
    }
  });

  test('opens the start screen with the named bridge and no Node in the page', async () => {
    if (!hasRuntime) {
      const why =
        'no Electron runtime here (node_modules/electron/path.txt missing: installed offline or with ELECTRON_SKIP_BINARY_DOWNLOAD)';
      console.log(`Electron e2e skipped: ${why}`);
      test.skip(true, why);
      return;
    }
    const home = mkdtempSync(join(tmpdir(), 'plexus-electron-'));
    const app = await electron.launch({
      args: [mainBundle],
      cwd: root,
      env: { ...process.env, PLEXUS_HOME: home, PLEXUS_CASES_DIR: join(home, 'cases'), NODE_ENV: 'test' },
    });
    try {
      const page = await app.firstWindow();
      await page.waitForFunction(() => document.documentElement.dataset.plexusReady === 'start');
      const bridge = await page.evaluate(() => {
        const api = (window as unknown as { plexus?: Record<string, unknown> }).plexus ?? {};
        return {
          names: Object.keys(api),
          allFunctions: Object.values(api).every((f) => typeof f === 'function'),
          hasInvoke: 'invoke' in api,
          requireType: typeof (globalThis as { require?: unknown }).require,
          processType: typeof (globalThis as { process?: unknown }).process,
        };
      });
      expect(bridge.names).toEqual(
        expect.arrayContaining(['createCase', 'openCase', 'search', 'expand', 'findPaths']),
      );
      expect(bridge.allFunctions).toBe(true);
      expect(bridge.hasInvoke).toBe(false);
      expect(bridge.requireType).toBe('undefined');
      expect(bridge.processType).toBe('undefined');

      const answer = await page.evaluate(async () => {
        const api = (window as unknown as { plexus: { getCaseInfo(r: object): Promise<unknown> } }).plexus;
        return api.getCaseInfo({});
      });
      expect(answer).toEqual({ ok: true, value: null });
    } finally {
      await app.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
