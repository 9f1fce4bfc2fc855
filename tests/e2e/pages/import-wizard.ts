import { expect, type Page } from '@playwright/test';

/** The Data menu's import wizard and export dialog. */
export class DataDialogs {
  constructor(readonly page: Page) {}

  private async menu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Data' }).click();
    await this.page.getByRole('menu', { name: 'Data' }).getByRole('menuitem', { name: item }).click();
  }

  wizard() {
    return this.page.getByRole('dialog', { name: 'Import data' });
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: 'Export data' });
  }

  currentStep() {
    return this.wizard().getByRole('navigation', { name: 'Import steps' }).locator('[aria-current="step"]');
  }

  async openImport(): Promise<void> {
    await this.menu('Import…');
    await expect(this.wizard()).toBeVisible();
  }

  async openExport(): Promise<void> {
    await this.menu('Export…');
    await expect(this.exportDialog()).toBeVisible();
  }

  /** The step's main button: Preview, Next, Dry run, Import, Done. */
  async press(name: string): Promise<void> {
    await this.wizard().getByRole('button', { name, exact: true }).click();
  }

  async previewFile(path: string): Promise<void> {
    await this.wizard().getByLabel('File path').fill(path);
    await this.press('Preview');
    await expect(this.currentStep()).toHaveText(/Preview/);
  }

  count(kind: 'dry-run' | 'imported', what: 'rows' | 'entities' | 'links' | 'merged' | 'rejected') {
    return this.wizard().getByTestId(`${kind}-${what}`);
  }

  rejectedTable() {
    return this.wizard().getByRole('table', { name: 'Rejected rows' });
  }

  /** Exports in a format and answers the list of files written. */
  async exportAs(format: string): Promise<string[]> {
    const dialog = this.exportDialog();
    await dialog.getByLabel('Format').selectOption(format);
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const files = dialog.getByRole('list', { name: 'Files written' });
    await expect(files).toBeVisible();
    return files.getByRole('listitem').allTextContents();
  }
}
