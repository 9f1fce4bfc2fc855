import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readPdf } from '../support/chart/pdf-text';
import { expect, shot, SHOTS_DIR, test } from './fixtures';
import { ChartsPage } from './pages/charts';

const BANNER = '特定秘密／部外秘／関係者限り';

/** Words of the one language a test runs in. */
interface Words {
  chartMenu: string;
  exportItem: string;
  dialog: string;
  scheme: string;
  marking: string;
  caveats: [string, string];
  search: string;
  results: string;
  inspector: string;
  classification: string;
}

const EN: Words = {
  chartMenu: 'Chart',
  exportItem: 'Export PDF, SVG, PNG…',
  dialog: 'Export chart',
  scheme: 'Marking scheme',
  marking: 'Case marking',
  caveats: ['部外秘 (Not outside the department)', '関係者限り (Those concerned only)'],
  search: 'Search entities',
  results: 'Search results',
  inspector: 'Inspector',
  classification: 'Classification',
};

const JA: Words = {
  chartMenu: 'チャート',
  exportItem: 'PDF・SVG・PNG に書き出し…',
  dialog: 'チャートの書き出し',
  scheme: '秘密区分の体系',
  marking: '事件の秘密区分',
  caveats: ['部外秘', '関係者限り'],
  search: 'エンティティを検索',
  results: '検索結果',
  inspector: 'インスペクター',
  classification: '秘密区分',
};

/** Opens the export dialog and marks the case 特定秘密 with two caveats in the Japanese scheme. */
async function markJapanese(page: Page, words: Words) {
  await page.getByTestId('chart-menu').click();
  await page
    .getByRole('menu', { name: words.chartMenu })
    .getByRole('menuitem', { name: words.exportItem })
    .click();
  const dialog = page.getByRole('dialog', { name: words.dialog });
  await dialog.getByLabel(words.scheme).selectOption('ja-police');
  await dialog.getByLabel(words.marking).selectOption('TOP SECRET');
  for (const caveat of words.caveats) {
    // Blueprint's indicator covers the input: click the label's words, as an analyst does.
    await dialog.getByText(caveat, { exact: true }).click();
    await expect(dialog.getByRole('checkbox', { name: caveat, exact: true })).toBeChecked();
  }
  await expect(dialog.getByTestId('banner-preview').locator('strong')).toHaveText(BANNER);
  return dialog;
}

/** The demo's Lǐ Mínghuī selected: the inspector lists the case scheme's levels. */
async function inspectMinghui(page: Page, words: Words) {
  await page.getByRole('combobox', { name: words.search }).fill('minghui');
  const results = page.getByRole('listbox', { name: words.results });
  await expect(results.getByRole('option').first()).toBeVisible();
  await page.getByRole('combobox', { name: words.search }).press('Enter');
  await expect(results).toBeHidden();
  return page.getByRole('complementary', { name: words.inspector }).getByLabel(words.classification);
}

