import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';
import { typeLabel, type Words } from './words';

/** "Case: 0 entities · 0 links" in the browser's language. */
function caseCounts(t: Words, entities: number, links: number): string {
  const part = (key: string, n: number) => t(`main:status.${key}`, { count: n, formatted: String(n) });
  return t('main:status.case', {
    counts: [part('entities', entities), part('links', links)].join(t('main:status.separator')),
  });
}

/** A sentence's words before its first placeholder: what stays the same whatever fills it. */
function opening(t: Words, key: string, values: Record<string, string | number> = {}): string {
  const text = t(key, { count: 2, ...values });
  const at = text.indexOf('\u0001');
  return at < 0 ? text : text.slice(0, at);
}

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

/** A main flow: runs in English and in Japanese (playwright.config.ts), controls by catalogue name. */
test('import a link-row CSV through every wizard step, then find what came in', async ({
  start,
  main,
  page,
  casesDir,
  t,
  locale,
}) => {
  const suffix = locale?.startsWith('ja') ? '-ja' : '';
  writeFileSync(path.join(casesDir, 'ties.csv'), LINK_ROWS_CSV, 'utf8');
  const data = new DataDialogs(page, t);
  await start.createCase('Harbour');
  await data.openImport();
  const wizard = data.wizard();
  await shot(page, `20-import-file${suffix}`);

  // The cases folder's data files are listed; picking one fills the path.
  await wizard
    .getByRole('menu', { name: t('import:file.casesFolderFiles') })
    .getByText('ties.csv')
    .click();
  await expect(wizard.getByLabel(t('import:file.path'))).toHaveValue('ties.csv');
  await data.previewFile('ties.csv');
  const preview = wizard.getByRole('table', { name: t('import:preview.firstRows') });
  await expect(preview.getByRole('columnheader', { name: 'A type' })).toBeVisible();
  await expect(preview.getByRole('row')).toHaveCount(5);
  await expect(preview).toContainText('Zhang, Wei');
  await expect(wizard.getByLabel(t('import:file.format'), { exact: true })).toHaveValue('csv');
  await shot(page, `21-import-preview${suffix}`);

  await data.press('next');
  await expect(data.currentStep()).toContainText(t('import:step.mapping'));
  await expect(wizard.getByLabel(t('import:mapping.shape'))).toHaveValue('link-rows');
  // A fixed link type that does not fit the fixed ends is flagged beside the control.
  const endType = (end: 'source' | 'target') => t('import:role.type', { name: t(`import:group.${end}`) });
  const linkType = wizard.getByLabel(t('import:mapping.linkType'), { exact: true });
  await wizard.getByLabel(endType('source')).selectOption('fixed:Company');
  await wizard.getByLabel(endType('target')).selectOption('fixed:Person');
  await linkType.selectOption('fixed:EMPLOYED_BY');
  const doesNotFit = opening(t, 'import:check.endpoints', {
    link: typeLabel(t, 'EMPLOYED_BY'),
    allowedFrom: '\u0001',
  });
  await expect(wizard.getByText(doesNotFit)).toBeVisible();
  await expect(wizard.getByRole('button', { name: t('import:action.next'), exact: true })).toBeDisabled();
  await wizard.getByLabel(endType('source')).selectOption('column:A type');
  await wizard.getByLabel(endType('target')).selectOption('column:B type');
  await linkType.selectOption('column:Link');
  await wizard.getByLabel(t('import:columns.fieldFor', { column: 'Since' })).selectOption('link:validFrom');
  await expect(wizard.getByLabel(t('import:columns.fieldFor', { column: 'Link' }))).toBeHidden();
  await shot(page, `22-import-mapping${suffix}`);
  await wizard.getByRole('button', { name: t('import:template.saveAs') }).click();
  await expect(page.getByLabel(t('import:template.file'))).toHaveValue('ties.mapping.json');
  await page.getByRole('button', { name: t('import:template.save'), exact: true }).click();
  await expect(wizard.getByRole('status')).toContainText(
    opening(t, 'import:mapping.saved', { path: '\u0001' }),
  );
  await expect(wizard.getByRole('status')).toContainText('ties.mapping.json');

  await data.press('next');
  await expect(data.currentStep()).toContainText(t('import:step.match'));
  await wizard.getByText(t('import:match.label')).click();
  await expect(wizard.getByRole('radio', { name: t('import:match.label') })).toBeChecked();
  await shot(page, `23-import-matching${suffix}`);

  await data.press('dryRun');
  await expect(data.currentStep()).toContainText(t('import:step.dryRun'));
  await expect(data.count('dry-run', 'rows')).toHaveText('4');
  await expect(data.count('dry-run', 'rejected')).toHaveText('1');
  const line5 = t('import:rejected.line', { line: 5 });
  await expect(data.rejectedTable()).toContainText(line5);
  await expect(main.caseCounts()).toHaveText(caseCounts(t, 0, 0));
  await shot(page, `24-import-dry-run${suffix}`);

  const created = await data.count('dry-run', 'entities').textContent();
  await data.press('import');
  await expect(data.currentStep()).toContainText(t('import:step.summary'));
  await expect(data.count('imported', 'entities')).toHaveText(created ?? '');
  await expect(wizard.getByRole('button', { name: t('import:back') })).toBeHidden();
  await expect(data.rejectedTable()).toContainText(line5);
  const imported = opening(t, 'import:importedInto', { entities: '\u0001' });
  await expect(wizard.getByRole('status').filter({ hasText: imported })).toBeVisible();
  await shot(page, `25-import-summary${suffix}`);

  // The rejected rows come down as a CSV the analyst can fix and bring back.
  const download = page.waitForEvent('download');
  await wizard.getByRole('button', { name: t('import:report.saveRejected') }).click();
  expect((await download).suggestedFilename()).toBe('ties-rejected.csv');

  await data.press('done');
  await expect(wizard).toBeHidden();
  await expect(main.caseCounts()).toContainText(
    t('main:status.entities', { count: Number(created), formatted: created ?? '' }),
  );
  await main.searchFor('Zhang');
  await expect(main.results().getByRole('option').first()).toContainText('Zhang, Wei');
});

