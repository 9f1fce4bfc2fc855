import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/**
 * Every screen and the main dialogs, checked by axe-core in English and in Japanese, in the
 * dark and the light theme (issue 13): a serious or critical violation fails the test. All violations of one walk are collected and
 * reported together, so one run shows everything to fix.
 */
const WORDS = {
  en: {
    openDemo: 'Open demo case',
    newEntity: 'New entity',
    newLink: 'New link',
    search: 'Search entities',
    path: 'Path…',
    data: 'Data',
    transfer: 'Transfer',
    takeOffline: 'Take offline…',
    style: 'Style and legend…',
    openChart: 'Open chart…',
  },
  ja: {
    openDemo: 'デモ事件を開く',
    newEntity: '新規エンティティ',
    newLink: '新規リンク',
    search: 'エンティティを検索',
    path: '経路…',
    data: 'データ',
    transfer: '受け渡し',
    takeOffline: 'オフラインに持ち出す…',
    style: 'スタイルと凡例…',
    openChart: 'チャートを開く…',
  },
} as const;
type Language = keyof typeof WORDS;
type Theme = 'dark' | 'light';

type Found = { screen: string; id: string; impact: string; help: string; targets: string[] };

async function check(page: Page, screen: string, found: Found[]): Promise<void> {
  // The chart canvas is Cytoscape's <canvas> stack: pixels with no DOM for axe to read (the
  // chart is reachable through search, the inspector and the keyboard menu instead).
  const result = await new AxeBuilder({ page }).exclude('.chart-canvas').analyze();
  for (const v of result.violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    found.push({
      screen,
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 6),
    });
  }
}

/** Opens a dialog by `open`, checks it, photographs it, and closes it with Escape. */
async function dialog(page: Page, screen: string, shots: string, found: Found[], open: () => Promise<void>) {
  await open();
  const shown = page.getByRole('dialog').last();
  await expect(shown).toBeVisible();
  // Blueprint's overlays fade in: axe reads colours, so wait until the transition is over.
  await expect(page.locator('.bp6-overlay-enter, .bp6-overlay-appear')).toHaveCount(0);
  await check(page, screen, found);
  await shot(page, `keys-axe-${screen}-${shots}`);
  // A picker opened by the focus landing in it (New link's From) takes the first Escape.
  if (await shown.getByRole('listbox').isVisible()) {
    await page.keyboard.press('Escape');
    await expect(shown.getByRole('listbox')).toBeHidden();
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

async function walk(page: Page, lang: Language, theme: Theme): Promise<Found[]> {
  const w = WORDS[lang];
  const found: Found[] = [];
  const shots = `${lang}-${theme}`;
  // The OS's setting decides the theme until one is chosen by hand.
  await expect(page.locator('body.bp6-dark')).toHaveCount(theme === 'dark' ? 1 : 0);
  await expect(page.getByRole('button', { name: w.openDemo })).toBeVisible();
  await check(page, 'start', found);
  await shot(page, `keys-axe-start-${shots}`);

  await page.getByRole('button', { name: w.openDemo }).click();
  await expect(page.locator('html[data-plexus-ready="case"]')).toBeAttached();
  await expect(page.getByTestId('chart-counts')).toContainText(/\d/);
  await check(page, 'main', found);
  await shot(page, `keys-axe-main-${shots}`);

  await dialog(page, 'new-entity', shots, found, () =>
    page.getByRole('button', { name: w.newEntity }).click(),
  );
  await dialog(page, 'new-link', shots, found, () => page.getByRole('button', { name: w.newLink }).click());

  const search = page.getByRole('combobox', { name: w.search });
  await search.fill('minghui');
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.press('Enter');
  await check(page, 'inspector', found);
  await shot(page, `keys-axe-inspector-${shots}`);
  await dialog(page, 'find-path', shots, found, () => page.getByRole('button', { name: w.path }).click());

  await dialog(page, 'import', shots, found, () => page.keyboard.press('Control+i'));
  await dialog(page, 'export', shots, found, () => page.keyboard.press('Control+e'));
  await dialog(page, 'style', shots, found, async () => {
    await page.getByTestId('chart-menu').click();
    await page.getByRole('menuitem', { name: w.style }).click();
  });
  await dialog(page, 'saved-charts', shots, found, () => page.keyboard.press('Control+o'));
  await dialog(page, 'shortcuts', shots, found, async () => {
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('?');
  });
  await dialog(page, 'take-offline', shots, found, async () => {
    await page.getByRole('button', { name: w.transfer }).click();
    await page.getByRole('menuitem', { name: w.takeOffline }).click();
  });
  return found;
}

for (const theme of ['dark', 'light'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    // Eleven screens, each read whole by axe: about a minute on a quiet machine.
    test.describe.configure({ timeout: 180_000 });

    test('no serious accessibility violation on any screen, in English', async ({ start }) => {
      expect(await walk(start.page, 'en', theme)).toEqual([]);
    });

    test.describe('in Japanese', () => {
      test.use({ locale: 'ja-JP' });

      test('no serious accessibility violation on any screen', async ({ start }) => {
        expect(await walk(start.page, 'ja', theme)).toEqual([]);
      });
    });
  });
}