test('a case marked 特定秘密 with caveats prints that banner on every PDF page and on the PNG', async ({
  start,
  page,
  casesDir,
}) => {
  await start.openDemo();
  const dialog = await markJapanese(page, EN);
  await shot(page, 'markings-export-dialog-en');

  const charts = new ChartsPage(page);
  const pdf = path.join(casesDir, 'marked.pdf');
  await charts.exportTo('PDF', pdf, async () => {
    await dialog.getByLabel('Pages across').selectOption('2');
  });
  const pages = (await readPdf(readFileSync(pdf))).pages;
  expect(pages.length).toBeGreaterThanOrEqual(2);
  // Top and bottom of every page (pdf.js may split a line into font runs: count in the joined text).
  for (const p of pages) expect(p.joined.split(BANNER)).toHaveLength(3);
  const png = path.join(casesDir, 'marked.png');
  await charts.exportTo('PNG', png);
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(pdf, path.join(SHOTS_DIR, 'markings-export-ja.pdf'));
  copyFileSync(png, path.join(SHOTS_DIR, 'markings-export-ja.png'));
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // Kept with the case: the dialog opens on it again, and the forms speak the case's scheme.
  await page.getByTestId('chart-menu').click();
  await page.getByRole('menu', { name: 'Chart' }).getByRole('menuitem', { name: EN.exportItem }).click();
  await expect(dialog.getByTestId('banner-preview').locator('strong')).toHaveText(BANNER);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  const classification = await inspectMinghui(page, EN);
  // The demo's own code stays a choice when the scheme has no level of that name (RESTRICTED).
  await expect(classification.locator('option').first()).toHaveText('指定なし (Not designated)');
  expect(await classification.locator('option').allTextContents()).toEqual(
    expect.arrayContaining([
      '指定なし (Not designated)',
      '取扱注意 (Handle with care)',
      '秘 (Secret (hi))',
      '極秘 (Top secret (gokuhi))',
      '特定秘密 (Specially designated secret)',
    ]),
  );
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the marking is chosen in the export dialog and the inspector lists 取扱注意 to 特定秘密', async ({
    start,
    casesDir,
  }) => {
    const { page } = start;
    await page.getByRole('button', { name: 'デモ事件を開く' }).click();
    await start.waitForCase();
    const dialog = await markJapanese(page, JA);
    await shot(page, 'markings-export-dialog-ja');
    // Switching back to the English default keeps the level (never lower) and drops the caveats.
    await dialog.getByLabel(JA.scheme).selectOption('en-default');
    await expect(dialog.getByTestId('banner-preview').locator('strong')).toHaveText('TOP SECRET');
    await dialog.getByLabel(JA.scheme).selectOption('ja-police');
    await dialog.getByText(JA.caveats[0], { exact: true }).click();
    await dialog.getByRole('radio', { name: 'PDF' }).click();
    await dialog.getByRole('radio', { name: 'サーバー上のフォルダー' }).click();
    await dialog.getByRole('button', { name: '書き出し', exact: true }).click();
    await expect(dialog.getByRole('status')).toBeVisible();
    await dialog.getByRole('button', { name: '閉じる' }).first().click();
    const classification = await inspectMinghui(page, JA);
    await expect(classification.locator('option').first()).toHaveText('指定なし');
    expect(await classification.locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['指定なし', '取扱注意', '秘', '極秘', '特定秘密']),
    );
    await classification.selectOption('TOP SECRET');
    await shot(page, 'markings-inspector-ja');

    // The import wizard's marking for what a file leaves ungraded speaks the case's scheme too.
    writeFileSync(
      path.join(casesDir, 'ties.csv'),
      'A type,A,B type,B,Link\r\nPerson,Zhang Wei,Company,Harbour Logistics,Ownership\r\n',
      'utf8',
    );
    await page.getByRole('button', { name: 'データ', exact: true }).click();
    await page.getByRole('menuitem', { name: '取り込み…' }).click();
    const wizard = page.getByRole('dialog', { name: 'データの取り込み' });
    const press = (name: string) => wizard.getByRole('button', { name, exact: true }).click();
    await wizard.getByLabel('ファイルのパス').fill('ties.csv');
    await press('プレビュー');
    await expect(wizard.getByRole('table')).toContainText('Zhang Wei');
    await press('次へ');
    await wizard.getByLabel('各行の内容').selectOption('link-rows');
    await wizard.getByLabel('エンティティ A の種類').selectOption('column:A type');
    await wizard.getByLabel('エンティティ B の種類').selectOption('column:B type');
    await wizard.getByLabel('リンクの種類').selectOption('column:Link');
    await press('次へ');
    const importMarking = wizard.getByLabel('秘密区分');
    await expect(importMarking).toBeVisible();
    await shot(page, 'markings-import-grading-ja');
    expect(await importMarking.locator('option').allTextContents()).toEqual(
      expect.arrayContaining(['指定なし', '取扱注意', '秘', '極秘', '特定秘密']),
    );
  });
});
