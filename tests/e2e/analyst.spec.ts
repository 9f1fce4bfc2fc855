import path from 'node:path';
import { loadHistoryKey } from '../../electron/services/history-key';
import { loadSchema } from '../../electron/services/schema/load-types';
import { createCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { expect, shot, test } from './fixtures';

const schema = new SchemaIndex(loadSchema());

/** A case with one person and a statement citing him, written before any analyst name was set. */
async function writtenCase(home: string, casesDir: string): Promise<string> {
  const file = path.join(casesDir, 'Named.plexus');
  const store = await createCaseFile(file, { actor: 'e2e', schema, historyKey: loadHistoryKey(home) });
  await store.createEntities([{ id: 'p-tanaka', type: 'Person', label: 'Tanaka Taro' }]);
  await store.sources.create({ id: 's-statement', title: '供述調書', origin: '捜査一課' });
  await store.sources.cite({
    sourceId: 's-statement',
    itemKind: 'entity',
    itemId: 'p-tanaka',
    reliability: 'B',
    credibility: '2',
  });
  await store.close();
  return file;
}

for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('the analyst name set from the keyboard is entered in the item’s history', async ({
      start,
      main,
      home,
      casesDir,
      t,
    }) => {
      const page = start.page;
      const lang = locale.slice(0, 2);
      const name = lang === 'ja' ? '佐藤 警部補' : 'Inspector Sato';
      const file = await writtenCase(home, casesDir);

      const button = page.getByTestId('analyst-name');
      await expect(button).toHaveAccessibleName(t('analyst:unsetLabel'));
      await button.focus();
      await page.keyboard.press('Enter');
      const field = page.getByRole('textbox', { name: t('analyst:label') });
      await expect(field).toBeFocused();
      await field.fill('Sato\u0007');
      await expect(page.getByText(t('analyst:problem.control-character'))).toBeVisible();
      await field.fill(`  ${name}  `);
      await shot(page, `analyst-${lang}-01-start-screen`);
      await page.keyboard.press('Enter');
      await expect(field).toBeHidden();
      await expect(button).toHaveAccessibleName(t('analyst:button', { name }));

      await start.openByPath(file);
      await start.waitForCase();
      await expect(page.getByTestId('analyst-name')).toHaveText(name);
      await main.addFromSearch('Tanaka', 'Tanaka Taro');
      const inspector = main.inspector();
      await inspector.locator('#inspector-notes').fill('Seen at Shinjuku station');
      await inspector.getByLabel(t('history:reason.label')).press('Enter');
      const history = inspector.getByTestId('item-history');
      await expect(history).toContainText(`${name} (e2e)`);
      await history.scrollIntoViewIfNeeded();
      await shot(page, `analyst-${lang}-02-item-history`);

      // The case's history names who, and the source and citation entered beside the items.
      await history.getByRole('button', { name: t('history:item.all') }).click();
      const dialog = page.getByRole('dialog', { name: t('history:dialog.title') });
      await dialog.getByLabel(t('history:dialog.item')).fill('');
      const rows = dialog.getByTestId('history-table').locator('tbody tr');
      await expect(rows).toHaveCount(5);
      await expect(rows.nth(0)).toContainText(`${name} (e2e)`);
      await expect(dialog.getByTestId('history-table')).toContainText(t('history:kind.citation'));
      await expect(dialog.getByTestId('history-table')).toContainText('供述調書 → p-tanaka');
      await shot(page, `analyst-${lang}-03-case-history`);
      await page.keyboard.press('Escape');

      // Kept like the language: a reload of the window still enters it.
      await page.reload();
      await expect(page.getByTestId('analyst-name')).toHaveText(name);
    });
  });
}
