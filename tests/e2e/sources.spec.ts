import { expect, shot, test } from './fixtures';

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
    });
  });
}
