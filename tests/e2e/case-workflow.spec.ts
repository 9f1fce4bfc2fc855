import { expect, shot, test } from './fixtures';
import { chartCounts, typeLabel, type Words } from './words';

/** "Case: 3 entities · 2 links" in the browser's language. */
function caseCounts(t: Words, entities: number, links: number): string {
  const part = (key: string, n: number) => t(`main:status.${key}`, { count: n, formatted: String(n) });
  return t('main:status.case', {
    counts: [part('entities', entities), part('links', links)].join(t('main:status.separator')),
  });
}

/** A main flow: runs in English and in Japanese (playwright.config.ts), controls by catalogue name. */
test('create, link, search, expand, find a path, undo, and reopen the same case', async ({
  start,
  main,
  page,
  t,
  locale,
}) => {
  const suffix = locale?.startsWith('ja') ? '-ja' : '';
  /** The chart's counts, with the hidden items' count ('any': whatever follows). */
  const counts = (entities: number, links: number, hidden?: number | 'any') => {
    const base = chartCounts(t, { entities, links });
    if (hidden === undefined) return base;
    const rest =
      hidden === 'any'
        ? '.*'
        : `${t('main:status.separator')}${t('main:status.hidden', { formatted: String(hidden) })}`;
    return new RegExp(`${base.source.slice(0, -1)}${rest}$`);
  };
  await start.createCase('Lantern');
  await expect(page.getByTestId('case-name')).toHaveText('Lantern');

  await main.entityForm.create({ type: 'Person', label: 'Wang Wei', aliases: ['王偉'] });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await expect(main.chartCounts()).toHaveText(counts(3, 0));

  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');
  await main.linkForm.create('Li Na', 'Acme Trading', 'OFFICER_OF');
  await expect(main.chartCounts()).toHaveText(counts(3, 2));
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 3, 2));
  await shot(page, `03-main-chart${suffix}`);

  // Search finds a person by any part of a CJK name.
  await main.searchFor('偉');
  await expect(main.results().getByRole('option')).toHaveCount(1);
  await expect(main.results().getByRole('option').first()).toContainText('Wang Wei');
  await main.search().press('Escape');

  // Hide everything, then bring one entity back from search.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await main
    .inspector()
    .getByRole('button', { name: t('inspector:hide') })
    .click();
  await expect(main.chartCounts()).toHaveText(counts(0, 0, 5));
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 3, 2));
  // Found again, an entity comes back into view (with its link; that link's other end stays hidden).
  await main.addFromSearch('Li Na');
  await expect(main.chartCounts()).toHaveText(counts(1, 0, 3));

  // Right-click the one node (fitted to the centre) and expand it.
  await main.openEntityMenuAtCentre();
  await expect(main.contextMenu()).toBeVisible();
  await shot(page, `04-context-menu${suffix}`);
  await main
    .contextMenu()
    .getByRole('menuitem', { name: t('chart:menu.expand'), exact: true })
    .click();
  await expect(main.chartCounts()).toHaveText(counts(2, 1, 'any'));

  // Find the path from Li Na to Wang Wei (not on the chart yet: picked by search).
  await main.addFromSearch('Li Na');
  await main
    .inspector()
    .getByRole('button', { name: t('inspector:path') })
    .click();
  const pathDialog = page.getByRole('dialog', { name: t('dialogs:path.title') });
  await pathDialog.getByRole('combobox', { name: t('dialogs:path.target') }).fill('Wang');
  await pathDialog.getByRole('option', { name: /Wang Wei/ }).click();
  await pathDialog.getByRole('button', { name: t('dialogs:path.find') }).click();
  const pathPanel = page.getByRole('region', { name: t('chart:path.region') });
  await expect(pathPanel).toContainText(t('chart:path.links', { count: 2, formatted: '2' }));
  await expect(pathPanel.getByRole('listitem')).toHaveText([/Li Na/, /Acme Trading/, /Wang Wei/]);
  // Each step's link by its type's words in the browser's language (雇用 in Japanese).
  await expect(pathPanel).toContainText(typeLabel(t, 'EMPLOYED_BY'));
  await expect(main.chartCounts()).toHaveText(counts(3, 2));
  await shot(page, `05-path-result${suffix}`);

  // Edit a label, then undo it: the chart, the inspector and the case follow.
  await main.addFromSearch('Wang Wei', 'Wang Wei');
  await main.inspector().getByLabel(t('forms:label')).fill('Wang Wei (WW)');
  await main
    .inspector()
    .getByRole('button', { name: t('inspector:save') })
    .click();
  const editing = (label: string) => t('inspector:editEntity', { label });
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName(editing('Wang Wei (WW)'));
  await main.undo();
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName(editing('Wang Wei'));
  await main.searchFor('WW');
  await expect(main.results().getByRole('option').first()).toContainText('Wang Wei');
  await main.search().press('Escape');

  // Delete an entity (its link goes too), then undo the delete.
  await main.addFromSearch('Li Na', 'Li Na');
  await main
    .inspector()
    .getByRole('button', { name: t('inspector:deleteFromCase') })
    .click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: t('dialogs:confirmDelete.confirm') })
    .click();
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 2, 1));
  await expect(main.chartCounts()).toHaveText(counts(2, 1));
  await main.undo();
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 3, 2));
  await expect(main.chartCounts()).toHaveText(counts(3, 2));

  // Close, reopen from Recent cases: the same data is there.
  await main.closeCase();
  await start.waitForStart();
  await start.openRecent('Lantern');
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 3, 2));
  await main.addFromSearch('Acme');
  await expect(main.chartCounts()).toHaveText(counts(1, 0));
  await main.openEntityMenuAtCentre();
  await main
    .contextMenu()
    .getByRole('menuitem', { name: t('chart:menu.expand'), exact: true })
    .click();
  await expect(main.chartCounts()).toHaveText(counts(3, 2));
});
