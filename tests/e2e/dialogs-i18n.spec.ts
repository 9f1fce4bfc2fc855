import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';
import { TransferDialogs } from './pages/transfer';

/**
 * The entity and link dialogs, the inspector with unsaved edits, take offline, publish (into a
 * case file, with conflicts) and the data export, in English and then, switched without a
 * restart, in Japanese (issue 13). Each screen is photographed:
 * /tmp/plexus-shots/i18n-edit-<screen>-<language>.png. The analyst's own words (labels, who
 * edited) and the schema's type names stay as they are.
 */
const WORDS = {
  en: {
    newEntity: 'New entity',
    entityType: 'Entity type',
    newLink: 'New link',
    linkType: 'Link type',
    inspector: 'Inspector',
    search: 'Search entities',
    results: 'Search results',
    label: 'Label',
    unsaved: 'Unsaved edits',
    revert: 'Revert',
    editEntity: /^Edit Wang Wei/,
    editLink: /^Edit link/,
    fit: 'Fit to view',
    transfer: 'Transfer',
    transferMenu: 'Case transfer',
    takeOfflineItem: 'Take offline…',
    takeOffline: 'Take offline',
    hops: 'Hops around them',
    publishItem: 'Publish a case file…',
    publish: 'Publish a case file',
    caseFile: 'Case file',
    dryRun: 'Dry run',
    close: 'Close',
    conflicts: 'Conflicts',
    theirs: 'In the open case',
    keepTheirs: 'Keep open case',
    data: 'Data',
    exportItem: 'Export…',
    exportData: 'Export data',
    format: 'Format',
    csvNote: 'Writes an entity file and a link file, safe to open in Excel.',
  },
  ja: {
    newEntity: '新規エンティティ',
    entityType: 'エンティティの種類',
    newLink: '新規リンク',
    linkType: 'リンクの種類',
    inspector: 'インスペクター',
    search: 'エンティティを検索',
    results: '検索結果',
    label: 'ラベル',
    unsaved: '未保存の編集',
    revert: '元に戻す',
    editEntity: /^Wang Wei.* を編集$/,
    editLink: /^リンク .* を編集$/,
    fit: '全体を表示',
    transfer: '受け渡し',
    transferMenu: '事件の受け渡し',
    takeOfflineItem: 'オフラインに持ち出す…',
    takeOffline: 'オフラインに持ち出す',
    hops: '周辺の段数',
    publishItem: '事件ファイルを公開…',
    publish: '事件ファイルを公開',
    caseFile: '事件ファイル',
    dryRun: '試行',
    close: '閉じる',
    conflicts: '競合',
    theirs: '開いている事件側',
    keepTheirs: '開いている事件側',
    data: 'データ',
    exportItem: '書き出し…',
    exportData: 'データの書き出し',
    format: '形式',
    csvNote: 'エンティティとリンクのファイルを 1 つずつ書き出します。Excel で開いても安全です。',
  },
} as const;
type Language = keyof typeof WORDS;

/** The schema's own words (type and field names, descriptions, options): not the UI's to translate. */
function schemaWords(dir = path.resolve(import.meta.dirname, '../../graph-schema/types')): string[] {
  const out: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...schemaWords(file));
    else if (entry.name.endsWith('.json')) collect(JSON.parse(readFileSync(file, 'utf8')));
  }
  return out.sort((a, b) => b.length - a.length);
}
const SCHEMA_WORDS = schemaWords();

/**
 * The English words left in a dialog or panel once the analyst's words, the schema's and the
 * select lists (schema values and grades) are taken out: none may remain in Japanese.
 */
async function englishLeft(where: Locator, own: RegExp): Promise<string[]> {
  let text = await where.evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    // Select options hold schema values; icons carry Blueprint's hidden titles; .mono holds ids and paths.
    copy.querySelectorAll('select, svg, .mono').forEach((e) => e.remove());
    return copy.textContent ?? '';
  });
  text = text.replace(own, ' ');
  for (const word of SCHEMA_WORDS) text = text.replaceAll(word, ' ');
  return text.match(/[A-Za-z]{2,}/g) ?? [];
}

