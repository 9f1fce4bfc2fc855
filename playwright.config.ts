import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';

/** Debian's Chromium where present: this machine (and CI) cannot download Playwright's own browsers. */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * The main flows run once in English and once in Japanese (issue 13): the ja project repeats
 * them in a Japanese browser, their page objects finding every control by its catalogue name
 * (tests/e2e/words.ts). Everything else runs once, in English.
 */
const MAIN_FLOWS = [
  '**/e2e/demo.spec.ts',
  '**/e2e/case-workflow.spec.ts',
  '**/e2e/import-export.spec.ts',
  '**/e2e/charts.spec.ts',
  '**/e2e/placement.spec.ts',
];

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'e2e-electron/**/*.spec.ts'],
  // Starts nothing by itself: a broker that starts Neo4j once, for the first test that needs it.
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // On CI (2 shared cores) a test that fails is run once more and reported as flaky, so one
  // timing flake does not fail a submission; locally a failure fails at once.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: [['list']],
  // Snapshots are named without the project: a flow's pictures are the same file whichever
  // project runs it (only English flows compare pictures).
  snapshotPathTemplate: '{snapshotDir}/{testFileDir}/{testFileName}-snapshots/{arg}{-snapshotSuffix}{ext}',
  projects: [{ name: 'en' }, { name: 'ja', testMatch: MAIN_FLOWS, use: { locale: 'ja-JP' } }],
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Plexus follows the OS's light or dark setting; the suite runs dark (accessibility.spec.ts runs both).
    colorScheme: 'dark',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
