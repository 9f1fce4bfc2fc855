import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, shot, test } from './fixtures';

test('a file that is not a case is refused with a clear message, and the file is left alone', async ({
  start,
  casesDir,
}) => {
  await expect(start.page.getByRole('button', { name: 'Open demo case' })).toBeVisible();
  await shot(start.page, '01-start-screen');
  const notACase = path.join(casesDir, 'shopping.plexus');
  writeFileSync(notACase, 'eggs, milk, bread\n');

  await start.openByPath(notACase);

  await expect(start.error()).toContainText('Not a Plexus case');
  await expect(start.page.locator('html[data-plexus-ready="start"]')).toBeAttached();
  await shot(start.page, '02-start-error');
});