test('dialogs, inspector, transfer and export read in English and in Japanese', async ({
  start,
  main,
  page,
}) => {
  test.setTimeout(240_000);
  const transfer = new TransferDialogs(page);
  const data = new DataDialogs(page);
  await start.createCase('Harbour');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });
  await main.linkForm.create('Wang Wei', 'Li Na', 'ASSOCIATE_OF');

  // Both renamed in the field and, differently, at the desk: two conflicts for the publish.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await transfer.takeOffline('Field notes', 0);
  await transfer.takeOfflineDialog().getByRole('button', { name: 'Open the new case' }).click();
  await main.discardChanges();
  await expect(page.getByTestId('case-name')).toHaveText('Field notes');
  await main.renameEntity('Wang Wei', 'Wang Wei (field)');
  await main.renameEntity('Li Na', 'Li Na (field)');
  await main.closeCase();
  await start.openRecent('Harbour');
  await main.renameEntity('Wang Wei', 'Wang Wei (desk)');
  await main.renameEntity('Li Na', 'Li Na (desk)');
  // The analyst's words and the schema's names, the same in both languages.
  const own =
    /Wang Wei|Li Na|\((desk|field)\)|Field notes|Harbour|e2e|Excel|Ctrl|Enter|Delete|ID|\S*\/\S*|\S+\.(plexus|json|csv)/g;

  for (const language of ['en', 'ja'] as Language[]) {
    const w = WORDS[language];
    if (language === 'ja') {
      await page.getByRole('button', { name: 'Language / 言語' }).click();
      await page.getByRole('option', { name: '日本語' }).click();
      await expect(page.getByRole('button', { name: w.newEntity })).toBeVisible();
    }
    const check = async (where: Locator) => {
      if (language === 'ja') expect(await englishLeft(where, own)).toEqual([]);
    };

    await page.getByRole('button', { name: w.newEntity }).click();
    const entityDialog = page.getByRole('dialog', { name: w.newEntity });
    await expect(entityDialog.getByRole('radiogroup', { name: w.entityType })).toBeVisible();
    await check(entityDialog);
    // The header's close button is named in the UI's language (Blueprint's own says "Close").
    await expect(
      entityDialog.locator('.bp6-dialog-header').getByRole('button', { name: w.close, exact: true }),
    ).toBeVisible();
    await shot(page, `i18n-edit-entity-dialog-${language}`);
    await page.keyboard.press('Escape');

    await main.chart().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await page.getByRole('button', { name: w.newLink }).click();
    const linkDialog = page.getByRole('dialog', { name: w.newLink });
    await expect(linkDialog.getByLabel(w.linkType)).toBeVisible();
    await check(linkDialog);
    await shot(page, `i18n-edit-link-dialog-${language}`);
    await page.keyboard.press('Escape');

    // The inspector holding an unsaved edit, for an entity and for a link.
    await page.getByRole('button', { name: w.fit }).click();
    const search = page.getByRole('combobox', { name: w.search });
    await search.fill('Wang Wei');
    await page
      .getByRole('listbox', { name: w.results })
      .getByRole('option', { name: /Wang Wei/ })
      .first()
      .click();
    const inspector = page.getByRole('complementary', { name: w.inspector });
    await expect(inspector.getByRole('form')).toHaveAccessibleName(w.editEntity);
    await inspector.getByLabel(w.label).fill('Wang Wei (desk, unsaved)');
    await expect(inspector.getByText(w.unsaved)).toBeVisible();
    await check(inspector);
    await shot(page, `i18n-edit-inspector-entity-${language}`);
    await inspector.getByRole('button', { name: w.revert }).click();
    await page.getByRole('button', { name: w.fit }).click();
    const centre = await main.chartCentre();
    await expect(async () => {
      await page.mouse.click(centre.x, centre.y);
      await expect(inspector.getByRole('form')).toHaveAccessibleName(w.editLink, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await inspector.getByLabel(w.label).fill('met at the harbour');
    await expect(inspector.getByText(w.unsaved)).toBeVisible();
    await check(inspector);
    await shot(page, `i18n-edit-inspector-link-${language}`);
    await inspector.getByRole('button', { name: w.revert }).click();

    await main.chart().click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+a');
    await page.getByRole('button', { name: w.transfer }).click();
    await page
      .getByRole('menu', { name: w.transferMenu })
      .getByRole('menuitem', { name: w.takeOfflineItem })
      .click();
    const offline = page.getByRole('dialog', { name: w.takeOffline });
    await expect(offline.getByLabel(w.hops)).toBeVisible();
    await check(offline);
    await shot(page, `i18n-edit-take-offline-${language}`);
    await page.keyboard.press('Escape');

    // Published into a case file: the conflicts name the open case, never a server.
    await page.getByRole('button', { name: w.transfer }).click();
    await page
      .getByRole('menu', { name: w.transferMenu })
      .getByRole('menuitem', { name: w.publishItem })
      .click();
    const publish = page.getByRole('dialog', { name: w.publish });
    await publish.getByLabel(w.caseFile, { exact: true }).selectOption({ label: 'Field notes' });
    await publish.getByRole('button', { name: w.dryRun }).click();
    const table = publish.getByRole('table', { name: w.conflicts });
    await expect(table.getByRole('columnheader', { name: w.theirs })).toBeVisible();
    await expect(table.getByRole('combobox').first().locator('option[value="server"]')).toHaveText(
      w.keepTheirs,
    );
    await expect(publish).not.toContainText(language === 'en' ? 'server' : 'サーバー');
    await check(publish);
    await shot(page, `i18n-edit-publish-${language}`);
    await publish.getByRole('button', { name: w.close }).last().click();

    await page.getByRole('button', { name: w.data }).click();
    await page.getByRole('menu', { name: w.data }).getByRole('menuitem', { name: w.exportItem }).click();
    const exportDialog = page.getByRole('dialog', { name: w.exportData });
    await exportDialog.getByLabel(w.format).selectOption('csv');
    await expect(exportDialog.getByTestId('export-format-note')).toHaveText(w.csvNote);
    await check(exportDialog);
    await shot(page, `i18n-edit-export-${language}`);
    await page.keyboard.press('Escape');
  }
  await expect(data.exportDialog()).toBeHidden();
});