test('a graph file skips the mapping; export to CSV and JSON lists the files written', async ({
  start,
  main,
  page,
  t,
  locale,
}) => {
  const suffix = locale?.startsWith('ja') ? '-ja' : '';
  const data = new DataDialogs(page, t);
  await start.createCase('Outbound');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');

  await data.openExport();
  const dialog = data.exportDialog();
  // Browser mode downloads by default (browser-files.spec.ts); this test writes to the cases folder.
  await dialog.getByRole('radio', { name: t('files:serverFolder') }).click();
  await expect(dialog.getByLabel(t('files:filePath'))).toHaveValue(/Outbound\.json$/);
  await dialog.getByLabel(t('export:format')).selectOption('csv');
  await expect(dialog.getByTestId('export-format-note')).toHaveText(t('export:notes.csv'));
  const csvFiles = await data.exportAs('csv');
  expect(csvFiles).toHaveLength(2);
  expect(csvFiles.join(' ')).toMatch(/Outbound-entities\.csv.*Outbound-links\.csv/);
  await shot(page, `26-export-csv${suffix}`);
  const jsonFiles = await data.exportAs('json');
  expect(jsonFiles).toEqual([expect.stringMatching(/Outbound\.json$/)]);
  await page.keyboard.press('Escape');

  // The JSON just written comes back in as a graph file: counts, no mapping step.
  await page.keyboard.press('Control+i');
  await expect(data.wizard()).toBeVisible();
  await data.previewFile('Outbound.json');
  await expect(data.wizard().getByTestId('preview-entities')).toHaveText('2');
  await expect(data.wizard().getByTestId('preview-links')).toHaveText('1');
  await shot(page, `27-import-graph-preview${suffix}`);
  await data.press('next');
  await expect(data.currentStep()).toContainText(t('import:step.match'));
  await expect(data.wizard().getByRole('navigation', { name: t('import:steps') })).not.toContainText(
    t('import:step.mapping'),
  );
});
