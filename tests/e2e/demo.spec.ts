import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';

test('the demo case fills the chart from search, expand with filters and expand', async ({
  start,
  main,
  page,
}) => {
  await start.openDemo();
  await expect(main.caseCounts()).not.toHaveText('Case: 0 entities · 0 links');
  // It opens on its starting chart, the main story; then an empty chart to explore from.
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities · \d+ links · 1 note$/);
  await shot(page, '06b-demo-starting-chart');
  await new ChartsPage(page).menu('New chart');
  await expect(main.chartCounts()).toHaveText('Chart: 0 entities · 0 links');

  // Accent-insensitive: "minghui" finds Lǐ Mínghuī.
  await main.addFromSearch('minghui');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  await main.openEntityMenuAtCentre();
  await main.contextMenu().getByRole('menuitem', { name: 'Expand with filters…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Expand/ });
  await dialog.getByLabel('Hops').selectOption('2');
  await dialog.getByLabel('Limit').fill('15');
  await dialog.getByRole('button', { name: 'Expand' }).click();
  await expect(dialog.getByRole('status')).toContainText(
    /Added 15 entities and \d+ links\. \d+ more not shown/,
  );
  await shot(page, '07-expand-dialog');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  await expect(main.chartCounts()).toHaveText(/Chart: 16 entities · \d+ links/);
  await main.runLayout('Force-directed');
  await shot(page, '08-demo-chart');
});
