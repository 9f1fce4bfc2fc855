import { expect, type Page } from '@playwright/test';

/** The "New link" dialog, with its searchable ends. */
export class LinkForm {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'New link' });
  }

  private async pick(label: string, text: string): Promise<void> {
    // An end may already be filled in from the chart's selection.
    const clear = this.dialog().getByRole('button', { name: `Clear ${label}` });
    if (await clear.isVisible()) await clear.click();
    const input = this.dialog().getByRole('combobox', { name: label });
    await input.fill(text);
    await this.dialog()
      .getByRole('option', { name: new RegExp(text) })
      .first()
      .click();
  }

  async create(from: string, to: string, type: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New link' }).click();
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    await this.pick('From entity', from);
    await this.pick('To entity', to);
    await dialog.getByLabel('Link type').selectOption(type);
    await dialog.getByRole('button', { name: 'Create link' }).click();
    await expect(dialog).toBeHidden();
  }
}
