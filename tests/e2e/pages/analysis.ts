import { expect, type Page } from '@playwright/test';
import type { ChartProbe } from '../../../renderer/src/chart/test-hook';

/** The Analysis panel: ask a question of the chart, read the table, drive the chart from it. */
export class AnalysisPage {
  constructor(
    readonly page: Page,
    readonly words = { button: 'Analysis', region: 'Analysis', question: 'Question', run: 'Run' },
  ) {}

  panel() {
    return this.page.getByRole('region', { name: this.words.region, exact: true });
  }

  table() {
    return this.panel().getByRole('table');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('toolbar')
      .getByRole('button', { name: this.words.button, exact: true })
      .click();
    await expect(this.panel()).toBeVisible();
  }

  /** Picks the question (by its words), runs it and waits for the table of its answer. */
  async ask(question: string): Promise<void> {
    await this.panel().getByLabel(this.words.question).selectOption({ label: question });
    await this.panel().getByRole('button', { name: this.words.run }).click();
    await expect(this.panel().getByRole('button', { name: this.words.run })).toBeEnabled();
    await expect(this.table().locator('tbody tr').first()).toBeVisible();
  }

  /** The table's rows as their cells' text. */
  async rows(): Promise<string[][]> {
    return this.table()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
      );
  }
}

/** Each entity's drawn radius by its label as drawn, from the chart probe. */
export async function radiiByLabel(page: Page): Promise<Map<string, number>> {
  const entries = await page.evaluate(() => {
    const probe = (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart;
    const text = new Map((probe?.labels() ?? []).filter((l) => l.kind === 'node').map((l) => [l.id, l.text]));
    return (probe?.geometry().bodies ?? []).map((b): [string, number] => [text.get(b.id) ?? b.id, b.radius]);
  });
  return new Map(entries);
}
