import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';
import type { MainPage } from './pages/main-page';

/** Drags the node at (x, y) by (dx, dy); answers where it lands. */
async function dragNode(
  main: MainPage,
  { x, y }: { x: number; y: number },
  dx: number,
  dy: number,
): Promise<{ x: number; y: number }> {
  await main.page.mouse.move(x, y);
  await main.page.mouse.down();
  await main.page.mouse.move(x + dx, y + dy, { steps: 8 });
  await main.page.mouse.up();
  return { x: x + dx, y: y + dy };
}

/** The entity menu opens at (x, y): a node is drawn there. */
async function nodeAt(main: MainPage, at: { x: number; y: number }): Promise<void> {
  await expect(async () => {
    await main.page.keyboard.press('Escape');
    await main.page.mouse.click(at.x, at.y, { button: 'right' });
    await expect(main.contextMenu().getByRole('menuitem', { name: 'Expand with filters…' })).toBeVisible({
      timeout: 500,
    });
  }).toPass({ timeout: 10_000 });
  await main.page.keyboard.press('Escape');
}

test('closing a case with unsaved chart work asks Save / Discard / Cancel; Save keeps it as left', async ({
  start,
  main,
  page,
}) => {
  const charts = new ChartsPage(page);
  await start.createCase('Tern');
  await main.entityForm.create({ type: 'Person', label: 'Ann Holm' });
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  // Cancel (Escape) stays; the safe choice, Save, has the focus.
  await main.closeCaseButton().click();
  const asked = main.unsavedDialog();
  await expect(asked).toContainText('This chart has not been saved.');
  await expect(asked.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.waitForTimeout(300); // the dialog's fade-in, for a clean picture
  await shot(page, '50-unsaved-work-dialog');
  await page.keyboard.press('Escape');
  await expect(asked).toBeHidden();
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  // Save (Enter) on a chart never saved asks its name, then closes the case.
  await main.closeCaseButton().click();
  await expect(asked.getByRole('button', { name: 'Save' })).toBeFocused();
  await page.keyboard.press('Enter');
  await charts.prompt('Save chart as', 'Board', 'Save');
  await start.waitForStart();

  // Reopened: the chart last open, as left. A node dragged, then Close case → Save.
  await start.openRecent('Tern');
  await expect(charts.menuButton()).toHaveText('Board');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');
  await nodeAt(main, await main.chartCentre());
  const moved = await dragNode(main, await main.chartCentre(), 140, 70);
  await expect(charts.menuButton()).toHaveText('Board •');
  await main.closeCaseButton().click();
  await expect(asked).toContainText('Chart “Board” has changes that are not saved.');
  await asked.getByRole('button', { name: 'Save' }).click();
  await start.waitForStart();
  await start.openRecent('Tern');
  await expect(charts.menuButton()).toHaveText('Board');
  await nodeAt(main, moved);

  // Discard: drag again, close without saving; the reopened chart is the saved one.
  await dragNode(main, moved, -300, -150);
  await main.closeCaseButton().click();
  await asked.getByRole('button', { name: 'Discard' }).click();
  await start.waitForStart();
  await start.openRecent('Tern');
  await expect(charts.menuButton()).toHaveText('Board');
  await nodeAt(main, moved);
});

test('New chart and Open chart ask before dropping changes; the demo opens on its starting chart', async ({
  start,
  main,
  page,
}) => {
  const charts = new ChartsPage(page);
  await start.openDemo();
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities · \d+ links · 1 note$/);
  // Untouched: a new chart needs no question.
  await charts.menu('New chart');
  await expect(main.chartCounts()).toHaveText('Chart: 0 entities · 0 links');
  await charts.openSaved('The Lanxin network');

  await main.runLayout('Grid');
  await expect(charts.menuButton()).toHaveText('The Lanxin network •');
  await charts.menu('New chart');
  await expect(main.unsavedDialog()).toContainText('Save before you start a new chart');
  await main.unsavedDialog().getByRole('button', { name: 'Cancel' }).click();
  await expect(charts.menuButton()).toHaveText('The Lanxin network •');

  await charts.menu('Open chart…');
  await page
    .getByRole('dialog', { name: 'Charts' })
    .getByRole('button', { name: 'The Lanxin network', exact: true })
    .click();
  await expect(main.unsavedDialog()).toContainText('Save before you open “The Lanxin network”');
  await main.discardChanges();
  await expect(charts.menuButton()).toHaveText('The Lanxin network');
});

