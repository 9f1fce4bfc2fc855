import AxeBuilder from '@axe-core/playwright';
import { expect, shot, test } from './fixtures';
import { askThreeToHara, openPathsCase, runFindPath } from './pages/paths-case';
import type { Words } from './words';
import type { Page } from '@playwright/test';
import type { MainPage } from './pages/main-page';
import type { ChartProbe } from '../../renderer/src/chart/test-hook';

/** Find path from Aoki to Hara, the 3 shortest, graded `grade` or better when given (its dialog shot then). */
async function findThree(
  page: Page,
  t: Words,
  shotSuffix: string,
  grade?: { reliability: string; credibility: string },
) {
  const dialog = await askThreeToHara(page, t, grade);
  if (grade) await shot(page, `paths-dialog-${shotSuffix}`);
  return runFindPath(page, t, dialog);
}

for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('finds the k shortest paths, and with a grade filter the ones that keep to B2 or better', async ({
      start,
      main,
      page,
      casesDir,
      t,
    }) => {
      const suffix = locale.slice(0, 2);
      await openPathsCase(start, casesDir);
      await main.addFromSearch('Aoki', 'Aoki Akira');

      // Without a filter the shortest path goes through the D4 link: its weakest grade says so.
      const panel = await findThree(page, t, suffix);
      await expect(panel).toContainText(t('paths:panel.count', { count: 3, formatted: '3' }));
      const path = (n: number) => panel.getByRole('region', { name: t('paths:panel.path', { n }) });
      await expect(path(1).getByRole('listitem')).toHaveText([/Aoki/, /Baba/, /Doi/, /Hara/]);
      await expect(path(1)).toContainText(t('paths:panel.weakest', { grade: 'D4' }));
      await expect(path(3).getByRole('listitem')).toHaveText([/Aoki/, /Chiba/, /Goto/, /Hara/]);
      await expect(path(3)).toContainText(t('paths:panel.weakest', { grade: 'B2' }));
      // Only the first is on the chart until the analyst adds the others.
      const counts = [
        t('main:status.entities', { count: 4, formatted: '4' }),
        t('main:status.links', { count: 3, formatted: '3' }),
      ];
      await expect(main.chartCounts()).toHaveText(
        t('main:status.chart', { counts: counts.join(t('main:status.separator')) }),
      );

      // "B2 or better": the D4 link is left out, so both paths through it go.
      await shot(page, `paths-k-${suffix}`);
      await findThree(page, t, suffix, { reliability: 'B', credibility: '2' });
      await expect(path(1).getByRole('listitem')).toHaveText([/Aoki/, /Chiba/, /Goto/, /Hara/]);
      await expect(path(2).getByRole('listitem')).toHaveText([/Aoki/, /Baba/, /Endo/, /Fujita/, /Hara/]);
      await expect(path(3).getByRole('listitem')).toHaveText([/Aoki/, /Baba/, /Endo/, /Goto/, /Hara/]);
      for (const n of [1, 2, 3])
        await expect(path(n)).toContainText(t('paths:panel.weakest', { grade: 'B2' }));
      await expect(panel).not.toContainText('D4');

      await panel.getByRole('button', { name: t('paths:panel.addAll') }).click();
      await expect(path(2).getByRole('button', { name: t('paths:panel.fitPath', { n: 2 }) })).toBeVisible();
      await shot(page, `paths-k-graded-${suffix}`);
      const scan = await new AxeBuilder({ page }).include('.path-panel').analyze();
      expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    });
  });
}

/** Puts these people on the chart from the search, selects all of them and opens the chart menu. */
async function selectOnChart(page: Page, main: MainPage, names: string[]) {
  for (const name of names) await main.addFromSearch(name);
  await main.chart().click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Shift+F10');
  return page.getByRole('menu', { name: 'Entity menu' });
}

