import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, SHOTS_DIR, test } from './fixtures';

/**
 * The schema's words (type names, field labels, enum options, grades) in the UI's language
 * (issue 13): the inspector, the new entity dialog, Style and legend's Colour by list and an
 * exported PNG's legend, in English and, switched without a restart, in Japanese. Shots:
 * /tmp/plexus-shots/schema-ja-<screen>-<language>.png.
 */
const WORDS = {
  en: {
    search: 'Search entities',
    results: 'Search results',
    inspector: 'Inspector',
    person: 'Person',
    reliabilityB: 'B — Usually reliable',
    newEntity: 'New entity',
    entityType: 'Entity type',
    chartMenu: 'Chart',
    styleItem: 'Style and legend…',
    styleDialog: 'Chart style',
    colourBy: 'Colour by',
    legend: 'Legend',
    kindAsset: 'Kind (Asset)',
    nationality: 'Nationality',
    exportItem: 'Export PDF, SVG, PNG…',
    exportDialog: 'Export chart',
    serverFolder: 'Folder on the server',
    filePath: 'File path',
    export: 'Export',
    close: 'Close',
  },
  ja: {
    search: 'エンティティを検索',
    results: '検索結果',
    inspector: 'インスペクター',
    person: '人物',
    reliabilityB: 'B — 通常は信頼できる',
    newEntity: '新規エンティティ',
    entityType: 'エンティティの種類',
    chartMenu: 'チャート',
    styleItem: 'スタイルと凡例…',
    styleDialog: 'チャートのスタイル',
    colourBy: '色分けの基準',
    legend: '凡例',
    kindAsset: '種別（資産）',
    nationality: '国籍',
    exportItem: 'PDF・SVG・PNG に書き出し…',
    exportDialog: 'チャートの書き出し',
    serverFolder: 'サーバー上のフォルダー',
    filePath: 'ファイルのパス',
    export: '書き出し',
    close: '閉じる',
  },
} as const;

test('type names, fields, options and grades read in the UI’s language, on screen and in an export', async ({
  start,
  page,
  casesDir,
}) => {
  test.setTimeout(180_000);
  await start.openDemo();
  for (const language of ['en', 'ja'] as const) {
    const w = WORDS[language];
    if (language === 'ja') {
      await page.getByRole('button', { name: 'Language / 言語' }).click();
      await page.getByRole('option', { name: '日本語' }).click();
      await expect(page.getByRole('button', { name: w.newEntity })).toBeVisible();
    }

    // The inspector: the type's name, its fields and the grade's words.
    await page.getByRole('combobox', { name: w.search }).fill('minghui');
    const results = page.getByRole('listbox', { name: w.results });
    await expect(results.getByRole('option').first()).toContainText('minghui', { ignoreCase: true });
    await page.getByRole('combobox', { name: w.search }).press('Enter');
    await expect(results).toBeHidden();
    const inspector = page.getByRole('complementary', { name: w.inspector });
    await expect(inspector.getByText(w.person, { exact: true })).toBeVisible();
    await expect(inspector.getByLabel(w.nationality)).toBeVisible();
    await expect(inspector.locator('option', { hasText: w.reliabilityB })).toHaveCount(1);
    await shot(page, `schema-ja-inspector-${language}`);

    // The new entity dialog: the type choices.
    await page.getByRole('button', { name: w.newEntity }).click();
    const entityDialog = page.getByRole('dialog', { name: w.newEntity });
    await expect(entityDialog.getByRole('radiogroup', { name: w.entityType })).toContainText(w.person);
    await shot(page, `schema-ja-entity-dialog-${language}`);
    await page.keyboard.press('Escape');

    // Style and legend: every field once, shared labels qualified by type; the legend in words.
    await page.getByTestId('chart-menu').click();
    await page.getByRole('menu', { name: w.chartMenu }).getByRole('menuitem', { name: w.styleItem }).click();
    const style = page.getByRole('dialog', { name: w.styleDialog });
    const colourBy = style.getByLabel(w.colourBy);
    const options = await colourBy.locator('option').allTextContents();
    expect(options).toContain(w.kindAsset);
    expect(new Set(options).size).toBe(options.length);
    await colourBy.selectOption('props.nationality');
    await expect(style.getByRole('region', { name: w.legend })).toContainText(w.person);
    await shot(page, `schema-ja-style-${language}`);
    await style.getByRole('button', { name: w.close }).first().click();

    // The exported PNG's legend.
    await page.getByTestId('chart-menu').click();
    await page.getByRole('menu', { name: w.chartMenu }).getByRole('menuitem', { name: w.exportItem }).click();
    const exporting = page.getByRole('dialog', { name: w.exportDialog });
    await exporting.getByRole('radio', { name: 'PNG' }).click();
    await exporting.getByRole('radio', { name: w.serverFolder }).click();
    const png = path.join(casesDir, `legend-${language}.png`);
    await exporting.getByLabel(w.filePath).fill(png);
    await exporting.getByRole('button', { name: w.export, exact: true }).click();
    await expect(exporting.getByRole('status')).toContainText(png);
    mkdirSync(SHOTS_DIR, { recursive: true });
    copyFileSync(png, path.join(SHOTS_DIR, `schema-ja-export-${language}.png`));
    await exporting.getByRole('button', { name: w.close }).first().click();
  }
});
