import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { ChartsPage } from './pages/charts';
import { DataDialogs } from './pages/import-wizard';

/**
 * Files in browser mode, as a person in a browser has them: on their own machine, knowing
 * nothing of the server's folders. Imports upload, exports download.
 */

/** FollowTheMoney lines: a graph format, so the wizard goes straight from preview to matching. */
const ftm = (...people: string[]) =>
  people
    .map((name, i) => JSON.stringify({ id: `p${i}`, schema: 'Person', properties: { name: [name] } }))
    .join('\n') + '\n';

/** Drops a file made in the page on `target`, as the system's file manager would. */
async function dropFile(page: Page, target: Locator, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { name, text },
  );
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

async function importToTheEnd(data: DataDialogs): Promise<void> {
  await data.press('Preview');
  await expect(data.currentStep()).toHaveText(/Preview/);
  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Matching/);
  await data.press('Dry run');
  await expect(data.currentStep()).toHaveText(/Dry run/);
  await data.press('Import');
  await expect(data.currentStep()).toHaveText(/Summary/);
  await data.press('Done');
  await expect(data.wizard()).toBeHidden();
}

const content = async (download: Download) => readFileSync((await download.path())!, 'utf8');

test('Browse uploads a file, shown by its own name, and imports it', async ({ start, main, page }) => {
  const data = new DataDialogs(page);
  await start.createCase('Uploads');
  await data.openImport();
  const wizard = data.wizard();
  await expect(wizard.getByRole('button', { name: 'Browse…' })).toBeVisible();
  await wizard.getByTestId('import-file-input').setInputFiles({
    name: 'people.ftm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(ftm('Ann Upload', 'Bo Upload')),
  });
  await expect(wizard.getByTestId('uploaded-file')).toContainText('people.ftm.json');
  // The server's temporary name is never shown; the path field stays for typed paths.
  await expect(wizard.getByLabel('File path')).toHaveValue('');
  await shot(page, '28-import-uploaded');
  await data.press('Preview');
  // The format comes from the real name (.ftm.json), not the temporary file's.
  await expect(wizard.getByLabel('Format', { exact: true })).toHaveValue('ftm');
  await expect(wizard.getByTestId('preview-entities')).toHaveText('2');
  await data.press('Next');
  await data.press('Dry run');
  await data.press('Import');
  await expect(data.currentStep()).toHaveText(/Summary/);
  await data.press('Done');
  await expect(main.caseCounts()).toHaveText(/^Case: 2 entities/);
  await main.searchFor('Upload');
  await expect(main.results().getByRole('option')).toHaveCount(2);
});

test('an upload shows its progress and can be cancelled', async ({ start, page }) => {
  const data = new DataDialogs(page);
  await start.createCase('Slow');
  // The server never answers: the upload stays under way until cancelled.
  await page.route('**/files/upload?*', () => undefined);
  await data.openImport();
  const wizard = data.wizard();
  await wizard.getByTestId('import-file-input').setInputFiles({
    name: 'big.ftm.json',
    mimeType: 'application/json',
    buffer: Buffer.from(ftm(...Array.from({ length: 2000 }, (_, i) => `Person ${i}`))),
  });
  const status = wizard.getByRole('status', { name: 'Uploading big.ftm.json' });
  await expect(status).toBeVisible();
  await expect(status.getByRole('progressbar')).toBeVisible();
  await shot(page, '28a-import-uploading');
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(status).toBeHidden();
  await expect(wizard.getByTestId('uploaded-file')).toBeHidden();
  await expect(wizard.getByRole('button', { name: 'Preview', exact: true })).toBeDisabled();
});

test('a file dropped on the wizard or on the chart window is uploaded and imported', async ({
  start,
  main,
  page,
}) => {
  const data = new DataDialogs(page);
  await start.createCase('Dropped');
  await data.openImport();
  await dropFile(page, data.wizard().getByTestId('import-drop-zone'), 'first.ftm.json', ftm('Cleo Dropped'));
  await expect(data.wizard().getByTestId('uploaded-file')).toContainText('first.ftm.json');
  await importToTheEnd(data);
  await expect(main.caseCounts()).toHaveText(/^Case: 1 entities|^Case: 1 entity/);

  // Dropped on the chart, a file opens the wizard with itself already uploaded.
  await dropFile(page, main.chart(), 'second.ftm.json', ftm('Dov Dropped', 'Eli Dropped'));
  await expect(data.wizard()).toBeVisible();
  await expect(data.wizard().getByTestId('uploaded-file')).toContainText('second.ftm.json');
  await importToTheEnd(data);
  await expect(main.caseCounts()).toHaveText(/^Case: 3 entities/);
  await main.searchFor('Dropped');
  await expect(main.results().getByRole('option')).toHaveCount(3);
});

test('exports come down as the browser’s own downloads, named after the case', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  const data = new DataDialogs(page);
  await start.createCase('Op Tern');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await data.openExport();
  const dialog = data.exportDialog();
  await expect(dialog.getByRole('radio', { name: 'Download' })).toBeChecked();
  await expect(dialog.getByLabel('File name')).toHaveValue('Op Tern.json');
  await shot(page, '29-export-download');

  const json = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await json).suggestedFilename()).toBe('Op Tern.json');
  expect(await content(await json)).toContain('Wang Wei');
  await expect(dialog.getByRole('list', { name: 'Files downloaded' })).toContainText('Op Tern.json');

  // A CSV pair: two downloads, each with its own name.
  await dialog.getByLabel('Format').selectOption('csv');
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect
    .poll(() => downloads.map((d) => d.suggestedFilename()).sort())
    .toEqual(['Op Tern-entities.csv', 'Op Tern-links.csv']);
  const entities = downloads.find((d) => d.suggestedFilename() === 'Op Tern-entities.csv')!;
  expect(await content(entities)).toContain('Wang Wei');

  // A folder on the server: a missing one is made; one that cannot be is named in plain words.
  await dialog.getByRole('radio', { name: 'Folder on the server' }).click();
  await dialog.getByLabel('File path').fill(path.join(casesDir, 'briefings', 'march', 'tern.json'));
  await dialog.getByLabel('Format').selectOption('json');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('list', { name: 'Files written' })).toContainText(
    'briefings/march/tern.json',
  );
  writeFileSync(path.join(casesDir, 'notes.txt'), 'a file, not a folder');
  await dialog.getByLabel('File path').fill(path.join(casesDir, 'notes.txt', 'tern.json'));
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog).toContainText(
    `The folder ${path.join(casesDir, 'notes.txt')} cannot be created: a file of that name is in the way`,
  );
  await expect(dialog).not.toContainText('ENOENT');
});

test('a chart export downloads as SVG with the chart’s name', async ({ start, main, page }) => {
  await start.createCase('Harbour');
  await main.entityForm.create({ type: 'Person', label: 'Li Minghui' });
  const charts = new ChartsPage(page);
  await charts.menu('Export PDF, SVG, PNG…');
  const dialog = charts.exportDialog();
  await dialog.getByRole('radio', { name: 'SVG' }).click();
  await expect(dialog.getByLabel('File name')).toHaveValue(/\.svg$/);
  await shot(page, '42-chart-export-download');
  const svg = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  expect((await svg).suggestedFilename()).toBe('Harbour.svg');
  expect(await content(await svg)).toContain('Li Minghui');
});
