import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../words';

/** The start screen: new, open, recent and demo cases, by their names in the browser's language. */
export class StartPage {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  async createCase(name: string): Promise<void> {
    await this.page.getByLabel(this.t('start:newCase.name')).fill(name);
    await this.page.getByRole('button', { name: this.t('start:newCase.create') }).click();
    await this.waitForCase();
  }

  async openByPath(path: string): Promise<void> {
    await this.page.getByLabel(this.t('start:openCase.path')).fill(path);
    await this.page.getByRole('button', { name: this.t('common:open'), exact: true }).click();
  }

  /** Opens the demo case and waits for its starting chart. */
  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: this.t('start:demo.open') }).click();
    await this.waitForCase();
    await expect(this.page.getByTestId('chart-menu')).toHaveText('The Lanxin network');
  }

  recentCase(name: string) {
    return this.page
      .getByRole('menu', { name: this.t('start:recent.heading') })
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
