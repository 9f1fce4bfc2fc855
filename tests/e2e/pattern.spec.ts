import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, shot, test } from './fixtures';

/**
 * Pattern search (issue 14) on the demo case: build Person(nationality is Zhonglan) within two
 * links of a state-linked Organization, save it by name, run it again by that name from a
 * reopened dialog, and put the matches on the chart.
 */

async function openPatternSearch(page: Page, name: string, typed: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.getByRole('dialog', { name: /Command palette|コマンド/ }).getByRole('combobox');
  await input.pressSequentially(typed);
  await expect(page.getByRole('option', { name })).toBeVisible();
  await input.press('Enter');
}

test('builds a pattern, saves it, re-runs it by name and puts its matches on the chart', async ({
  start,
  main,
}) => {
  const { page } = start;
  await start.openDemo();
  const before = await main.chartCounts().textContent();
  await openPatternSearch(page, 'Pattern search', 'pattern');
  const dialog = page.getByRole('dialog', { name: 'Pattern search' });
  await expect(dialog).toBeVisible();

  const first = dialog.getByRole('group', { name: 'Box 1', exact: true });
  await first.getByLabel('Type', { exact: true }).selectOption({ label: 'Person' });
  await first.getByRole('button', { name: 'Condition' }).click();
  await first.getByLabel('Field').selectOption({ label: 'Nationality' });
  await first.getByLabel('Test').selectOption({ label: 'is' });
  await first.getByLabel('Value').fill('Zhonglan');

  const arrow = dialog.getByRole('group', { name: 'Link from box 1 to box 2' });
  await arrow.getByLabel('Direction').selectOption({ label: '↔ either way' });
  await arrow.getByLabel('At most this many hops').selectOption('2');

  const second = dialog.getByRole('group', { name: 'Box 2', exact: true });
  await second.getByLabel('Type', { exact: true }).selectOption({ label: 'Organization' });
  await second.getByRole('button', { name: 'Condition' }).click();
  await second.getByLabel('Field').selectOption({ label: 'State-linked' });
  await expect(second.getByLabel('Value')).toHaveValue('true');
  await shot(page, 'pattern-builder-en');

  await dialog.getByRole('button', { name: 'Run', exact: true }).click();
  const summary = dialog.getByRole('status').filter({ hasText: /match/ });
  await expect(summary).toHaveText(/^\d+ match(es)?$/);
  const rows = dialog.getByRole('grid').locator('tbody tr');
  const count = await rows.count();
  expect(count).toBeGreaterThan(0);
  // Every row is a Zhonglan person and a state-linked organization (the demo's story).
  await expect(rows.first().locator('td').nth(1)).not.toBeEmpty();

  await dialog.getByLabel('Name', { exact: true }).fill('Zhonglan nationals near state bodies');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(dialog.getByLabel('Saved patterns')).toHaveValue('Zhonglan nationals near state bodies');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();

  // Again, by its name: the same matches.
  await openPatternSearch(page, 'Pattern search', 'pattern');
  await dialog.getByLabel('Saved patterns').selectOption('Zhonglan nationals near state bodies');
  await dialog.getByRole('button', { name: 'Run saved' }).click();
  await expect(rows).toHaveCount(count);
  await expect(dialog.getByRole('group', { name: 'Box 1', exact: true }).getByLabel('Value')).toHaveValue(
    'Zhonglan',
  );

  // One row picked with the keyboard, then all of them on the chart.
  await rows.first().focus();
  await page.keyboard.press('Enter');
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('button', { name: 'Add 1 picked row to chart' })).toBeVisible();
  await rows.first().click({ modifiers: ['Control'] });
  await expect(dialog.getByRole('button', { name: 'Add all to chart' })).toBeVisible();
  await shot(page, 'pattern-results-en');
  const scan = await new AxeBuilder({ page }).include('.pattern-dialog').analyze();
  expect(scan.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await dialog.getByRole('button', { name: 'Add all to chart' }).click();
  await expect(main.chartCounts()).not.toHaveText(before ?? '');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await shot(page, 'pattern-chart-en');
});

test.describe('a Japanese analyst', () => {
  test.use({ locale: 'ja-JP' });

  test('reads the pattern search in Japanese', async ({ start }) => {
    const { page } = start;
    await page.getByRole('button', { name: 'デモ事件を開く' }).click();
    await start.waitForCase();
    await openPatternSearch(page, 'パターン検索', 'パターン');
    const dialog = page.getByRole('dialog', { name: 'パターン検索' });
    const first = dialog.getByRole('group', { name: 'ボックス1', exact: true });
    await first.getByLabel('種別', { exact: true }).selectOption({ label: '人物' });
    await first.getByRole('button', { name: '条件' }).click();
    await first.getByLabel('項目', { exact: true }).selectOption({ label: '国籍' });
    await first.getByLabel('値').fill('Zhonglan');
    await dialog
      .getByRole('group', { name: 'ボックス2', exact: true })
      .getByLabel('種別', { exact: true })
      .selectOption({ label: '組織' });
    await dialog.getByRole('button', { name: '実行', exact: true }).click();
    await expect(dialog.getByRole('status').filter({ hasText: /件一致/ })).toBeVisible();
    await shot(page, 'pattern-results-ja');
  });
});
