import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Locator, Page } from '@playwright/test';
import { loadHistoryKey } from '../../electron/services/history-key';
import { loadSchema } from '../../electron/services/schema/load-types';
import { createCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { expect, shot, test } from './fixtures';
import type { MainPage } from './pages/main-page';
import type { StartPage } from './pages/start-page';
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

/** Writes the case (writtenCase) and opens it from the start screen; returns its file. */
async function openWrittenCase(start: StartPage, home: string, casesDir: string): Promise<string> {
  const file = await writtenCase(home, casesDir);
  await start.openByPath(file);
  await start.waitForCase();
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

/** Closes the case, lowers a classification in it outside Plexus, and opens it again. */
async function reopenAfterOutsideEdit(start: StartPage, main: MainPage, file: string): Promise<void> {
  await main.closeCase();
  await start.waitForStart();
  lowerClassification(file);
  await start.openByPath(file);
  await start.waitForCase();
}

async function showHistoryOf(main: MainPage, t: Words, label: string): Promise<void> {
  await main.addFromSearch(label.split(' ')[0] ?? label, label);
  await expect(main.inspector().getByTestId('item-history')).toContainText(t('history:op.update'));
}

function historyDialog(page: Page, t: Words) {
  return page.getByRole('dialog', { name: t('history:dialog.title') });
}

/**
 * The open case's warning banner, shot as `shotName` when given, then its Verify: the check it
 * shows, which found a problem.
 */
async function verifyFromBanner(page: Page, t: Words, shotName?: string): Promise<Locator> {
  const banner = page.getByTestId('history-banner');
  await expect(banner).toContainText(t('history:banner.text'));
  if (shotName) await shot(page, shotName);
  await banner.getByRole('button', { name: t('history:banner.verify') }).click();
  const check = historyDialog(page, t).getByTestId('history-check');
  await expect(check).toContainText(t('history:check.badTitle'));
  return check;
}

test('an item and the case show their history; an edit outside Plexus is warned of on open and named by verify', async ({
  start,
  main,
  home,
  casesDir,
  t,
}) => {
  const page = start.page;
  const file = await openWrittenCase(start, home, casesDir);
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

  await reopenAfterOutsideEdit(start, main, file);
  const check = await verifyFromBanner(page, t, 'history-03-warning');
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
    const file = await openWrittenCase(start, home, casesDir);
    await showHistoryOf(main, t, 'Tanaka Taro');
    const section = main.inspector().getByTestId('item-history');
    await expect(section).toContainText('確度: 可能性が高い → 確認済み');
    await section.scrollIntoViewIfNeeded();
    await shot(page, 'history-ja-01-inspector');
    await reopenAfterOutsideEdit(start, main, file);
    const check = await verifyFromBanner(page, t);
    await expect(check).toContainText('エンティティ p-suzuki: 保存されている記録が履歴 2 の内容と異なります');
    await shot(page, 'history-ja-02-verify');
  });
});

for (const locale of ['en-US', 'ja-JP']) {
  test.describe(locale, () => {
    test.use({ locale });

    test('a reason given with a save and with a delete is in the history', async ({
      start,
      main,
      home,
      casesDir,
      t,
    }) => {
      const page = start.page;
      const lang = locale.slice(0, 2);
      await openWrittenCase(start, home, casesDir);
      await showHistoryOf(main, t, 'Tanaka Taro');
      const inspector = main.inspector();
      // Out of the way until there is something to save.
      await expect(inspector.getByTestId('history-reason')).toBeHidden();
      await inspector.getByLabel(t('forms:notes')).fill('Seen at Shinjuku station at 21:40');
      const why = lang === 'ja' ? '防犯カメラの映像で時刻を確認' : 'Time checked on the CCTV footage';
      await inspector.getByLabel(t('history:reason.label')).fill(why);
      await shot(page, `history3-${lang}-01-reason-on-save`);
      await inspector.getByLabel(t('history:reason.label')).press('Enter');
      const section = inspector.getByTestId('item-history');
      await expect(section).toContainText(t('history:reason.shown', { reason: why }));
      await expect(inspector.getByTestId('history-reason')).toBeHidden();
      await section.scrollIntoViewIfNeeded();
      await shot(page, `history3-${lang}-02-reason-in-inspector`);

      await inspector.getByRole('button', { name: t('inspector:deleteFromCase') }).click();
      const confirm = page.getByRole('alertdialog');
      const gone = lang === 'ja' ? '同一人物の重複登録' : 'Entered twice for the same person';
      await confirm.getByLabel(t('history:reason.label')).fill(gone);
      await expect(page.locator('.bp6-overlay-enter-done .bp6-alert')).toBeVisible();
      await shot(page, `history3-${lang}-03-reason-on-delete`);
      await confirm.getByLabel(t('history:reason.label')).press('Enter');
      await expect(confirm).toBeHidden();
      await expect(main.caseCounts()).toContainText('1');

      await main.addFromSearch('Suzuki', 'Suzuki Hanako');
      await inspector
        .getByTestId('item-history')
        .getByRole('button', { name: t('history:item.all') })
        .click();
      const dialog = historyDialog(page, t);
      await dialog.getByLabel(t('history:dialog.item')).fill('');
      const rows = dialog.getByTestId('history-table').locator('tbody tr');
      await expect(rows).toHaveCount(5);
      await expect(rows.nth(0)).toContainText(t('history:reason.shown', { reason: gone }));
      await expect(rows.nth(1)).toContainText(t('history:reason.shown', { reason: why }));
      await shot(page, `history3-${lang}-04-case-history`);
    });
  });
}
