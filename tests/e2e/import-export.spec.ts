import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';

/**
 * A spreadsheet as analysts get them: a byte-order mark, a quoted comma in a name, a row that
 * appears twice, and a row whose date cannot be read.
 */
const LINK_ROWS_CSV =
  '\uFEFFA type,A,B type,B,Link,Since,Source\r\n' +
  'Person,"Zhang, Wei",Company,Harbour Logistics,EMPLOYED_BY,2019-04,company register\r\n' +
  'Person,"Zhang, Wei",Company,Harbour Logistics,EMPLOYED_BY,2019-04,company register\r\n' +
  'Person,Okafor Adaeze,Company,Harbour Logistics,OFFICER_OF,2021,press\r\n' +
  'Person,Bad Date,Person,Okafor Adaeze,ASSOCIATE_OF,the spring of 2019,tip\r\n';

test('import a link-row CSV through every wizard step, then find what came in', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  writeFileSync(path.join(casesDir, 'ties.csv'), LINK_ROWS_CSV, 'utf8');
  const data = new DataDialogs(page);
  await start.createCase('Harbour');
  await data.openImport();
  const wizard = data.wizard();
  await shot(page, '20-import-file');

  // The cases folder's data files are listed; picking one fills the path.
  await wizard.getByRole('menu', { name: 'Data files in the cases folder' }).getByText('ties.csv').click();
  await expect(wizard.getByLabel('File path')).toHaveValue('ties.csv');
  await data.previewFile('ties.csv');
  const preview = wizard.getByRole('table', { name: 'First rows' });
  await expect(preview.getByRole('columnheader', { name: 'A type' })).toBeVisible();
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview).toContainText('Zhang, Wei');
  await expect(wizard.getByLabel('Format', { exact: true })).toHaveValue('csv');
  await shot(page, '21-import-preview');

  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Mapping/);
  await expect(wizard.getByLabel('The rows are')).toHaveValue('link-rows');
  // A fixed link type that does not fit the fixed ends is flagged beside the control.
  await wizard.getByLabel('Entity A type').selectOption('fixed:Company');
  await wizard.getByLabel('Entity B type').selectOption('fixed:Person');
  await wizard.getByLabel('Link type').selectOption('fixed:EMPLOYED_BY');
  await expect(wizard.getByText('“employed by” runs from Person to Organization or Company')).toBeVisible();
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  await wizard.getByLabel('Entity A type').selectOption('column:A type');
  await wizard.getByLabel('Entity B type').selectOption('column:B type');
  await wizard.getByLabel('Link type').selectOption('column:Link');
  await wizard.getByLabel('Field for column Since').selectOption('link:validFrom');
  await expect(wizard.getByLabel('Field for column Link')).toBeHidden();
  await shot(page, '22-import-mapping');
  await wizard.getByRole('button', { name: 'Save as template…' }).click();
  await expect(page.getByLabel('Template file')).toHaveValue('ties.mapping.json');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(wizard.getByRole('status')).toContainText(/Template saved: .*ties\.mapping\.json/);

  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Matching/);
  await wizard.getByText('By exact label').click();
  await expect(wizard.getByRole('radio', { name: /By exact label/ })).toBeChecked();
  await shot(page, '23-import-matching');

  await data.press('Dry run');
  await expect(data.currentStep()).toHaveText(/Dry run/);
  await expect(data.count('dry-run', 'rows')).toHaveText('4');
  await expect(data.count('dry-run', 'rejected')).toHaveText('1');
  await expect(data.rejectedTable()).toContainText('line 5');
  await expect(main.caseCounts()).toHaveText('Case: 0 entities · 0 links');
  await shot(page, '24-import-dry-run');

  const created = await data.count('dry-run', 'entities').textContent();
  await data.press('Import');
  await expect(data.currentStep()).toHaveText(/Summary/);
  await expect(data.count('imported', 'entities')).toHaveText(created ?? '');
  await expect(wizard.getByRole('button', { name: 'Back' })).toBeHidden();
  await expect(data.rejectedTable()).toContainText('line 5');
  await expect(wizard.getByRole('status').filter({ hasText: 'Imported into the case' })).toBeVisible();
  await shot(page, '25-import-summary');

  // The rejected rows come down as a CSV the analyst can fix and bring back.
  const download = page.waitForEvent('download');
  await wizard.getByRole('button', { name: 'Save rejected rows…' }).click();
  expect((await download).suggestedFilename()).toBe('ties-rejected.csv');

  await data.press('Done');
  await expect(wizard).toBeHidden();
  await expect(main.caseCounts()).toHaveText(new RegExp(`^Case: ${created} entities`));
  await main.searchFor('Zhang');
  await expect(main.results().getByRole('option').first()).toContainText('Zhang, Wei');
});

test('a graph file skips the mapping; export to CSV and JSON lists the files written', async ({
  start,
  main,
  page,
}) => {
  const data = new DataDialogs(page);
  await start.createCase('Outbound');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');

  await data.openExport();
  const dialog = data.exportDialog();
  // Browser mode downloads by default (browser-files.spec.ts); this test writes to the cases folder.
  await dialog.getByRole('radio', { name: 'Folder on the server' }).click();
  await expect(dialog.getByLabel('File path')).toHaveValue(/Outbound\.json$/);
  await dialog.getByLabel('Format').selectOption('csv');
  await expect(dialog.getByTestId('export-format-note')).toHaveText(
    'Writes an entity file and a link file, safe to open in Excel.',
  );
  const csvFiles = await data.exportAs('csv');
  expect(csvFiles).toHaveLength(2);
  expect(csvFiles.join(' ')).toMatch(/Outbound-entities\.csv.*Outbound-links\.csv/);
  await shot(page, '26-export-csv');
  const jsonFiles = await data.exportAs('json');
  expect(jsonFiles).toEqual([expect.stringMatching(/Outbound\.json$/)]);
  await page.keyboard.press('Escape');

  // The JSON just written comes back in as a graph file: counts, no mapping step.
  await page.keyboard.press('Control+i');
  await expect(data.wizard()).toBeVisible();
  await data.previewFile('Outbound.json');
  await expect(data.wizard().getByTestId('preview-entities')).toHaveText('2');
  await expect(data.wizard().getByTestId('preview-links')).toHaveText('1');
  await shot(page, '27-import-graph-preview');
  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Matching/);
  await expect(data.wizard().getByRole('navigation', { name: 'Import steps' })).not.toContainText('Mapping');
});
