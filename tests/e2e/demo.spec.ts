import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';
import { chartCounts } from './words';

/**
 * A main flow: runs once in English and once in Japanese (the ja project in
 * playwright.config.ts), every control found by its catalogue name; shots per language.
 */
test('the demo case fills the chart from search, expand with filters and expand', async ({
  start,
  main,
  page,
  t,
  locale,
}) => {
  const language = locale?.startsWith('ja') ? 'ja' : 'en';
  const suffix = language === 'en' ? '' : `-${language}`;
  await start.openDemo();
  await expect(main.caseCounts()).not.toHaveText(t('main:status.case', { counts: '' }));
  // It opens on its starting chart, the main story; then an empty chart to explore from.
  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 12, links: null, notes: 1 }));
  await shot(page, `06b-demo-starting-chart${suffix}`);
  await new ChartsPage(page, t).menu('charts:menu.newChart');
  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 0, links: 0 }));

  // Accent-insensitive: "minghui" finds Lǐ Mínghuī.
  await main.addFromSearch('minghui');
  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 1, links: 0 }));

  await main.openEntityMenuAtCentre();
  await main
    .contextMenu()
    .getByRole('menuitem', { name: t('chart:menu.expandFiltered') })
    .click();
  const dialog = page.getByRole('dialog', { name: t('dialogs:expand.titleOne', { name: 'Lǐ Mínghuī' }) });
  await dialog.getByLabel(t('dialogs:expand.hops')).selectOption('2');
  await dialog.getByLabel(t('dialogs:expand.limit')).fill('15');
  await dialog.getByRole('button', { name: t('dialogs:expand.run'), exact: true }).click();
  // "Added 15 entities and 9 links. 23 more not shown…" in the browser's language.
  await expect(dialog.getByRole('status')).toContainText(
    t('dialogs:count.entities', { count: 15, formatted: '15' }),
  );
  await shot(page, `07-expand-dialog${suffix}`);
  await dialog
    .getByRole('button', { name: t('dialogs:close'), exact: true })
    .first()
    .click();

  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 16, links: null }));
  await main.runLayout('force');
  await shot(page, `08-demo-chart${suffix}`);
});
