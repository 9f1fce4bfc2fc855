import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';

/** Rows enough that the import is still running when Cancel is pressed. */
const ROWS = 300_000;

function bigLinkCsv(): string {
  const lines = ['source,target'];
  for (let i = 0; i < ROWS; i += 1) lines.push(`Person ${i},Person ${i + 1}`);
  return `${lines.join('\n')}\n`;
}

test('cancelling a running import leaves the case unchanged, and says so calmly', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  test.setTimeout(120_000);
  writeFileSync(path.join(casesDir, 'big.csv'), bigLinkCsv(), 'utf8');
  const data = new DataDialogs(page);
  await start.createCase('Large');
  await data.openImport();
  await data.previewFile('big.csv');
  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Mapping/);
  await expect(data.wizard().getByLabel('The rows are')).toHaveValue('links');
  await data.press('Next');
  await data.press('Dry run');
  await expect(data.count('dry-run', 'rows')).toHaveText(ROWS.toLocaleString('en-US'), { timeout: 60_000 });

  await data.press('Import');
  const cancel = data.wizard().getByRole('button', { name: 'Cancel import' });
  await expect(cancel).toBeVisible();
  await shot(page, '28-import-progress');
  await cancel.click();
  await expect(data.wizard().getByText('Import cancelled: the case is unchanged.')).toBeVisible({
    timeout: 60_000,
  });
  await shot(page, '29-import-cancelled');
  await expect(main.caseCounts()).toHaveText('Case: 0 entities · 0 links');
});
