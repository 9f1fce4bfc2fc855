import { expect, shot, test } from './fixtures';

test('create, link, search, expand, find a path, undo, and reopen the same case', async ({
  start,
  main,
  page,
}) => {
  await start.createCase('Lantern');
  await expect(page.getByTestId('case-name')).toHaveText('Lantern');

  await main.entityForm.create({ type: 'Person', label: 'Wang Wei', aliases: ['王偉'] });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await expect(main.chartCounts()).toHaveText('Chart: 3 entities · 0 links');

  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');
  await main.linkForm.create('Li Na', 'Acme Trading', 'OFFICER_OF');
  await expect(main.chartCounts()).toHaveText('Chart: 3 entities · 2 links');
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');
  await shot(page, '03-main-chart');

  // Search finds a person by any part of a CJK name.
  await main.searchFor('偉');
  await expect(main.results().getByRole('option')).toHaveCount(1);
  await expect(main.results().getByRole('option').first()).toContainText('Wang Wei');
  await main.search().press('Escape');

  // Hide everything, then bring one entity back from search.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await main.inspector().getByRole('button', { name: 'Hide' }).click();
  await expect(main.chartCounts()).toHaveText('Chart: 0 entities · 0 links · 5 hidden');
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');
  // Found again, an entity comes back into view (with its link; that link's other end stays hidden).
  await main.addFromSearch('Li Na');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links · 3 hidden');

  // Right-click the one node (fitted to the centre) and expand it.
  await main.openEntityMenuAtCentre();
  await expect(main.contextMenu()).toBeVisible();
  await shot(page, '04-context-menu');
  await main.contextMenu().getByRole('menuitem', { name: 'Expand', exact: true }).click();
  await expect(main.chartCounts()).toHaveText(/^Chart: 2 entities · 1 link/);

  // Find the path from Li Na to Wang Wei (not on the chart yet: picked by search).
  await main.addFromSearch('Li Na');
  await main.inspector().getByRole('button', { name: 'Path…' }).click();
  const pathDialog = page.getByRole('dialog', { name: 'Find path' });
  await pathDialog.getByRole('combobox', { name: 'Path target' }).fill('Wang');
  await pathDialog.getByRole('option', { name: /Wang Wei/ }).click();
  await pathDialog.getByRole('button', { name: 'Find path' }).click();
  const pathPanel = page.getByRole('region', { name: 'Path result' });
  await expect(pathPanel).toContainText('2 links');
  await expect(pathPanel.getByRole('listitem')).toHaveText([/Li Na/, /Acme Trading/, /Wang Wei/]);
  await expect(main.chartCounts()).toHaveText('Chart: 3 entities · 2 links');
  await shot(page, '05-path-result');

  // Edit a label, then undo it: the chart, the inspector and the case follow.
  await main.addFromSearch('Wang Wei', 'Wang Wei');
  await main.inspector().getByLabel('Label').fill('Wang Wei (WW)');
  await main.inspector().getByRole('button', { name: 'Save' }).click();
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName('Edit Wang Wei (WW)');
  await main.undo();
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName('Edit Wang Wei');
  await main.searchFor('WW');
  await expect(main.results().getByRole('option').first()).toContainText('Wang Wei');
  await main.search().press('Escape');

  // Delete an entity (its link goes too), then undo the delete.
  await main.addFromSearch('Li Na', 'Li Na');
  await main.inspector().getByRole('button', { name: 'Delete from case' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');
  await expect(main.chartCounts()).toHaveText('Chart: 2 entities · 1 link');
  await main.undo();
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');
  await expect(main.chartCounts()).toHaveText('Chart: 3 entities · 2 links');

  // Close, reopen from Recent cases: the same data is there.
  await main.closeCase();
  await start.waitForStart();
  await start.openRecent('Lantern');
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');
  await main.addFromSearch('Acme');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');
  await main.openEntityMenuAtCentre();
  await main.contextMenu().getByRole('menuitem', { name: 'Expand', exact: true }).click();
  await expect(main.chartCounts()).toHaveText('Chart: 3 entities · 2 links');
});
