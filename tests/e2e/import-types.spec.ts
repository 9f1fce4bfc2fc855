import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadSchema } from '../../electron/services/schema/load-types';
import { openCaseFile } from '../../electron/services/store/sqlite/index';
import { SchemaIndex, type Entity, type Link } from '../../graph-schema/model';
import { expect, shot, test } from './fixtures';
import { DataDialogs } from './pages/import-wizard';

/**
 * Issue 9, "imports keep every link and say what they decided": a link table whose type words
 * the schema knows ("employed by"), knows under another word ("Ownership"), does not know
 * ("Friend of"), or gives between two types no specific link joins (a Person "Visited" a
 * Location); a cell a spreadsheet would run; a date nobody can read.
 */
const TIES_CSV =
  'A type,A,B type,B,Link,Since,Note\r\n' +
  'Person,Zhang Wei,Company,Harbour Logistics,Ownership,2019,=1+2\r\n' +
  'Person,Zhang Wei,Person,Okafor Adaeze,Friend of,,met at school\r\n' +
  'Person,Okafor Adaeze,Location,Port of Tianjin,Visited,2021-03,\r\n' +
  'Person,Li Na,Company,Harbour Logistics,employed by,the spring of 2019,\r\n';

/** What the case file holds, read with the store the CLI uses (the case closed in the app first). */
async function readCase(casesDir: string): Promise<{ entities: Entity[]; links: Link[] }> {
  const file = readdirSync(casesDir).find((f) => f.endsWith('.plexus'));
  if (!file) throw new Error(`no case file in ${casesDir}`);
  const schema = new SchemaIndex(loadSchema([]));
  const store = await openCaseFile(path.join(casesDir, file), {
    actor: 'e2e',
    schema,
    readOnlyReason: 'read by the test',
  });
  const entities: Entity[] = [];
  const links: Link[] = [];
  try {
    for await (const batch of store.scanEntities(100)) entities.push(...batch);
    for await (const batch of store.scanLinks(100)) links.push(...batch);
  } finally {
    await store.close();
  }
  return { entities, links };
}

