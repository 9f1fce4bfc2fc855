import type { Browser } from '@playwright/test';
import { join } from 'node:path';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { openCaseFile } from '../../electron/services/store/sqlite';
import { loadSchema } from '../../electron/services/schema/load-types';
import { expect, shot, test } from './fixtures';
import { MainPage } from './pages/main-page';
import { StartPage } from './pages/start-page';

/** A second tab in its own browser context, on the same Plexus server. */
async function secondTab(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const start = new StartPage(page);
  await start.waitForStart();
  return { context, page, start, main: new MainPage(page) };
}

/** What a case file on disk holds: its entities' labels, read with a connection of the test's own. */
async function labelsIn(path: string): Promise<string[]> {
  const store = await openCaseFile(path, { actor: 'check', schema: new SchemaIndex(loadSchema()) });
  try {
    const labels: string[] = [];
    for await (const batch of store.scanEntities()) labels.push(...batch.map((e) => e.label));
    return labels.sort();
  } finally {
    await store.close();
  }
}

test('two tabs on two cases each write only into their own', async ({
  browser,
  plexus,
  start,
  main,
  page,
  casesDir,
}) => {
  await start.createCase('Alpha');
  const b = await secondTab(browser, plexus.url);
  try {
    // The reproduction: tab B opens another case after tab A did; then both write.
    await b.start.createCase('Bravo');
    await main.entityForm.create({ type: 'Person', label: 'Ada in Alpha' });
    await b.main.entityForm.create({ type: 'Person', label: 'Bo in Bravo' });
    await expect(page.getByTestId('case-name')).toHaveText('Alpha');
    await expect(main.caseCounts()).toHaveText('Case: 1 entity · 0 links');
    await expect(b.main.caseCounts()).toHaveText('Case: 1 entity · 0 links');

    expect(await labelsIn(join(casesDir, 'Alpha.plexus'))).toEqual(['Ada in Alpha']);
    expect(await labelsIn(join(casesDir, 'Bravo.plexus'))).toEqual(['Bo in Bravo']);

    // Each tab's search sees only its own case ("in" is a word of both labels).
    await main.searchFor('in');
    await expect(main.results().getByRole('option')).toHaveText([/Ada in Alpha/]);
    await b.main.searchFor('in');
    await expect(b.main.results().getByRole('option')).toHaveText([/Bo in Bravo/]);
  } finally {
    await b.context.close();
  }
});

test('a case another tab holds opens read-only with a banner naming the holder; a reload keeps its case', async ({
  browser,
  plexus,
  start,
  main,
  page,
}) => {
  await start.createCase('Shared');
  await main.entityForm.create({ type: 'Person', label: 'Ada' });
  const b = await secondTab(browser, plexus.url);
  try {
    await b.start.openByPath('Shared');
    await b.start.waitForCase();
    const banner = b.page.getByTestId('read-only-banner');
    await expect(banner).toContainText(
      /Open read-only: another browser tab \(opened \d\d:\d\d\) has this case open/,
    );
    await expect(b.page.getByRole('button', { name: 'New entity' })).toBeDisabled();
    await expect(b.main.caseCounts()).toHaveText('Case: 1 entity · 0 links');
    await shot(b.page, 'sessions-read-only-banner');

    // The holder's tab is unaffected, and a reload of it comes back on the same case, still writable.
    await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
    await page.reload();
    await start.waitForCase();
    await expect(page.getByTestId('case-name')).toHaveText('Shared');
    await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
    await main.entityForm.create({ type: 'Person', label: 'Bea' });
    await expect(main.caseCounts()).toHaveText('Case: 2 entities · 0 links');
  } finally {
    await b.context.close();
  }
});

test('a window whose session ended says so once and reloads onto the start screen', async ({
  plexus,
  start,
  main,
  page,
}) => {
  await start.createCase('Restarted');
  // As if Plexus had restarted: the server no longer knows this tab's session.
  await plexus.services.sessions.closeAll();
  await main.search().fill('anything');
  const dialog = page.getByRole('dialog', { name: "This window's session has ended" });
  await expect(dialog).toBeVisible();
  await shot(page, 'sessions-ended');
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await start.waitForStart();
  await start.openRecent('Restarted');
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);
});
