import { expect, type Page } from '@playwright/test';

/** The Transfer menu's two dialogs: take a piece offline, publish a case file back. */
export class TransferDialogs {
  constructor(readonly page: Page) {}

  private async menu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Transfer' }).click();
    await this.page
      .getByRole('menu', { name: 'Case transfer' })
      .getByRole('menuitem', { name: item })
      .click();
  }

  takeOfflineDialog() {
    return this.page.getByRole('dialog', { name: 'Take offline' });
  }

  publishDialog() {
    return this.page.getByRole('dialog', { name: 'Publish a case file' });
  }

  /** Takes the selection (or the chart) offline and answers the result line. */
  async takeOffline(name: string, hops: number): Promise<string> {
    await this.menu('Take offline…');
    const dialog = this.takeOfflineDialog();
    await dialog.getByLabel('Hops around them').selectOption(String(hops));
    await dialog.getByLabel('New case name').fill(name);
    await dialog.getByRole('button', { name: 'Take offline' }).click();
    const result = dialog.getByRole('status');
    await expect(result).toContainText('copied');
    return (await result.textContent()) ?? '';
  }

  async openPublish(): Promise<void> {
    await this.menu('Publish a case file…');
    await expect(this.publishDialog()).toBeVisible();
  }

  async chooseCaseFile(name: string): Promise<void> {
    await this.publishDialog().getByLabel('Case file', { exact: true }).selectOption({ label: name });
  }

  /** The four counts of the dry run or of the publish. */
  counts(kind: 'dry-run' | 'published') {
    const cell = (label: string) => this.publishDialog().getByTestId(`${kind}-${label}`);
    return {
      created: cell('created'),
      updated: cell('updated'),
      unchanged: cell('unchanged'),
      conflicts: cell('conflicts'),
    };
  }

  async dryRun(): Promise<void> {
    await this.publishDialog().getByRole('button', { name: 'Dry run' }).click();
    await expect(this.counts('dry-run').created).toBeVisible();
  }

  async publish(): Promise<void> {
    await this.publishDialog().getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(this.counts('published').created).toBeVisible();
  }
}
