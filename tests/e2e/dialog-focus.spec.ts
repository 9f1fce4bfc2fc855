import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every dialog opens with the keyboard in its first field (issue 13): one mechanism
 * (ui/Dialog.tsx) for all of them. Each dialog is opened by its name in the command palette
 * (the one action table), so the palette's names are checked on the way.
 */

/** Where the keyboard is: inside which dialog, and whether it is a field one can type or choose in. */
async function focusOf(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    // A dialog without a field holds the keyboard on its container (Escape, scrolling).
    const dialog = el?.closest('[role="dialog"], .bp6-dialog-container');
    return {
      dialog: dialog ? (dialog.querySelector('.bp6-heading')?.textContent ?? '') : null,
      field: el?.matches('input, select, textarea, [role="combobox"], [role="radio"]') ?? false,
      button: el?.tagName === 'BUTTON',
    };
  });
}

async function openByPalette(page: Page, name: string): Promise<Locator> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox', { name: 'Command' }).fill(name);
  await expect(palette.getByRole('option').first()).toHaveText(name);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  const dialog = page.locator('.bp6-overlay-enter-done .bp6-dialog');
  await expect(dialog).toHaveCount(1);
  return dialog;
}

/** The dialogs with a field, by their palette name, and the focused field's accessible name. */
const WITH_FIELDS: readonly [string, RegExp][] = [
  ['New entity', /^Person$/],
  ['New link', /^From entity$/],
  ['Import data', /File path/],
  ['Export data', /.+/],
  ['Take offline', /.+/],
  ['Publish a case file', /.+/],
  ['Export chart as PDF, SVG, PNG', /.+/],
  ['Style and legend', /Colour by/],
  ['Save chart as', /.+/],
  ['Add note', /.+/],
];

test('every dialog opens with the keyboard in its first field', async ({ start }) => {
  test.setTimeout(120_000);
  const { page } = start;
  await start.openDemo();
  for (const [name, field] of WITH_FIELDS) {
    const dialog = await openByPalette(page, name);
    await expect
      .poll(async () => (await focusOf(page)).field, { message: `${name}: a field has the focus` })
      .toBe(true);
    // The field is the dialog's first, or the one the dialog itself starts on (Take offline
    // starts on the copy's name, its hops having a sensible default).
    const focused = dialog.locator('*:focus');
    await expect(focused, name).toHaveAccessibleName(field);
    // Escape in an entity picker closes its list first: the dialog's own Close button.
    await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(dialog).toBeHidden();
  }

  // Dialogs without a field still hold the keyboard: the shortcut sheet, Open chart.
  for (const name of ['Keyboard shortcuts', 'Open chart']) {
    const dialog = await openByPalette(page, name);
    await expect.poll(async () => (await focusOf(page)).dialog !== null, { message: name }).toBe(true);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('a new connection starts in its first field', async ({ start }) => {
  const { page } = start;
  await page.getByRole('button', { name: /New connection/ }).click();
  const dialog = page.locator('.bp6-overlay-enter-done .bp6-dialog');
  await expect(dialog.locator('input').first()).toBeFocused();
});
