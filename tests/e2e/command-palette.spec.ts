import AxeBuilder from '@axe-core/playwright';
import { expect, shot, test } from './fixtures';

/** Ctrl+Shift+P: every action by name, filtered as typed, Enter runs it (issue 13). */
test('the command palette finds "New entity" as typed and opens it with the focus in its first field', async ({
  start,
  main,
}) => {
  const { page } = start;
  await start.openDemo();
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Command' });
  await expect(input).toBeFocused();
  await expect(palette.getByRole('option')).toContainText([
    'New entity',
    'New link',
    'Layout: Force-directed',
  ]);
  const scan = await new AxeBuilder({ page }).include('.command-palette').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  await input.pressSequentially('new ent');
  await expect(palette.getByRole('option')).toHaveText(['New entity']);
  await shot(page, 'keys-palette-en');
  await input.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'New entity' });
  await expect(dialog).toBeVisible();
  await expect(palette).toBeHidden();
  await expect(dialog.getByRole('radio', { name: 'Person', checked: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // N and L, outside text fields, open the two New dialogs directly.
  await page.keyboard.press('l');
  const linkDialog = page.getByRole('dialog', { name: 'New link' });
  await expect(linkDialog).toBeVisible();
  // New link may open with its entity picker's list showing, which takes the first Escape;
  // N is ignored while a dialog is open, so New link must be gone before N is pressed.
  await expect(async () => {
    await page.keyboard.press('Escape');
    await expect(linkDialog).toBeHidden({ timeout: 1000 });
  }).toPass();
  await page.keyboard.press('n');
  await expect(dialog.getByRole('radio', { name: 'Person', checked: true })).toBeFocused();
  await page.keyboard.press('Escape');

  // The type last created is the one New entity starts on next time, after a reload too.
  await main.entityForm.create({ type: 'Organization', label: 'Kestrel Freight' });
  await page.reload();
  await start.waitForCase();
  await page.getByRole('button', { name: 'New entity' }).click();
  await expect(dialog.getByRole('radio', { name: 'Organization', checked: true })).toBeFocused();
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+P');
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('names the actions in Japanese', async ({ start }) => {
    const { page } = start;
    // The demo's starting chart is on screen: exporting it is possible, so the palette lists it.
    await start.openDemo();
    await page.keyboard.press('Control+Shift+P');
    const palette = page.getByRole('dialog', { name: 'コマンドパレット' });
    await palette.getByRole('combobox', { name: 'コマンド' }).fill('書き出し');
    // The two exports by distinct names (one action table for the toolbar, menus, keys and palette).
    await expect(palette.getByRole('option')).toHaveText([
      'チャートを PDF・SVG・PNG に書き出し',
      'データの書き出し',
    ]);
    await shot(page, 'keys-palette-ja');
  });
});

/** The one action table: the palette's names and the toolbar menus' words, in both languages. */
for (const language of ['en', 'ja'] as const) {
  test.describe(`the action table in ${language}`, () => {
    test.use({ locale: language === 'ja' ? 'ja-JP' : 'en-US' });

    test('names layouts, transfer and both exports apart, and the menus show the same items', async ({
      start,
      t,
    }) => {
      const { page } = start;
      await start.openDemo();
      await page.keyboard.press('Control+Shift+P');
      const palette = page.getByRole('dialog', { name: t('app:palette.title') });
      await palette.getByRole('combobox', { name: t('app:palette.label') }).fill(t('main:toolbar.layout'));
      await expect(palette.getByRole('option').first()).toHaveText(
        t('actions:name.layout', { layout: t('main:layoutName.force') }),
      );
      await shot(page, `ja13-palette-layouts-${language}`);
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();

      await page.getByRole('button', { name: t('main:toolbar.data'), exact: true }).click();
      const data = page.getByRole('menu', { name: t('main:toolbar.data') });
      await expect(data.getByRole('menuitem')).toHaveText([
        new RegExp(t('main:toolbar.import')),
        t('main:toolbar.export'),
      ]);
      await shot(page, `ja13-data-menu-${language}`);
      await page.keyboard.press('Escape');
      await page.getByTestId('chart-menu').click();
      await expect(page.getByRole('menu', { name: t('charts:menu.title') })).toBeVisible();
      await shot(page, `ja13-chart-menu-${language}`);
      await page.keyboard.press('Escape');

      // The chart's own menu offers the same layouts, from the same table.
      await page.locator('.chart-canvas').click({ button: 'right', position: { x: 8, y: 8 } });
      const menu = page
        .locator('.bp6-context-menu-popover')
        .getByRole('menu', { name: t('chart:menu.chart') });
      await menu.getByRole('menuitem', { name: t('main:layoutName.grid'), exact: true }).click();
      await expect(menu).toBeHidden();
      await expect(page.locator('html[data-plexus-layout="idle"]')).toBeAttached({ timeout: 15_000 });
    });
  });
}
