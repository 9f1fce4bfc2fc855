import { join } from 'node:path';
import { loadSchema } from '../../electron/services/schema/load-types';
import { createCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { expect, shot, test } from './fixtures';

/** A trading company with 150 employees (dated 2000–2020) and one office: a hub. */
async function makeHubCase(path: string): Promise<void> {
  const store = await createCaseFile(path, { actor: 'e2e', schema: new SchemaIndex(loadSchema()) });
  try {
    const [company, office] = await store.createEntities([
      { type: 'Company', label: 'Kaiyo Trading' },
      { type: 'Location', label: 'Osaka office' },
    ]);
    const staff = await store.createEntities(
      Array.from({ length: 150 }, (_, i) => ({ type: 'Person', label: `Employee ${i}` })),
    );
    await store.createLinks([
      ...staff.map((p, i) => ({
        type: 'EMPLOYED_BY',
        source: p.id,
        target: company!.id,
        validFrom: String(2000 + (i % 20)),
        validTo: String(2001 + (i % 20)),
      })),
      { type: 'LOCATED_AT', source: company!.id, target: office!.id },
    ]);
  } finally {
    await store.close();
  }
}

test('expanding a hub shows what it would add and adds only what the analyst chose', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  await makeHubCase(join(casesDir, 'Hub.plexus'));
  await start.openByPath('Hub');
  await start.waitForCase();
  await main.addFromSearch('Kaiyo', 'Kaiyo Trading');
  await main.inspector().getByRole('button', { name: 'Expand' }).click();

  const dialog = page.getByRole('dialog', { name: 'Expand “Kaiyo Trading”' });
  await expect(dialog.getByTestId('hub-summary')).toContainText('151 entities are linked to “Kaiyo Trading”');
  await expect(dialog).toContainText('People · 150');
  await expect(dialog).toContainText('employed by · 150');
  // Nothing was added while the analyst reads.
  await expect(main.chartCounts()).toHaveText('Chart: 1 entity · 0 links');
  await shot(page, 'hub-dialog');

  // Only people employed in 2005, at most 10 of them.
  await dialog.getByText('People · 150').click();
  await expect(dialog.getByRole('checkbox', { name: /People/ })).toBeChecked();
  await dialog.getByLabel('Links in force from').fill('2005', { timeout: 5000 });
  await dialog.getByLabel('to', { exact: true }).fill('2005', { timeout: 5000 });
  await dialog.getByLabel('Add at most').fill('10', { timeout: 5000 });
  await dialog.getByRole('button', { name: 'Add up to 10' }).click({ timeout: 5000 });
  await expect(dialog).toBeHidden();
  await expect(main.chartCounts()).toHaveText('Chart: 11 entities · 10 links');
  await expect(main.caseCounts()).toHaveText('Case: 152 entities · 151 links');
});
