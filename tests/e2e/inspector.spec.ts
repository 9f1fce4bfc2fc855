import { expect, shot, test } from './fixtures';

test('the inspector shows a bad date next to its field and saves nothing', async ({ start, main, page }) => {
  await start.createCase('Dates');
  await main.entityForm.create({ type: 'Person', label: 'Sato Haruki' });
  const inspector = main.inspector();
  await expect(inspector.getByRole('form', { name: 'Edit Sato Haruki' })).toBeVisible();

  await inspector.getByLabel('Valid from').fill('2019-13');
  await inspector.getByRole('button', { name: 'Save' }).click();

  const field = inspector.locator('.bp6-form-group', { has: page.getByLabel('Valid from') });
  await expect(field.locator('.bp6-form-helper-text')).toContainText('YYYY, YYYY-MM or YYYY-MM-DD');
  await expect(inspector.getByLabel('Valid from')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, '06-inspector-validation');

  await inspector.getByRole('button', { name: 'Revert' }).click();
  await expect(inspector.getByLabel('Valid from')).toHaveValue('');
  await expect(main.page.getByRole('button', { name: 'Undo' })).toBeEnabled();
});

test('keyboard: ? lists the shortcuts, Escape closes them', async ({ start, page }) => {
  await start.createCase('Keys');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Ctrl+Shift+Z or Ctrl+Y');
  // Escape closes the overlay that holds the focus; the focus moves in once it has opened.
  await page.waitForFunction(() => document.activeElement?.closest('.bp6-overlay') != null);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('combobox', { name: 'Search entities' })).toBeFocused();
});