/** The names drawn on the chart, from the chart probe, in order. */
const chartNames = (page: Page) =>
  page.evaluate(() => {
    const probe = (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart;
    return (probe?.labels() ?? [])
      .filter((l) => l.kind === 'node')
      .map((l) => l.text)
      .sort();
  });

const counts = (entities: number, links: number) =>
  `Chart: ${entities} entities · ${links} link${links === 1 ? '' : 's'}`;

test.describe('connect and common neighbours', () => {
  test.beforeEach(({ start, casesDir }) => openPathsCase(start, casesDir));

  test('Common neighbours puts the people both know on the chart, selected', async ({ main, page }) => {
    const menu = await selectOnChart(page, main, ['Baba', 'Chiba']);
    await menu.getByRole('menuitem', { name: 'Common neighbours…' }).click();
    // The dialog opens with the keyboard in its first field: Enter runs it as it stands.
    const dialog = page.getByRole('dialog', { name: 'Common neighbours' });
    await expect(dialog.getByLabel('Linked to at least')).toBeFocused();
    await expect(dialog.getByLabel('Linked to at least')).toHaveValue('2');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('2 common neighbours, selected.')).toBeVisible();
    await expect(main.chartCounts()).toHaveText(counts(4, 4));
    await expect(page.getByTestId('selection-count')).toHaveText('Selected: 6');
    await shot(page, 'paths-common-en');
  });

  test('Connect selected joins two people by the shortest path between them', async ({ main, page }) => {
    const menu = await selectOnChart(page, main, ['Aoki', 'Hara']);
    await menu.getByRole('menuitem', { name: 'Connect selected…' }).click();
    // "B2 or better": the D4 link Doi–Hara does not count, so the join goes round by Chiba and Goto.
    const dialog = page.getByRole('dialog', { name: 'Connect selected' });
    await expect(dialog).toContainText('2 selected entities.');
    await dialog.getByText('Which links count').click();
    const [reliability, credibility] = await dialog.getByLabel('Grade at least').all();
    await reliability?.selectOption('B');
    await credibility?.selectOption('2');
    await shot(page, 'paths-connect-dialog-en');
    await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
    await expect(page.getByText('Joined by 2 entities on shortest paths.')).toBeVisible();
    await expect(main.chartCounts()).toHaveText(counts(4, 3));
    await expect
      .poll(() => chartNames(page))
      .toEqual(['Aoki Akira', 'Chiba Chie', 'Goto Gen', 'Hara Haruka']);
    await shot(page, 'paths-connect-en');
  });
});

test.describe('found results over the hub threshold', () => {
  // The threshold Expand asks above (a setting kept by the browser), set low for this small
  // case before the page loads it.
  test.beforeEach(async ({ page, start, casesDir }) => {
    await page.evaluate(() => localStorage.setItem('plexus.hubThreshold', '1'));
    await page.reload();
    await openPathsCase(start, casesDir);
  });

  test('a connection larger than the hub threshold is added only when the analyst says so', async ({
    main,
    page,
  }) => {
    const connect = async () => {
      const menu = await selectOnChart(page, main, []);
      await menu.getByRole('menuitem', { name: 'Connect selected…' }).click();
      await page
        .getByRole('dialog', { name: 'Connect selected' })
        .getByRole('button', { name: 'Connect', exact: true })
        .click();
      return page.getByRole('alertdialog');
    };
    await main.addFromSearch('Aoki', 'Aoki Akira');
    await main.addFromSearch('Hara', 'Hara Haruka');
    await expect(main.chartCounts()).toHaveText(counts(2, 0));

    // Two new entities (Doi and Baba or Chiba) against a threshold of 1: asked, and Cancel adds nothing.
    let asked = await connect();
    await expect(asked).toContainText(/^Add 2 entities and 3 links to the chart\?/);
    await expect(asked).toContainText('more than 1 new entities at once');
    await expect(page.locator('.bp6-overlay-enter-active')).toHaveCount(0);
    await shot(page, 'paths-many-to-add-en');
    await asked.getByRole('button', { name: 'Cancel' }).click();
    await expect(asked).toBeHidden();
    await expect(main.chartCounts()).toHaveText(counts(2, 0));

    asked = await connect();
    await asked.getByRole('button', { name: 'Add them' }).click();
    await expect(page.getByText('Joined by 2 entities on shortest paths.')).toBeVisible();
    await expect(main.chartCounts()).toHaveText(counts(4, 3));
  });
});
