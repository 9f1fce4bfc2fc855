import { expect, type Page } from '@playwright/test';

/** The start screen: new, open, recent and demo cases. */
export class StartPage {
  constructor(readonly page: Page) {}

  async createCase(name: string): Promise<void> {
    await this.page.getByLabel('Case name').fill(name);
    await this.page.getByRole('button', { name: 'Create case' }).click();
    await this.waitForCase();
  }

  async openByPath(path: string): Promise<void> {
    await this.page.getByLabel('Case file path').fill(path);
    await this.page.getByRole('button', { name: 'Open', exact: true }).click();
  }

  /** Opens the demo case and waits for its starting chart. */
  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open demo case' }).click();
    await this.waitForCase();
    await expect(this.page.getByTestId('chart-menu')).toHaveText('The Lanxin network');
  }

  recentCase(name: string) {
    return this.page
      .getByRole('menu', { name: 'Recent cases' })
      .getByRole('menuitem', { name: new RegExp(name) });
  }

  async openRecent(name: string): Promise<void> {
    await this.recentCase(name).click();
    await this.waitForCase();
  }

  error() {
    return this.page.getByRole('alert');
  }

  async waitForCase(): Promise<void> {
    await expect(this.page.locator('html[data-plexus-ready="case"]')).toBeAttached();
  }

  async waitForStart(): Promise<void> {
    await expect(this.page.locator('html[data-plexus-ready="start"]')).toBeAttached();
  }
}
