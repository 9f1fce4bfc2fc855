import { expect, shot, test } from './fixtures';
import { TransferDialogs } from './pages/transfer';

test('take a piece offline, change it there, publish it back, and publish again for no change', async ({
  start,
  main,
  page,
}) => {
  const transfer = new TransferDialogs(page);
  await start.createCase('Lantern');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });
  await main.entityForm.create({ type: 'Company', label: 'Acme Trading' });
  await main.entityForm.create({ type: 'Person', label: 'Zhou Min' });
  await main.linkForm.create('Wang Wei', 'Acme Trading', 'EMPLOYED_BY');
  await main.linkForm.create('Li Na', 'Acme Trading', 'OFFICER_OF');
  await expect(main.caseCounts()).toHaveText('Case: 4 entities · 2 links');
  await expect(page.getByTestId('case-location')).toHaveText(/^Case file: .*Lantern\.plexus$/);

  // Only the two people on the chart, both selected: one hop brings Acme, not Zhou Min.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await main.inspector().getByRole('button', { name: 'Hide' }).click();
  await main.addFromSearch('Wang Wei');
  await main.addFromSearch('Li Na');
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await expect(page.getByTestId('selection-count')).toHaveText('Selected: 2');
  const written = await transfer.takeOffline('Field copy', 1);
  expect(written).toContain('3 entities and 2 links copied');
  expect(written).toContain('Field copy.plexus');

  await transfer.takeOfflineDialog().getByRole('button', { name: 'Open the new case' }).click();
  // The chart here was never saved: Plexus asks first.
  await main.discardChanges();
  await expect(page.getByTestId('case-name')).toHaveText('Field copy');
  await expect(main.caseCounts()).toHaveText('Case: 3 entities · 2 links');

  // In the field: one label changes, one entity is new.
  await main.addFromSearch('Wang Wei', 'Wang Wei');
  await main.inspector().getByLabel('Label').fill('Wang Wei (field)');
  await main.inspector().getByRole('button', { name: 'Save' }).click();
  await expect(main.inspector().getByRole('form')).toHaveAccessibleName('Edit Wang Wei (field)');
  await main.entityForm.create({ type: 'Person', label: 'Chen Jie' });
  await main.closeCase();

  // Back at the desk: the original, with Wang Wei on the chart to see the change arrive.
  await start.openRecent('Lantern');
  await main.addFromSearch('Wang Wei');
  await transfer.openPublish();
  await transfer.chooseCaseFile('Field copy');
  await transfer.dryRun();
  const dry = transfer.counts('dry-run');
  await expect(dry.created).toHaveText('1');
  await expect(dry.updated).toHaveText('1');
  await expect(dry.conflicts).toHaveText('0');
  await expect(main.caseCounts()).toHaveText('Case: 4 entities · 2 links');
  await shot(page, '12-publish-dry-run');

  await transfer.publish();
  const done = transfer.counts('published');
  await expect(done.created).toHaveText('1');
  await expect(done.updated).toHaveText('1');
  await shot(page, '13-publish-done');

  // Publishing is idempotent.
  await transfer.dryRun();
  await expect(dry.created).toHaveText('0');
  await expect(dry.updated).toHaveText('0');
  await transfer.publish();
  await expect(done.created).toHaveText('0');
  await expect(done.updated).toHaveText('0');
  await page.keyboard.press('Escape');
  await expect(transfer.publishDialog()).toBeHidden();

  await expect(main.inspector().getByRole('form')).toHaveAccessibleName('Edit Wang Wei (field)');
  await expect(main.caseCounts()).toHaveText('Case: 5 entities · 2 links');
  await main.searchFor('Chen');
  await expect(main.results().getByRole('option').first()).toContainText('Chen Jie');
  await main.search().press('Escape');
  await page
    .getByRole('contentinfo', { name: 'Status' })
    .screenshot({ path: '/tmp/plexus-shots/14-status-bar.png' });
});
