import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/** The first font of the body, and whether the browser has Noto Sans JP loaded for kana and kanji. */
async function fontFacts(page: Page) {
  return page.evaluate(async () => {
    await document.fonts.ready;
    return {
      lang: document.documentElement.lang,
      first: getComputedStyle(document.body).fontFamily.split(',')[0]?.trim().replace(/["']/g, ''),
      jp: document.fonts.check('13px "Noto Sans JP"', '事件を開く'),
    };
  });
}

test('an English browser gets the English UI, <html lang="en">', async ({ start }) => {
  await expect(start.page.getByRole('button', { name: 'Open demo case' })).toBeVisible();
  expect((await fontFacts(start.page)).lang).toBe('en');
  await shot(start.page, 'i18n-start-en');
  await start.openDemo();
  await expect(start.page.getByRole('button', { name: 'New entity' })).toBeVisible();
  await shot(start.page, 'i18n-main-en');
});

test.describe('a Japanese browser', () => {
  test.use({ locale: 'ja-JP' });

  test('gets the Japanese UI in Noto Sans JP, switches to English without a restart and keeps it', async ({
    start,
  }) => {
    const { page } = start;
    await expect(page.getByRole('button', { name: 'デモ事件を開く' })).toBeVisible();
    expect(await fontFacts(page)).toEqual({ lang: 'ja', first: 'Noto Sans JP', jp: true });
    await shot(page, 'i18n-start-ja');

    await page.getByRole('button', { name: 'デモ事件を開く' }).click();
    await start.waitForCase();
    await expect(page.getByRole('button', { name: '新規エンティティ' })).toBeVisible();
    await expect(page.getByTestId('case-counts')).toContainText('事件：エンティティ');
    await shot(page, 'i18n-main-ja');

    // A toast closes with a button named in Japanese too (Blueprint's own is always "Close").
    await page.keyboard.press('Control+s');
    const toast = page.locator('.bp6-toast');
    await expect(toast).toBeVisible();
    await expect(page.locator('.bp6-toast-enter-done')).toBeVisible();
    await shot(page, 'i18n-toast-ja');
    await toast.getByRole('button', { name: '閉じる' }).click();
    await expect(toast).toBeHidden();

    await page.getByRole('button', { name: 'Language / 言語' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'New entity' })).toBeVisible();
    expect((await fontFacts(page)).lang).toBe('en');

    await page.reload();
    await expect(
      page
        .getByRole('button', { name: 'New entity' })
        .or(page.getByRole('button', { name: 'Open demo case' })),
    ).toBeVisible();
    expect((await fontFacts(page)).lang).toBe('en');
  });
});
