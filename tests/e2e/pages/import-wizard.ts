import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../words';

const ACTIONS = ['preview', 'next', 'dryRun', 'import', 'done'];

/** The Data menu's import wizard and export dialog, by their words in the browser's language. */
export class DataDialogs {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  private async menu(item: string): Promise<void> {
    const data = this.t('main:toolbar.data');
    await this.page.getByRole('button', { name: data, exact: true }).click();
    await this.page.getByRole('menu', { name: data }).getByRole('menuitem', { name: item }).click();
  }

  wizard() {
    return this.page.getByRole('dialog', { name: this.t('import:title') });
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: this.t('export:title') });
  }

  currentStep() {
    return this.wizard()
      .getByRole('navigation', { name: this.t('import:steps') })
      .locator('[aria-current="step"]');
  }

  async openImport(): Promise<void> {
    await this.menu(this.t('main:toolbar.import'));
    await expect(this.wizard()).toBeVisible();
  }

  async openExport(): Promise<void> {
    await this.menu(this.t('main:toolbar.export'));
    await expect(this.exportDialog()).toBeVisible();
  }

  /**
   * The step's main button: by its action (preview, next, dryRun, import, done: its words in
   * the browser's language) or by its shown name.
   */
  async press(button: string): Promise<void> {
    const name = ACTIONS.includes(button) ? this.t(`import:action.${button}`) : button;
    await this.wizard().getByRole('button', { name, exact: true }).click();
  }

  async previewFile(path: string): Promise<void> {
    await this.wizard().getByLabel(this.t('import:file.path')).fill(path);
    await this.press('preview');
    await expect(this.currentStep()).toContainText(this.t('import:step.preview'));
  }

  count(kind: 'dry-run' | 'imported', what: 'rows' | 'entities' | 'links' | 'merged' | 'rejected') {
    return this.wizard().getByTestId(`${kind}-${what}`);
  }

  rejectedTable() {
    return this.wizard().getByRole('table', { name: this.t('import:report.rejectedRows') });
  }

  /** Exports in a format and answers the list of files written. */
  async exportAs(format: string): Promise<string[]> {
    const dialog = this.exportDialog();
    await dialog.getByLabel(this.t('export:format')).selectOption(format);
    await dialog.getByRole('button', { name: this.t('export:export'), exact: true }).click();
    const files = dialog.getByRole('list', { name: this.t('export:filesWritten') });
    await expect(files).toBeVisible();
    return files.getByRole('listitem').allTextContents();
  }
}
