import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';

/**
 * Evidence in the inspector (issue 12): a source made with a kept file, cited at B2 for one
 * person; the person's grade follows the citation, and the source cannot be deleted while cited.
 */
for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a source is made, cited at B2, and the item takes its grade', async ({ start, main, page, t }) => {
      const lang = locale.slice(0, 2);
      await start.createCase('Evidence');
      await main.entityForm.create({ type: 'Person', label: '佐藤 健' });
      const inspector = main.inspector();
      const evidence = inspector.getByRole('region', { name: t('sources:evidence') });
      await expect(evidence).toContainText(t('sources:noCitations'));

      await evidence.getByRole('button', { name: t('sources:newSource') }).click();
      const dialog = page.getByRole('dialog', { name: t('sources:sources') });
      await dialog.getByLabel(t('sources:title')).fill('供述調書（令和6年3月1日）');
      await dialog.getByLabel(t('sources:origin')).fill('警視庁 捜査第一課');
      await dialog.getByLabel(t('sources:date')).fill('2024-03-01');
      await dialog.locator('#source-file').setInputFiles({
        name: 'statement.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 statement'),
      });
      await dialog.getByText(t('sources:keep')).click();
      await expect(dialog.getByLabel(t('sources:keep'))).toBeChecked();
      await dialog.getByRole('button', { name: t('sources:add') }).click();
      const table = dialog.getByRole('table', { name: t('sources:list') });
      // SHA-256 of "%PDF-1.4 statement", first 12 hex digits.
      await expect(table).toContainText('statement.pdf');
      await expect(table).toContainText('警視庁 捜査第一課');
      await shot(page, `sources-dialog-${lang}`);
      await dialog
        .getByRole('button', { name: t('sources:close') })
        .first()
        .click();
      await expect(dialog).toBeHidden();

      await evidence.getByLabel(t('sources:reliability')).selectOption('B');
      await evidence.getByLabel(t('sources:credibility')).selectOption('2');
      await evidence.getByLabel(t('sources:note')).fill('p. 3');
      await evidence.getByRole('button', { name: t('sources:citeButton'), exact: true }).click();
      const citations = evidence.getByRole('list', { name: t('sources:citations') });
      await expect(citations).toContainText('B2');
      await expect(citations).toContainText('供述調書（令和6年3月1日）');
      await expect(inspector.getByLabel(t('forms:reliability'), { exact: true })).toHaveValue('B');
      await expect(inspector.getByLabel(t('forms:credibility'), { exact: true })).toHaveValue('2');
      await evidence.scrollIntoViewIfNeeded();
      await shot(page, `sources-inspector-${lang}`);

      // The citation is regraded and its note corrected; the item's grade follows.
      const title = '供述調書（令和6年3月1日）';
      await citations.getByRole('button', { name: t('sources:editCitation', { source: title }) }).click();
      const form = evidence.getByRole('group', { name: t('sources:editingCitation') });
      await expect(form.getByLabel(t('sources:field'))).toBeFocused();
      await expect(form.getByLabel(t('sources:note'))).toHaveValue('p. 3');
      await form.getByLabel(t('sources:reliability')).selectOption('A');
      await form.getByLabel(t('sources:credibility')).selectOption('1');
      await form.getByLabel(t('sources:note')).fill('p. 4');
      await shot(page, `sources2-citation-edit-${lang}`);
      await form.getByRole('button', { name: t('sources:saveCitation'), exact: true }).click();
      await expect(citations).toContainText('A1');
      await expect(citations).toContainText('p. 4');
      await expect(citations).not.toContainText('B2');
      await expect(inspector.getByLabel(t('forms:reliability'), { exact: true })).toHaveValue('A');
      await expect(evidence.getByRole('group', { name: t('sources:cite') })).toBeVisible();

      // The source's title, origin and date are corrected; its file stays what was cited.
      await evidence.getByRole('button', { name: t('sources:newSource') }).click();
      await dialog.getByRole('button', { name: t('sources:edit', { title }) }).click();
      await expect(dialog.getByLabel(t('sources:title'))).toBeFocused();
      await expect(dialog.getByLabel(t('sources:origin'))).toHaveValue('警視庁 捜査第一課');
      await dialog.getByLabel(t('sources:title')).fill('供述調書（令和6年3月2日）');
      await dialog.getByLabel(t('sources:date')).fill('2024-03-02');
      await shot(page, `sources2-source-edit-${lang}`);
      await dialog.getByRole('button', { name: t('sources:save') }).click();
      await expect(table).toContainText('供述調書（令和6年3月2日）');
      await expect(table).toContainText('2024-03-02');
      await expect(table).toContainText('statement.pdf');
      await expect(table).not.toContainText('令和6年3月1日');
      await dialog
        .getByRole('button', { name: t('sources:close') })
        .first()
        .click();
      await expect(citations).toContainText('供述調書（令和6年3月2日）');
    });
  });
}

test('a link cited at B2 is exported with its grade printed on it', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  await start.createCase('Graded');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });
  await main.linkForm.create('Wang Wei', 'Li Na', 'ASSOCIATE_OF');
  const evidence = main.inspector().getByRole('region', { name: 'Evidence' });
  await evidence.getByRole('button', { name: 'New source…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources' });
  await dialog.getByLabel('Title').fill('Surveillance log 12');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await expect(dialog.getByRole('table')).toContainText('Surveillance log 12');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await evidence.getByLabel('Citation reliability').selectOption('B');
  await evidence.getByLabel('Citation credibility').selectOption('2');
  await evidence.getByRole('button', { name: 'Cite', exact: true }).click();
  await expect(evidence.getByRole('list', { name: 'Citations' })).toContainText('B2');

  const charts = new ChartsPage(page);
  await charts.menu('charts:menu.export');
  await charts.exportDialog().getByText('Print grades on links').click();
  await shot(page, 'sources-export-grades-en');
  const file = path.join(casesDir, 'graded.svg');
  await charts.exportTo('SVG', file);
  expect(readFileSync(file, 'utf8')).toContain('B2');
});
