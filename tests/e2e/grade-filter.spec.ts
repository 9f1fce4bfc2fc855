import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, SHOTS_DIR, test } from './fixtures';
import { ChartsPage } from './pages/charts';
import { sentence, type Words } from './words';

/** Chart menu › Grade filter › Reliability B › B2 or better. */
async function filterFromMenu(page: Page, t: Words, grade: string, shotName: string): Promise<void> {
  await page.getByTestId('chart-menu').click();
  await page.getByTestId('grade-filter-menu').hover();
  await page.getByRole('menuitem', { name: t('gradeFilter:reliability', { reliability: grade[0] }) }).hover();
  const item = page.getByRole('menuitem', { name: t('gradeFilter:onlyMenu', { grade }), exact: true });
  await item.hover();
  await shot(page, shotName);
  await item.click();
}

/** "Chart: 9 entities · 8 links": the numbers, in order. */
const numbers = (text: string | null) =>
  (text ?? '').match(/[\d,]+/g)?.map((n) => Number(n.replace(',', ''))) ?? [];

for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('"Show only B2 or better" hides lower grades on the chart and in exports, says how many, and is saved with the chart', async ({
      start,
      main,
      page,
      t,
      casesDir,
    }) => {
      const suffix = locale.startsWith('ja') ? 'ja' : 'en';
      const charts = new ChartsPage(page, t);
      await start.openDemo();
      const before = numbers(await main.chartCounts().textContent());

      await filterFromMenu(page, t, 'B2', `gradefilter-menu-${suffix}`);
      const status = sentence(t, 'gradeFilter:status', { grade: 'B2', formatted: null });
      const counts = main.chartCounts();
      await expect(counts).toContainText(new RegExp(status.source.slice(1, -1)));
      const after = numbers(await counts.textContent());
      const hidden = after.at(-1) ?? 0;
      // Fewer entities and links in sight, none off the chart: what is out of sight is counted.
      expect(hidden).toBeGreaterThan(0);
      expect(after[0]! + after[1]!).toBeLessThan(before[0]! + before[1]!);
      await expect(charts.menuButton()).toHaveText(/•/);
      await page.keyboard.press('Escape');
      await shot(page, `gradefilter-chart-${suffix}`);

      // The export draws what the screen shows and says a grade filter is on.
      const svg = path.join(casesDir, `graded-${suffix}.svg`);
      await charts.exportTo('SVG', svg);
      const drawn = readFileSync(svg, 'utf8');
      const view = await page.context().newPage();
      await view.setContent(drawn);
      await view.screenshot({
        path: path.join(SHOTS_DIR, `gradefilter-export-${suffix}.png`),
        fullPage: true,
      });
      await view.close();
      expect(drawn).toContain(
        t('gradeFilter:exportNote', { grade: 'B2', formatted: String(hidden) })
          .split('(')[0]!
          .split('（')[0],
      );
      await page.keyboard.press('Escape');

      // Saved with the chart: a new chart has none, reopening brings it back.
      await page.keyboard.press('Control+s');
      await expect(charts.menuButton()).not.toHaveText(/•/);
      await charts.menu('charts:menu.newChart');
      await expect(counts).not.toContainText(new RegExp(status.source.slice(1, -1)));
      await charts.openSaved('The Lanxin network');
      await expect(counts).toContainText(new RegExp(status.source.slice(1, -1)));
      expect(numbers(await counts.textContent())).toEqual(after);

      // The palette turns it off: everything is back in sight.
      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: t('app:palette.title') });
      await palette.getByRole('combobox').pressSequentially(t('gradeFilter:off'));
      await shot(page, `gradefilter-palette-${suffix}`);
      await palette.getByRole('combobox').press('Enter');
      await expect(counts).not.toContainText(new RegExp(status.source.slice(1, -1)));
      expect(numbers(await counts.textContent()).slice(0, 2)).toEqual(before.slice(0, 2));
    });
  });
}