test('column words become link types as chosen, unknown ones stay as "linked to", graded as chosen', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  writeFileSync(path.join(casesDir, 'ties.csv'), TIES_CSV, 'utf8');
  const data = new DataDialogs(page);
  await start.createCase('Ties');
  await data.openImport();
  const wizard = data.wizard();
  await data.previewFile('ties.csv');

  // The formula-like cell is marked in the preview, and counted.
  const preview = wizard.getByRole('table', { name: 'First rows' });
  const formula = preview.locator('td[data-formula]');
  await expect(formula).toHaveCount(1);
  await expect(formula).toContainText('=1+2');
  await expect(wizard.getByTestId('preview-formulas')).toContainText(
    '1 cell looks like a spreadsheet formula',
  );
  await shot(page, '30-import-preview-formula');

  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Mapping/);
  await wizard.getByLabel('The rows are').selectOption('link-rows');
  await wizard.getByLabel('Entity A type').selectOption('column:A type');
  await wizard.getByLabel('Entity B type').selectOption('column:B type');
  await wizard.getByLabel('Link type').selectOption('column:Link');
  await wizard.getByLabel('Field for column Since').selectOption('link:validFrom');

  // Each word of the Link column and the type it becomes, pre-filled and editable.
  const words = wizard.getByRole('table', { name: 'Link: type by word' });
  await expect(words.getByRole('rowheader')).toHaveText(['employed by', 'Friend of', 'Ownership', 'Visited']);
  const pick = (word: string) => wizard.getByLabel(`Link: type for “${word}”`);
  await expect(pick('Ownership')).toHaveValue('OWNS');
  await expect(pick('employed by')).toHaveValue('EMPLOYED_BY');
  await expect(pick('Friend of')).toHaveValue('LINKED_TO');
  await expect(pick('Visited')).toHaveValue('LINKED_TO');
  await expect(wizard.getByLabel('Link: other values')).toHaveValue('LINKED_TO');
  await expect(wizard.getByLabel('Link: other values').locator('option:checked')).toHaveText(
    'Linked to (the word is kept)',
  );
  // The analyst's own choice: away and back again, by keyboard-friendly native selects.
  await pick('Ownership').selectOption('ASSOCIATE_OF');
  await expect(words.getByRole('row', { name: /Ownership/ })).toContainText('chosen');
  await pick('Ownership').selectOption('OWNS');
  await expect(wizard.getByRole('group', { name: 'Entity A: words and types' })).toBeVisible();
  await words.scrollIntoViewIfNeeded();
  await shot(page, '31-import-mapping-values');

  // The choices travel in the template.
  await wizard.getByRole('button', { name: 'Save as template…' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(wizard.getByRole('status')).toContainText(/Template saved/);
  const template = JSON.parse(readFileSync(path.join(casesDir, 'ties.mapping.json'), 'utf8')) as {
    link: { type: unknown };
  };
  expect(template.link.type).toEqual({ column: 'Link', values: { Ownership: 'OWNS' } });

  await data.press('Next');
  await expect(data.currentStep()).toHaveText(/Matching/);
  await wizard.getByLabel('Confidence').selectOption('confirmed');
  await wizard.getByLabel('Source reliability').selectOption('B');
  await wizard.getByLabel('Information credibility').selectOption('2');
  await wizard.getByLabel('Classification').selectOption({ index: 1 });
  const marking = await wizard.getByLabel('Classification').inputValue();

  await data.press('Dry run');
  await expect(data.count('dry-run', 'rows')).toHaveText('4');
  await expect(data.count('dry-run', 'links')).toHaveText('3');
  await expect(data.count('dry-run', 'rejected')).toHaveText('1');
  // The reject names the field in words, not props.* or validFrom.
  await expect(data.rejectedTable()).toContainText('Valid from must be a date');
  await data.press('Import');
  await expect(data.count('imported', 'links')).toHaveText('3');
  await data.press('Done');
  await expect(wizard).toBeHidden();

  // In the app: the Person–Location link is a generic one with the file's word in the inspector.
  await main.addFromSearch('Port of Tianjin', 'Port of Tianjin');
  await main.openEntityMenuAtCentre();
  await main.contextMenu().getByRole('menuitem', { name: 'Expand', exact: true }).click();
  await expect(main.chartCounts()).toHaveText(/^Chart: 2 entities · 1 link/);
  await page.getByRole('button', { name: 'Fit to view' }).click();
  // Two nodes fitted to view sit either side of the centre: their link passes through it.
  const centre = await main.chartCentre();
  await expect(async () => {
    await page.mouse.click(centre.x, centre.y);
    await expect(main.inspector().getByRole('form')).toHaveAccessibleName(/^Edit link/, { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  const inspector = main.inspector();
  await expect(inspector).toContainText('linked to');
  await expect(inspector.getByLabel('Type in file')).toHaveValue('Visited');
  await shot(page, '32-imported-generic-link');

  // In the case file: every row's link, the unknown words kept, the chosen grading on all.
  await main.closeCase();
  const { entities, links } = await readCase(casesDir);
  const label = new Map(entities.map((e) => [e.id, e.label]));
  const summary = links
    .map((l) => ({
      ends: `${label.get(l.source)} > ${label.get(l.target)}`,
      type: l.type,
      word: l.props.sourceType,
    }))
    .sort((a, b) => a.ends.localeCompare(b.ends));
  expect(summary).toEqual([
    { ends: 'Okafor Adaeze > Port of Tianjin', type: 'LINKED_TO', word: 'Visited' },
    { ends: 'Zhang Wei > Harbour Logistics', type: 'OWNS', word: undefined },
    { ends: 'Zhang Wei > Okafor Adaeze', type: 'LINKED_TO', word: 'Friend of' },
  ]);
  for (const item of [...entities, ...links]) {
    expect(item).toMatchObject({
      confidence: 'confirmed',
      reliability: 'B',
      credibility: '2',
      classification: marking,
    });
  }
  // The formula-like cell came in as text, never run.
  const owns = links.find((l) => l.type === 'OWNS');
  expect(owns?.notes).toContain('Note: =1+2');
});
