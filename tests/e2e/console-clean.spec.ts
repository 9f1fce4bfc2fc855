import { expect, test } from './fixtures';

/**
 * The main flow writes no warning or error to the console (issue 13): React's and Blueprint's
 * warnings are how deprecated APIs and broken props first show, and an analyst's devtools stay
 * readable. The favicon loads too (a missing one is a console error).
 */
/**
 * Known and not yet fixed: Blueprint asks for <PopoverNext> in place of <Popover> under React 19.
 * The toolbar and language menus are migrated; the chart menus (charts/, chart/) and the import
 * templates still use <Popover>. Delete this entry once they move; any other warning fails now.
 */
const NOT_YET_FIXED = [/^warning: \[Blueprint\] <Popover> positions content incorrectly under React 19/];

test('opening the demo, searching, a dialog and the palette log no warning or error', async ({
  start,
  main,
}) => {
  const { page } = start;
  const logged: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error')
      logged.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => logged.push(`pageerror: ${error.message}`));
  await start.openDemo();
  await main.addFromSearch('minghui');
  await page.getByRole('button', { name: 'New entity' }).click();
  await expect(page.getByRole('dialog', { name: 'New entity' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Data' }).click();
  await page.keyboard.press('Escape');
  await page.locator('.chart-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href)).toMatch(
    /favicon\.svg$/,
  );
  expect(logged.filter((line) => !NOT_YET_FIXED.some((known) => known.test(line)))).toEqual([]);
});
