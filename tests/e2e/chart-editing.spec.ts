import { expect, shot, test } from './fixtures';
import { ChartEditing } from './pages/chart-editing';

test('a link drawn by dragging from one entity to another: the dialog has both ends and only the types allowed', async ({
  start,
  main,
  page,
}) => {
  const chart = new ChartEditing(page);
  await start.createCase('Drawing');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await expect(main.chartCounts()).toHaveText('Chart: 2 entities · 0 links');

  // Dropped on empty canvas: nothing happens.
  const box = (await main.chart().boundingBox())!;
  await chart.startLink('Wang Wei', { x: box.x + 8, y: box.y + box.height - 8 });
  await page.mouse.up();
  await expect(main.linkForm.dialog()).toBeHidden();

  // Escape mid-drag cancels, even over the other entity.
  await chart.startLink('Wang Wei', 'Acme Trading');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  await expect(main.linkForm.dialog()).toBeHidden();

  await chart.startLink('Wang Wei', 'Acme Trading');
  await expect(page.locator('.link-draft-target')).toBeVisible();
  await shot(page, 'h7-link-handle-drag');
  await page.mouse.up();

  const dialog = main.linkForm.dialog();
  await expect(dialog).toBeVisible();
  // Both ends picked already (a picked end shows as a tag with its Clear button).
  await expect(dialog.locator('#new-link-source')).toContainText('Wang Wei');
  await expect(dialog.getByRole('button', { name: 'Clear From entity' })).toBeVisible();
  await expect(dialog.locator('#new-link-target')).toContainText('Acme Trading');
  await expect(dialog.getByRole('button', { name: 'Clear To entity' })).toBeVisible();
  const types = dialog.getByLabel('Link type');
  const offered = await types
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  // Person → Company: what the schema allows, and the generic link last; never Person-only types.
  expect(offered).toContain('EMPLOYED_BY');
  expect(offered).not.toContain('FAMILY_OF');
  expect(offered).not.toContain('TRAVELED_TO');
  expect(offered.at(-1)).toBe('LINKED_TO');
  // No link exists until the dialog is confirmed.
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 0 links');
  await types.selectOption('EMPLOYED_BY');
  await shot(page, 'h7-new-link-from-drag');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  await expect(dialog).toBeHidden();

  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');
  await expect(main.chartCounts()).toHaveText('Chart: 2 entities · 1 link');
  const title = main.inspector().locator('.inspector-title');
  await expect(title).toContainText('employed by');
  await expect(title).toContainText('Wang Wei → Acme Trading');
});

test('several entities edited at once: one Apply writes all, one Ctrl+Z restores all', async ({
  start,
  main,
  page,
}) => {
  await start.createCase('Many');
  for (const label of ['Ann Holm', 'Bo Lin', 'Cai Yu'])
    await main.entityForm.create({ type: 'Person', label });
  // Bo Lin differs from the others, so confidence shows as mixed.
  await main.addFromSearch('Bo Lin', 'Bo Lin');
  await main.inspector().getByLabel('Confidence').selectOption('doubtful');
  await main.inspector().getByRole('button', { name: 'Save' }).click();
  await expect(main.inspector().getByLabel('Confidence')).toHaveValue('doubtful');

  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  const form = main.inspector().getByRole('form', { name: 'Edit 3 entities' });
  await expect(form).toBeVisible();
  const confidence = form.getByLabel('Confidence');
  await expect(confidence.locator('option:checked')).toHaveText('— mixed —');
  await expect(form.getByLabel('Classification')).toHaveValue('UNCLASSIFIED');
  await confidence.selectOption('confirmed');
  await form.getByLabel('Nationality').fill('CN');
  await expect(form).toContainText('2 fields changed');
  await shot(page, 'h7-multi-edit');
  await form.getByRole('button', { name: 'Apply to 3 items' }).click();
  await expect(form).toContainText('No changes');

  const confidenceOf = async (label: string) => {
    await main.addFromSearch(label, label);
    return main.inspector().getByLabel('Confidence');
  };
  for (const label of ['Ann Holm', 'Bo Lin', 'Cai Yu']) {
    await expect(await confidenceOf(label)).toHaveValue('confirmed');
    await expect(main.inspector().getByLabel('Nationality')).toHaveValue('CN');
  }

  await page.keyboard.press('Escape');
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(await confidenceOf('Bo Lin')).toHaveValue('doubtful');
  await expect(await confidenceOf('Ann Holm')).toHaveValue('probable');
  await expect(main.inspector().getByLabel('Nationality')).toHaveValue('');
  await expect(await confidenceOf('Cai Yu')).toHaveValue('probable');
});

test('Delete takes items off the chart only; Delete from case… asks, then deletes from the case', async ({
  start,
  main,
  page,
}) => {
  await start.createCase('Deleting');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');

  await main.addFromSearch('Wang Wei', 'Wang Wei');
  await main.chart().focus();
  await page.keyboard.press('Delete');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  // Found again, it comes back with its link: it never left the case.
  await main.addFromSearch('Wang Wei', 'Wang Wei');
  await expect(main.chartCounts()).toHaveText('Chart: 2 entities · 1 link');

  await main.inspector().getByRole('button', { name: 'Delete from case…' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete 1 entity from the case?');
  await expect(confirm).toContainText('1 more link on this chart');
  // Settled, not fading in, for the picture.
  await expect(page.locator('.bp6-overlay-enter-done .bp6-alert')).toBeVisible();
  await shot(page, 'h7-delete-from-case');
  await confirm.getByRole('button', { name: 'Delete from case' }).click();
  await expect(main.caseCounts()).toHaveText('Case: 1 entity · 0 links');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  await page.keyboard.press('Control+z');
  await expect(main.caseCounts()).toHaveText('Case: 2 entities · 1 link');
  await expect(main.chartCounts()).toHaveText('Chart: 2 entities · 1 link');
});
