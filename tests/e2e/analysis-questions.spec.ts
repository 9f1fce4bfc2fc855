import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { AnalysisPage } from './pages/analysis';
import { askThreeToHara, openPathsCase, runFindPath } from './pages/paths-case';

/**
 * Issue 14's questions, one after another on one small case (eight associates, one link graded
 * D4): the three shortest paths keeping to B2 or better, then who is most connected and who
 * connects the network best on the chart they drew, its communities, and a saved pattern run
 * again by its name.
 */

const scoresOf = (rows: string[][]) => rows.map((r) => Number((r[2] ?? '').replace(/,/g, '')));

async function openPatternSearch(page: Page) {
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox');
  await input.pressSequentially('pattern');
  await expect(page.getByRole('option', { name: 'Pattern search' })).toBeVisible();
  await input.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Pattern search' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('paths under a grade filter, two questions, communities and a saved pattern on one case', async ({
  start,
  main,
  page,
  casesDir,
  t,
}) => {
  await openPathsCase(start, casesDir);
  await main.addFromSearch('Aoki', 'Aoki Akira');

  // The 3 shortest paths from Aoki to Hara graded B2 or better: none crosses the D4 link.
  const grade = { reliability: 'B', credibility: '2' };
  const panel = await runFindPath(page, t, await askThreeToHara(page, t, grade));
  await expect(panel).toContainText(t('paths:panel.count', { count: 3, formatted: '3' }));
  const path = (n: number) => panel.getByRole('region', { name: t('paths:panel.path', { n }) });
  await expect(path(1).getByRole('listitem')).toHaveText([/Aoki/, /Chiba/, /Goto/, /Hara/]);
  await expect(path(2).getByRole('listitem')).toHaveText([/Aoki/, /Baba/, /Endo/, /Fujita/, /Hara/]);
  await expect(path(3).getByRole('listitem')).toHaveText([/Aoki/, /Baba/, /Endo/, /Goto/, /Hara/]);
  await expect(panel).not.toContainText('D4');
  // All three on the chart: seven people and the eight B2 links between them (Doi stays off).
  await panel.getByRole('button', { name: t('paths:panel.addAll') }).click();
  await expect(main.chartCounts()).toHaveText('Chart: 7 entities · 8 links');
  await shot(page, 'paths2-questions-paths');

  // Most connected on that chart: Endo and Goto have three links each, everyone else two.
  const analysis = new AnalysisPage(page);
  await analysis.open();
  await analysis.ask('Most connected');
  await expect(analysis.panel()).toContainText('On 7 entities and 8 links in sight');
  const connected = await analysis.rows();
  expect(connected).toHaveLength(7);
  expect(
    connected
      .slice(0, 2)
      .map((r) => r[1] ?? '')
      .sort(),
  ).toEqual(['Endo Emi', 'Goto Gen']);
  expect(scoresOf(connected)).toEqual([3, 3, 2, 2, 2, 2, 2]);

  // Connects the network best: ranked highest first; the row picks its entity on the chart.
  await analysis.ask('Connects the network best');
  const brokers = await analysis.rows();
  expect(brokers).toHaveLength(7);
  const scores = scoresOf(brokers);
  expect(scores).toEqual([...scores].sort((a, b) => b - a));
  await analysis.table().locator('tbody tr').first().click();
  await expect(main.inspector().getByLabel('Label')).toHaveValue(brokers[0]?.[1] ?? '');

  // Communities, coloured on the chart.
  await analysis.ask('Communities');
  await expect(analysis.panel()).toContainText(/\d+ communit(y|ies), modularity 0\.\d+/);
  expect(await analysis.rows()).toHaveLength(7);
  await analysis.panel().getByRole('button', { name: 'Colour by community' }).click();
  await shot(page, 'paths2-questions-communities');

  // A pattern saved by name and run again by that name gives the same rows.
  const patterns = await openPatternSearch(page);
  await patterns
    .getByRole('group', { name: 'Box 1', exact: true })
    .getByLabel('Type', { exact: true })
    .selectOption({ label: 'Person' });
  await patterns
    .getByRole('group', { name: 'Box 2', exact: true })
    .getByLabel('Type', { exact: true })
    .selectOption({ label: 'Person' });
  await patterns.getByRole('button', { name: 'Run', exact: true }).click();
  const rows = patterns.getByRole('grid').locator('tbody tr');
  await expect(patterns.getByRole('status').filter({ hasText: /match/ })).toHaveText(/^\d+ match(es)?$/);
  const matches = await rows.allTextContents();
  // The pattern's link points from box 1 to box 2: each of the case's 11 links matches once.
  expect(matches).toHaveLength(11);
  await patterns.getByLabel('Name', { exact: true }).fill('Associates');
  await patterns.getByRole('button', { name: 'Save', exact: true }).click();
  await patterns.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(patterns).toBeHidden();

  await openPatternSearch(page);
  await patterns.getByLabel('Saved patterns').selectOption('Associates');
  await patterns.getByRole('button', { name: 'Run saved' }).click();
  await expect(rows).toHaveCount(matches.length);
  expect(await rows.allTextContents()).toEqual(matches);
  await shot(page, 'paths2-questions-pattern');
});