test('inspector edits are kept per item while looking elsewhere; Ctrl+S in a field saves the item', async ({
  start,
  main,
  page,
}) => {
  await start.createCase('Drafts');
  await main.entityForm.create({ type: 'Person', label: 'Ann Holm' });
  await main.entityForm.create({ type: 'Person', label: 'Bo Lind' });
  const inspector = main.inspector();

  await main.addFromSearch('Ann Holm', 'Ann Holm');
  await inspector.getByLabel('Notes').fill('Met Bo in Vienna, May 2023');
  await expect(inspector.getByText('Unsaved edits')).toBeVisible();

  // Another item, then back: the draft is still there, marked.
  await main.addFromSearch('Bo Lind', 'Bo Lind');
  await expect(inspector.getByText('Unsaved edits')).toBeHidden();
  await main.addFromSearch('Ann Holm', 'Ann Holm');
  await expect(inspector.getByLabel('Notes')).toHaveValue('Met Bo in Vienna, May 2023');
  await expect(inspector.getByText('Unsaved edits')).toBeVisible();
  await shot(page, '51-inspector-draft-kept');

  // Closing the case names the held edit.
  await main.closeCaseButton().click();
  await expect(main.unsavedDialog()).toContainText('Unsaved edits to “Ann Holm”');
  await page.keyboard.press('Escape');

  // Ctrl+S in the field saves the item (not the chart, not the page).
  await inspector.getByLabel('Notes').press('Control+s');
  await expect(inspector.getByText('Unsaved edits')).toBeHidden();
  await expect(page.getByRole('dialog', { name: 'Save chart as' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();

  // Ctrl+Enter too; then the case holds both edits after a reload.
  await inspector.getByLabel('Label').fill('Ann Holm-Berg');
  await inspector.getByLabel('Label').press('Control+Enter');
  await expect(inspector.getByRole('form')).toHaveAccessibleName('Edit Ann Holm-Berg');
  await main.closeCase();
  await start.openRecent('Drafts');
  await main.addFromSearch('Holm-Berg', 'Ann Holm-Berg');
  await expect(inspector.getByLabel('Notes')).toHaveValue('Met Bo in Vienna, May 2023');
});

test('no Ctrl shortcut reaches the browser, even in a field or a dialog', async ({ start, main, page }) => {
  await start.createCase('Keys');
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    // Registered after the app's own handler: sees whether the browser default was stopped.
    window.addEventListener('keydown', (e) => {
      if (e.ctrlKey && e.key.length === 1) seen.push(`${e.key}:${e.defaultPrevented}`);
    });
  });
  await main.search().focus();
  for (const key of ['s', 'p', 'o']) await page.keyboard.press(`Control+${key}`);
  await page.getByRole('button', { name: 'New entity' }).click();
  await main.entityForm.dialog().getByLabel('Label').press('Control+s');
  await main.entityForm.dialog().getByLabel('Label').press('Control+p');
  const seen = await page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);
  expect(seen).toEqual(['s:true', 'p:true', 'o:true', 's:true', 'p:true']);
});

test('closing the tab with unsaved chart work asks the browser to confirm', async ({ start, main, page }) => {
  await start.createCase('Leaving');
  await main.entityForm.create({ type: 'Person', label: 'Ann Holm' });
  const asked = new Promise<string>((resolve) => {
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    });
  });
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe('beforeunload');
  // Staying: the page and its chart are still there.
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');
});

test('a reload, and reopening the case, show the chart last open', async ({ start, main, page }) => {
  const charts = new ChartsPage(page);
  await start.createCase('Lastly');
  await main.entityForm.create({ type: 'Person', label: 'Ann Holm' });
  await page.keyboard.press('Control+s');
  await charts.prompt('Save chart as', 'First', 'Save');
  await main.entityForm.create({ type: 'Person', label: 'Bo Lind' });
  await page.keyboard.press('Control+Shift+s');
  await charts.prompt('Save chart as', 'Second', 'Save');
  await charts.openSaved('First');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  await page.reload();
  await start.waitForCase();
  await expect(charts.menuButton()).toHaveText('First');
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');

  await main.closeCase();
  await start.openRecent('Lastly');
  await expect(charts.menuButton()).toHaveText('First');
});
