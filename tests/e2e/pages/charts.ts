import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../words';

/** The Chart menu and its dialogs: saved charts, groups, notes, exports. */
export class ChartsPage {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  /** A Chart menu item by its shown name, or by its catalogue key ("charts:menu.newChart"). */
  async menu(item: string): Promise<void> {
    const name = item.includes(':') ? this.t(item) : item;
    await this.page.getByTestId('chart-menu').click();
    await this.page
      .getByRole('menu', { name: this.t('charts:menu.title') })
      .getByRole('menuitem', { name })
      .click();
  }

  menuButton() {
    return this.page.getByTestId('chart-menu');
  }

  /** Fills a one-field dialog (group title, chart name, note) and presses its button. */
  async prompt(title: string | RegExp, text: string, button: string): Promise<void> {
    const dialog = this.page.getByRole('dialog', { name: title });
    const field = dialog.getByRole('textbox').first();
    await field.fill(text);
    await dialog.getByRole('button', { name: button, exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  async openSaved(name: string): Promise<void> {
    await this.menu('charts:menu.openChart');
    const dialog = this.page.getByRole('dialog', { name: this.t('charts:list.title') });
    await dialog
      .getByRole('table', { name: this.t('charts:list.table') })
      .getByRole('button', { name, exact: true })
      .click();
    await expect(dialog).toBeHidden();
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: this.t('chartExport:title') });
  }

  /** Exports with the dialog's current settings to `path`; answers the success line. */
  async exportTo(format: 'PDF' | 'SVG' | 'PNG', path: string, settings?: () => Promise<void>): Promise<void> {
    const dialog = this.exportDialog();
    if (!(await dialog.isVisible())) await this.menu('charts:menu.export');
    await dialog.getByRole('radio', { name: format }).click();
    if (settings) await settings();
    // Browser mode downloads by default; these tests write to a folder on the server.
    await dialog.getByRole('radio', { name: this.t('files:serverFolder') }).click();
    await dialog.getByLabel(this.t('files:filePath')).fill(path);
    await dialog.getByRole('button', { name: this.t('chartExport:export'), exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText(path);
  }
}
