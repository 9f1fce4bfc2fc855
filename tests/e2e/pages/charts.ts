import { expect, type Page } from '@playwright/test';

/** The Chart menu and its dialogs: saved charts, groups, notes, exports. */
export class ChartsPage {
  constructor(readonly page: Page) {}

  async menu(item: string): Promise<void> {
    await this.page.getByTestId('chart-menu').click();
    await this.page.getByRole('menu', { name: 'Chart' }).getByRole('menuitem', { name: item }).click();
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
    await this.menu('Open chart…');
    const dialog = this.page.getByRole('dialog', { name: 'Charts' });
    await dialog
      .getByRole('table', { name: 'Saved charts' })
      .getByRole('button', { name, exact: true })
      .click();
    await expect(dialog).toBeHidden();
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: 'Export chart' });
  }

  /** Exports with the dialog's current settings to `path`; answers the success line. */
  async exportTo(format: 'PDF' | 'SVG' | 'PNG', path: string, settings?: () => Promise<void>): Promise<void> {
    const dialog = this.exportDialog();
    if (!(await dialog.isVisible())) await this.menu('Export PDF, SVG, PNG…');
    await dialog.getByRole('radio', { name: format }).click();
    if (settings) await settings();
    // Browser mode downloads by default; these tests write to a folder on the server.
    await dialog.getByRole('radio', { name: 'Folder on the server' }).click();
    await dialog.getByLabel('File path').fill(path);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText(path);
  }
}
