import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, SHOTS_DIR, test } from './fixtures';
import { ChartsPage } from './pages/charts';

/** The Theme menu in the status bar; its button names the theme in use. */
async function chooseTheme(page: Page, option: 'Light' | 'Dark' | 'Follow the system'): Promise<void> {
  await page.getByRole('button', { name: /^Theme/ }).click();
  await page.getByRole('option', { name: option }).click();
}

const chartBackground = (page: Page) =>
  page.locator('.chart-canvas').evaluate((el) => getComputedStyle(el).backgroundColor);

test('the theme follows a choice made by hand, live and remembered; exports look the same in either', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  const charts = new ChartsPage(page);
  await start.openDemo();
  // Playwright's browser reports a dark OS: Plexus follows it until told otherwise.
  await expect(page.locator('body.bp6-dark')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Theme/ })).toHaveText('System (Dark)');
  const dark = await chartBackground(page);

  // Colour by nationality: palette colours and glyphs on them are part of what must not move.
  await charts.menu('Style and legend…');
  const style = page.getByRole('dialog', { name: 'Chart style' });
  await style.getByLabel('Colour by').selectOption('props.nationality');
  await style.getByRole('button', { name: 'Close' }).first().click();
  await expect(style).toBeHidden();
  await shot(page, 'look-chart-dark');
  const file = (name: string) => path.join(casesDir, name);
  await charts.exportTo('SVG', file('dark.svg'));
  await charts.exportTo('PNG', file('dark.png'));
  await charts.exportDialog().getByRole('button', { name: 'Close' }).first().click();

  await chooseTheme(page, 'Light');
  await expect(page.locator('body.bp6-dark')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Theme/ })).toHaveText('Light');
  expect(await chartBackground(page)).not.toBe(dark);
  await shot(page, 'look-chart-light');
  await charts.exportTo('SVG', file('light.svg'));
  await charts.exportTo('PNG', file('light.png'));
  await charts.exportDialog().getByRole('button', { name: 'Close' }).first().click();

  // Paper is paper: the same SVG text and the same PNG bytes whatever the screen shows.
  const svg = readFileSync(file('dark.svg'), 'utf8');
  expect(svg).toContain('<svg');
  expect(readFileSync(file('light.svg'), 'utf8')).toBe(svg);
  expect(readFileSync(file('light.png')).equals(readFileSync(file('dark.png')))).toBe(true);
  copyFileSync(file('light.png'), path.join(SHOTS_DIR, 'look-export.png'));

  // Remembered across a reload (the tab comes back to its case), and switchable from the
  // command palette too.
  await page.reload();
  await expect(page.locator('html[data-plexus-ready="case"]')).toBeAttached();
  await expect(page.locator('body.bp6-dark')).toHaveCount(0);
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+Shift+P');
  // Typed only once the palette has the focus (keys typed before would go to the chart).
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const command = palette.getByRole('combobox', { name: 'Command' });
  await expect(command).toBeFocused();
  await command.pressSequentially('theme dark');
  await expect(palette.getByRole('option')).toHaveText(['Theme: dark']);
  await command.press('Enter');
  await expect(page.locator('body.bp6-dark')).toHaveCount(1);
  await expect(page.getByRole('button', { name: /^Theme/ })).toHaveText('Dark');
});

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' });

  test('the toolbar leaves the case name whole at 1,440 px', async ({ start, page }) => {
    await page.getByRole('button', { name: 'デモ事件を開く' }).click();
    await expect(page.locator('html[data-plexus-ready="case"]')).toBeAttached();
    const name = page.locator('.case-name');
    await expect(name).toHaveText('Demo case');
    // Not cut off with an ellipsis: the text fits the room it has.
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    await expect(page.getByRole('button', { name: '事件を閉じる' })).toBeInViewport({ ratio: 1 });
    await shot(start.page, 'look-toolbar-ja');
  });
});
