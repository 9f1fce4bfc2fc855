import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBackend } from '../../electron/ipc/handlers';
import { createAppServices, type AppServices } from '../../electron/services/app-services';
import { startWebServer } from '../../electron/web/server';
import { MainPage } from './pages/main-page';
import { StartPage } from './pages/start-page';
import { wordsFor, type Words } from './words';

export const SHOTS_DIR = '/tmp/plexus-shots';
// PLEXUS_E2E_RENDERER_DIR lets parallel work trees each test their own build.
const RENDERER_DIR =
  process.env.PLEXUS_E2E_RENDERER_DIR ?? path.resolve(import.meta.dirname, '../../dist/renderer');

interface Fixtures {
  /** This test's own home and cases folders: tests run in parallel without sharing data. */
  home: string;
  casesDir: string;
  /** This test's browser-mode server: the address a tab opens, and the services behind it. */
  plexus: { url: string; services: AppServices };
  start: StartPage;
  main: MainPage;
  /** The UI's words in this test's browser language (the app's catalogues; words.ts). */
  t: Words;
}

export const test = base.extend<Fixtures>({
  // Playwright reads a fixture's dependencies from its first parameter: none here.
  // eslint-disable-next-line no-empty-pattern
  home: async ({}, use) => {
    const home = mkdtempSync(path.join(tmpdir(), 'plexus-e2e-'));
    await use(home);
    rmSync(home, { recursive: true, force: true });
  },
  casesDir: async ({ home }, use) => {
    const dir = path.join(home, 'cases');
    mkdirSync(dir, { recursive: true });
    await use(dir);
  },
  plexus: async ({ home, casesDir }, use) => {
    const services = createAppServices({ home, casesDir, actor: 'e2e' });
    const server = await startWebServer({
      backend: createBackend(services),
      rendererDir: RENDERER_DIR,
      port: 0,
    });
    await use({ url: server.url, services });
    await server.close();
    await services.close();
  },
  t: async ({ locale }, use) => {
    await use(wordsFor(locale));
  },
  start: async ({ page, plexus, t }, use) => {
    await page.goto(plexus.url);
    await expect(page.locator('html[data-plexus-ready="start"]')).toBeAttached();
    await use(new StartPage(page, t));
    await page.close();
  },
  main: async ({ page, t }, use) => {
    await use(new MainPage(page, t));
  },
});

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`) });
}

export { expect };
