import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Page } from '@playwright/test';
import { loadHistoryKey } from '../../electron/services/history-key';
import { loadSchema } from '../../electron/services/schema/load-types';
import { createCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { expect, shot, test } from './fixtures';
import type { MainPage } from './pages/main-page';
import type { Words } from './words';

const schema = new SchemaIndex(loadSchema());

/** A case written by Plexus, sealed with this test's profile key: two people, one edited. */
async function writtenCase(home: string, casesDir: string): Promise<string> {
  const file = path.join(casesDir, 'Audited.plexus');
  const store = await createCaseFile(file, { actor: 'sato.k', schema, historyKey: loadHistoryKey(home) });
  await store.createEntities([
    { id: 'p-tanaka', type: 'Person', label: 'Tanaka Taro' },
    { id: 'p-suzuki', type: 'Person', label: 'Suzuki Hanako' },
  ]);
  await store.updateEntity('p-tanaka', { confidence: 'confirmed', notes: 'Seen at Shinjuku station' });
  await store.close();
  return file;
}

/** What an analyst with any SQLite tool could do: a classification lowered, no trace left. */
function lowerClassification(file: string): void {
  const db = new Database(file);
  db.prepare(
    "UPDATE entity_bodies SET body = json_set(body, '$.classification', 'UNCLASSIFIED', '$.confidence', 'confirmed') WHERE rid = (SELECT rid FROM entities WHERE id = 'p-suzuki')",
  ).run();
  db.close();
}

async function showHistoryOf(main: MainPage, t: Words, label: string): Promise<void> {
  await main.addFromSearch(label.split(' ')[0] ?? label, label);
  await expect(main.inspector().getByTestId('item-history')).toContainText(t('history:op.update'));
}

function historyDialog(page: Page, t: Words) {
  return page.getByRole('dialog', { name: t('history:dialog.title') });
}

test('an item and the case show their history; an edit outside Plexus is warned of on open and named by verify', async ({
  start,
  main,
  home,
  casesDir,
  t,
}) => {
  const page = start.page;
  const file = await writtenCase(home, casesDir);
  await start.openByPath(file);
  await start.waitForCase();
  await expect(page.getByTestId('history-banner')).toBeHidden();

  await showHistoryOf(main, t, 'Tanaka Taro');
  const section = main.inspector().getByTestId('item-history');
  await expect(section).toContainText('Confidence: probable → confirmed');
  await expect(section).toContainText('sato.k');
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'history-01-inspector');

  await section.getByRole('button', { name: t('history:item.all') }).click();
  const dialog = historyDialog(page, t);
  await dialog.getByLabel(t('history:dialog.item')).fill('');
  await expect(dialog.getByTestId('history-table').locator('tbody tr')).toHaveCount(3);
  await dialog.getByRole('button', { name: t('history:dialog.verify') }).click();
  await expect(dialog.getByTestId('history-check')).toContainText(t('history:check.okTitle'));
  await shot(page, 'history-02-case-history');
  await dialog
    .getByRole('button', { name: t('history:dialog.close'), exact: true })
    .last()
    .click();

  await main.closeCase();
  await start.waitForStart();
  lowerClassification(file);
  await start.openByPath(file);
  await start.waitForCase();
  const banner = page.getByTestId('history-banner');
  await expect(banner).toContainText(t('history:banner.text'));
  await shot(page, 'history-03-warning');
  await banner.getByRole('button', { name: t('history:banner.verify') }).click();
  const check = historyDialog(page, t).getByTestId('history-check');
  await expect(check).toContainText(t('history:check.badTitle'));
  await expect(check).toContainText(
    'Entity p-suzuki: the stored record differs from what history entry 2 wrote',
  );
  await shot(page, 'history-04-verify-names-item');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('項目と事件の変更履歴を表示し、外部で書き換えられた事件ファイルを警告する', async ({
    start,
    main,
    home,
    casesDir,
    t,
  }) => {
    const page = start.page;
    const file = await writtenCase(home, casesDir);
    await start.openByPath(file);
    await start.waitForCase();
    await showHistoryOf(main, t, 'Tanaka Taro');
    const section = main.inspector().getByTestId('item-history');
    await expect(section).toContainText('確度: 可能性が高い → 確認済み');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'history-ja-01-inspector');
    await main.closeCase();
    await start.waitForStart();
    lowerClassification(file);
    await start.openByPath(file);
    await start.waitForCase();
    await expect(page.getByTestId('history-banner')).toContainText(t('history:banner.text'));
    await page
      .getByTestId('history-banner')
      .getByRole('button', { name: t('history:banner.verify') })
      .click();
    const check = historyDialog(page, t).getByTestId('history-check');
    await expect(check).toContainText(t('history:check.badTitle'));
    await expect(check).toContainText('エンティティ p-suzuki: 保存されている記録が履歴 2 の内容と異なります');
    await shot(page, 'history-ja-02-verify');
  });
});
