import type { Locator } from '@playwright/test';
import { expect, shot, test } from './fixtures';
import { TransferDialogs } from './pages/transfer';

/**
 * How much of a select's chosen option its box cannot show, in pixels (0: all of it): the
 * option's text measured in the select's own font against the room inside its padding,
 * where Blueprint draws the arrow.
 */
async function hiddenWidth(select: Locator): Promise<number> {
  return select.evaluate((element) => {
    const box = element as HTMLSelectElement;
    const style = getComputedStyle(box);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.font = style.font;
    const text = box.selectedOptions[0]?.text ?? '';
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return Math.max(0, Math.ceil(context.measureText(text).width - room));
  });
}

test('publish with conflicts: every Keep choice shows its words, in a wide and a narrow window', async ({
  start,
  main,
  page,
}) => {
  const transfer = new TransferDialogs(page);
  await start.createCase('Harbour');
  await main.entityForm.create({ type: 'Person', label: 'Wang Wei' });
  await main.entityForm.create({ type: 'Person', label: 'Li Na' });

  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await transfer.takeOffline('Field notes', 0);
  await transfer.takeOfflineDialog().getByRole('button', { name: 'Open the new case' }).click();
  await main.discardChanges();
  await expect(page.getByTestId('case-name')).toHaveText('Field notes');

  // Both people are renamed in the field and, differently, at the desk: two conflicts.
  await main.renameEntity('Wang Wei', 'Wang Wei (seen at the harbour office)');
  await main.renameEntity('Li Na', 'Li Na (field)');
  await main.closeCase();
  await start.openRecent('Harbour');
  await main.renameEntity('Wang Wei', 'Wang Wei (desk)');
  await main.renameEntity('Li Na', 'Li Na (desk)');

  await transfer.openPublish();
  await transfer.chooseCaseFile('Field notes');
  await transfer.dryRun();
  await expect(transfer.counts('dry-run').conflicts).toHaveText('2');
  const table = transfer.publishDialog().getByRole('table', { name: 'Conflicts' });
  const keep = (label: string) => table.getByRole('combobox', { name: `Resolution for ${label}` });
  const wang = keep('Wang Wei (seen at the harbour office)');
  const li = keep('Li Na (field)');

  await wang.selectOption('local');
  for (const [width, height, name] of [
    [1440, 900, 'wide'],
    [700, 760, 'narrow'],
  ] as const) {
    await page.setViewportSize({ width, height });
    for (const select of [wang, li]) {
      await expect(select).toBeInViewport({ ratio: 1 });
      expect(await hiddenWidth(select)).toBe(0);
    }
    await shot(page, `neo4jrest-publish-conflicts-${name}`);
  }

  // The choices made are the ones published: the field's name for Wang Wei, the desk's for Li Na.
  await expect(wang).toHaveValue('local');
  await expect(li).toHaveValue('server');
  await transfer.publish();
  await expect(transfer.counts('published').conflicts).toHaveText('0');
  await page.keyboard.press('Escape');
  const found = async (text: string, label: string) => {
    await main.searchFor(text);
    await expect(main.results().getByRole('option')).toHaveCount(1);
    await expect(main.results().getByRole('option')).toContainText(label);
  };
  await found('Wang', 'Wang Wei (seen at the harbour office)');
  await found('Li Na', 'Li Na (desk)');
});
