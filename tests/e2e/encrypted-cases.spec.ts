import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import type { Words } from './words';

/** The start screen's new case form with its encryption option ticked and filled in. */
async function createEncrypted(page: Page, t: Words, name: string, passphrase: string): Promise<void> {
  await page.getByLabel(t('start:newCase.name')).fill(name);
  // Blueprint draws its own box over the input: tick it as a click on the label would.
  await page.getByLabel(t('crypt:newCase.encrypt')).check({ force: true });
  await page.getByLabel(t('crypt:field.passphrase'), { exact: true }).fill(passphrase);
  await page.getByLabel(t('crypt:field.repeat')).fill(passphrase);
}

function unlockDialog(page: Page, t: Words) {
  return page.getByRole('dialog', { name: t('crypt:unlock.title') });
}

/** Reopens a case from the recent list: asked for its passphrase, wrong first, then right. */
async function reopenWrongThenRight(
  page: Page,
  t: Words,
  name: string,
  passphrase: string,
  shotPrefix: string,
) {
  await page
    .getByRole('menu', { name: t('start:recent.heading') })
    .getByRole('menuitem', { name: new RegExp(name) })
    .click();
  const dialog = unlockDialog(page, t);
  const field = dialog.getByLabel(t('crypt:field.passphrase'));
  await expect(field).toBeFocused();
  await field.fill('not the passphrase');
  await dialog.getByRole('button', { name: t('common:open'), exact: true }).click();
  await expect(dialog.getByText(t('crypt:unlock.wrong'))).toBeVisible();
  await expect(field).toHaveValue('');
  await expect(field).toBeFocused();
  await shot(page, `${shotPrefix}-wrong-passphrase`);
  const scan = await new AxeBuilder({ page }).include('.crypt-dialog').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await field.fill(passphrase);
  await dialog.getByRole('button', { name: t('common:open'), exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('html[data-plexus-ready="case"]')).toBeAttached();
}

test('an encrypted case is created, and reopens only with its passphrase (wrong, then right)', async ({
  start,
  main,
  casesDir,
  t,
}) => {
  const page = start.page;
  await createEncrypted(page, t, 'Sealed', 'kitsune udon 9');
  await shot(page, 'crypt-01-new-case-encrypted');
  await page.getByRole('button', { name: t('start:newCase.create') }).click();
  await start.waitForCase();
  await expect(page.getByTestId('case-encrypted')).toHaveText(t('crypt:status.encrypted'));
  // On disk: no SQLite header, nothing readable.
  const file = readFileSync(path.join(casesDir, 'Sealed.plexus'));
  expect(file.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

  await page.getByRole('button', { name: t('crypt:action.menu') }).click();
  await shot(page, 'crypt-02-encryption-menu');
  await page.getByRole('menuitem', { name: t('crypt:action.change').replace('…', '') }).click();
  const change = page.getByRole('dialog', { name: t('crypt:dialog.changeTitle') });
  await expect(change.getByLabel(t('crypt:field.current'))).toBeFocused();
  await change.getByLabel(t('crypt:field.new'), { exact: true }).fill('short');
  await change.getByLabel(t('crypt:field.repeat')).fill('shirt');
  await shot(page, 'crypt-03-change-passphrase');
  const scan = await new AxeBuilder({ page }).include('.crypt-dialog').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await change.getByRole('button', { name: t('common:cancel') }).click();

  await main.closeCase();
  await start.waitForStart();
  await expect(start.recentCase('Sealed')).toBeVisible();
  await reopenWrongThenRight(page, t, 'Sealed', 'kitsune udon 9', 'crypt-04');
  await shot(page, 'crypt-05-reopened');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('暗号化した事件ファイルを作成し、違うパスフレーズの後に正しいパスフレーズで開く', async ({
    start,
    main,
    t,
  }) => {
    const page = start.page;
    await createEncrypted(page, t, '封印', 'きつねうどん 9 番');
    await shot(page, 'crypt-ja-01-new-case-encrypted');
    await page.getByRole('button', { name: t('start:newCase.create') }).click();
    await start.waitForCase();
    await page.getByRole('button', { name: t('crypt:action.menu') }).click();
    await page.getByRole('menuitem', { name: t('crypt:action.decrypt').replace('…', '') }).click();
    await expect(page.getByRole('dialog', { name: t('crypt:dialog.decryptTitle') })).toBeVisible();
    await shot(page, 'crypt-ja-02-decrypt');
    await page.getByRole('button', { name: t('common:cancel') }).click();
    await main.closeCase();
    await start.waitForStart();
    await reopenWrongThenRight(page, t, '封印', 'きつねうどん 9 番', 'crypt-ja-03');
    await expect(page.getByTestId('case-encrypted')).toHaveText(t('crypt:status.encrypted'));
  });
});
