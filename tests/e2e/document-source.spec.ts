import { expect, shot, test } from './fixtures';

/**
 * A Document entity as a source (issue 12): "Use as source" on its chart menu makes the source
 * from its label and date; a person cited with it at B2 takes the grade, and the Sources dialog
 * names the Document the source stands for.
 */
for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a Document used as source is cited at B2', async ({ start, main, page, t }) => {
      const lang = locale.slice(0, 2);
      const title = '捜査報告書 第3号';
      await start.createCase('Document source');
      await main.entityForm.create({ type: 'Document', label: title });
      await main.openEntityMenuAtCentre();
      await main
        .contextMenu()
        .getByRole('menuitem', { name: t('docsource:useAsSource') })
        .click();
      const inspector = main.inspector();
      const evidence = inspector.getByRole('region', { name: t('sources:evidence') });
      const line = evidence.getByRole('group', { name: t('docsource:standsAs') });
      await expect(line).toContainText(title);
      await line.scrollIntoViewIfNeeded();
      await shot(page, `docsource-document-${lang}`);

      await main.entityForm.create({ type: 'Person', label: '佐藤 健' });
      const cite = main.inspector().getByRole('region', { name: t('sources:evidence') });
      const chosen = cite.getByLabel(t('sources:source'), { exact: true }).locator('option:checked');
      await expect(chosen).toHaveText(title);
      await cite.getByLabel(t('sources:reliability')).selectOption('B');
      await cite.getByLabel(t('sources:credibility')).selectOption('2');
      await cite.getByRole('button', { name: t('sources:citeButton'), exact: true }).click();
      const citations = cite.getByRole('list', { name: t('sources:citations') });
      await expect(citations).toContainText('B2');
      await expect(citations).toContainText(title);
      await expect(main.inspector().getByLabel(t('forms:reliability'), { exact: true })).toHaveValue('B');
      await expect(main.inspector().getByLabel(t('forms:credibility'), { exact: true })).toHaveValue('2');

      await cite.getByRole('button', { name: t('sources:newSource') }).click();
      const dialog = page.getByRole('dialog', { name: t('sources:sources') });
      const row = dialog.getByRole('table', { name: t('sources:list') }).getByRole('row', { name: title });
      const tag = row.getByLabel(t('docsource:showDocument', { label: title }));
      await expect(tag).toHaveText(t('docsource:document'));
      await tag.hover(); // waits until the dialog has opened fully
      await shot(page, `docsource-dialog-${lang}`);
      // A click on the tag selects the Document: the inspector shows the source it stands as.
      await tag.click();
      await expect(inspector.getByRole('group', { name: t('docsource:standsAs') })).toBeAttached();
    });
  });
}
