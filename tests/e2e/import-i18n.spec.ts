import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/**
 * The import wizard in both languages (issue 13): the same file walked through every step, each
 * step photographed (/tmp/plexus-shots/i18n-import-<step>-<language>.png). A Japanese browser
 * reads every control of the wizard in Japanese; the file's own words and the schema's type
 * names stay as they are.
 */
const TIES_CSV =
  'A type,A,B type,B,Link,Since\r\n' +
  'Person,Zhang Wei,Company,Harbour Logistics,Ownership,2019\r\n' +
  'Person,Li Na,Company,Harbour Logistics,employed by,the spring of 2019\r\n';

const WORDS = {
  en: {
    caseName: 'Case name',
    createCase: 'Create case',
    data: 'Data',
    importItem: 'Import…',
    dialog: 'Import data',
    steps: 'Import steps',
    path: 'File path',
    preview: 'Preview',
    next: 'Next',
    shape: 'The rows are',
    endAType: 'Entity A type',
    endBType: 'Entity B type',
    linkType: 'Link type',
    sinceField: 'Field for column Since',
    columns: 'Column fields',
    matching: 'Match existing entities',
    dryRun: 'Dry run',
    dryRunResult: 'Dry run result',
    importAction: 'Import',
    imported: 'Import result',
    rejected: 'Rejected rows',
    // The row whose date cannot be read, by its line and field, with the reason in words.
    rejectedLine: 'line 3',
    rejectedWhy: 'Valid from must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
  },
  ja: {
    caseName: '事件名',
    createCase: '事件を作成',
    data: 'データ',
    importItem: '取り込み…',
    dialog: 'データの取り込み',
    steps: '取り込みの手順',
    path: 'ファイルのパス',
    preview: 'プレビュー',
    next: '次へ',
    shape: '各行の内容',
    endAType: 'エンティティ A の種類',
    endBType: 'エンティティ B の種類',
    linkType: 'リンクの種類',
    sinceField: '列 Since の取り込み先',
    columns: '列の取り込み先',
    matching: '既存のエンティティとの照合',
    dryRun: '試行',
    dryRunResult: '試行の結果',
    importAction: '取り込む',
    imported: '取り込みの結果',
    rejected: '除外された行',
    rejectedLine: '3 行目',
    rejectedWhy: '有効期間（開始）：日付を YYYY、YYYY-MM、YYYY-MM-DD のいずれかの形式で指定してください',
  },
} as const;

async function walk(page: Page, casesDir: string, language: keyof typeof WORDS): Promise<Locator> {
  const w = WORDS[language];
  writeFileSync(path.join(casesDir, 'ties.csv'), TIES_CSV, 'utf8');
  await page.getByLabel(w.caseName).fill('Ties');
  await page.getByRole('button', { name: w.createCase }).click();
  await page.getByRole('button', { name: w.data, exact: true }).click();
  await page.getByRole('menuitem', { name: w.importItem }).click();
  const wizard = page.getByRole('dialog', { name: w.dialog });
  const step = wizard.getByRole('navigation', { name: w.steps }).locator('[aria-current="step"]');
  const press = (name: string) => wizard.getByRole('button', { name, exact: true }).click();
  // The dialog faded in, for a clean picture.
  await expect(page.locator('.bp6-overlay-enter-done').getByRole('dialog', { name: w.dialog })).toBeVisible();
  await shot(page, `i18n-import-1-file-${language}`);

  await wizard.getByLabel(w.path).fill('ties.csv');
  await press(w.preview);
  await expect(wizard.getByRole('table')).toContainText('Zhang Wei');
  await shot(page, `i18n-import-2-preview-${language}`);

  await press(w.next);
  await wizard.getByLabel(w.shape).selectOption('link-rows');
  await wizard.getByLabel(w.endAType).selectOption('column:A type');
  await wizard.getByLabel(w.endBType).selectOption('column:B type');
  await wizard.getByLabel(w.linkType).selectOption('column:Link');
  await wizard.getByLabel(w.sinceField).selectOption('link:validFrom');
  await shot(page, `i18n-import-3-mapping-${language}`);
  await wizard.getByRole('table', { name: w.columns }).scrollIntoViewIfNeeded();
  await shot(page, `i18n-import-3-mapping-columns-${language}`);

  await press(w.next);
  await expect(wizard.getByRole('radiogroup').or(wizard.getByText(w.matching)).first()).toBeVisible();
  await shot(page, `i18n-import-4-matching-${language}`);

  await press(w.dryRun);
  await expect(wizard.getByRole('region', { name: w.dryRunResult })).toBeVisible();
  const rejected = wizard.getByRole('table', { name: w.rejected });
  await expect(rejected).toBeVisible();
  const row = rejected.getByRole('row').filter({ hasText: w.rejectedLine });
  await expect(row).toContainText(w.rejectedWhy);
  await expect(row).toContainText('validFrom');
  await shot(page, `i18n-import-5-dry-run-${language}`);

  await press(w.importAction);
  await expect(wizard.getByRole('region', { name: w.imported })).toBeVisible();
  await expect(step).toBeVisible();
  await shot(page, `i18n-import-6-summary-${language}`);
  return wizard;
}

test('the import wizard in English', async ({ start, casesDir }) => {
  const wizard = await walk(start.page, casesDir, 'en');
  await expect(wizard.getByTestId('imported-links')).toHaveText('1'); // the row with an unreadable date is rejected
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('reads the import wizard in Japanese, step by step', async ({ start, casesDir }) => {
    const wizard = await walk(start.page, casesDir, 'ja');
    await expect(wizard.getByTestId('imported-links')).toHaveText('1'); // the row with an unreadable date is rejected
    await expect(wizard).toContainText('作成したリンク');
    await expect(wizard).toContainText('事件に取り込みました');
    await expect(wizard.getByRole('button', { name: '完了', exact: true })).toBeVisible();
  });

  test('shows a running import and its cancelling in Japanese', async ({ start, casesDir }) => {
    test.setTimeout(120_000);
    const { page } = start;
    const w = WORDS.ja;
    // Rows enough that the import is still running when the analyst cancels it.
    const rows = 300_000;
    const lines = ['source,target'];
    for (let i = 0; i < rows; i += 1) lines.push(`Person ${i},Person ${i + 1}`);
    writeFileSync(path.join(casesDir, 'big.csv'), `${lines.join('\n')}\n`, 'utf8');
    await page.getByLabel(w.caseName).fill('Large');
    await page.getByRole('button', { name: w.createCase }).click();
    await page.getByRole('button', { name: w.data, exact: true }).click();
    await page.getByRole('menuitem', { name: w.importItem }).click();
    const wizard = page.getByRole('dialog', { name: w.dialog });
    const press = (name: string) => wizard.getByRole('button', { name, exact: true }).click();
    await wizard.getByLabel(w.path).fill('big.csv');
    await press(w.preview);
    await press(w.next);
    await press(w.next);
    await press(w.dryRun);
    await expect(wizard.getByTestId('dry-run-rows')).toHaveText('300,000', { timeout: 60_000 });

    await press(w.importAction);
    const cancel = wizard.getByRole('button', { name: '取り込みを中止' });
    await expect(cancel).toBeVisible();
    await expect(wizard.getByTestId('progress-rows')).toContainText('行を読み込み済み');
    await shot(page, 'i18n-import-7-progress-ja');
    await cancel.click();
    await expect(wizard.getByText('取り込みを中止しました。事件は変更されていません。')).toBeVisible({
      timeout: 60_000,
    });
    await shot(page, 'i18n-import-8-cancelled-ja');
  });
});
