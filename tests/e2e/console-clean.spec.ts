import { expect, test } from './fixtures';

/**
 * The main flow writes no warning or error to the console (issue 13): React's and Blueprint's
 * warnings are how deprecated APIs and broken props first show, and an analyst's devtools stay
 * readable. The favicon loads too (a missing one is a console error).
 */
test('opening the demo, searching, a dialog, the menus, the theme switch and the palette log no warning or error', async ({
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
  await page.getByTestId('chart-menu').click();
  await expect(page.getByRole('menu', { name: 'Chart' })).toBeVisible();
  await page.keyboard.press('Escape');
  // The theme switched by hand, and back: the chart and every panel redraw, nothing restarts.
  await page.getByRole('button', { name: /^Theme/ }).click();
  await page.getByRole('option', { name: 'Light' }).click();
  await expect(page.locator('body.bp6-dark')).toHaveCount(0);
  await page.getByRole('button', { name: /^Theme/ }).click();
  await page.getByRole('option', { name: 'Follow the system' }).click();
  await expect(page.locator('body.bp6-dark')).toHaveCount(1);
  await page.locator('.chart-canvas').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel=icon]')?.href)).toMatch(
    /favicon\.svg$/,
  );
  expect(logged).toEqual([]);
});
