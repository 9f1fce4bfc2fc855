import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../words';

/** The "New link" dialog, with its searchable ends, by its words in the browser's language. */
export class LinkForm {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  dialog() {
    return this.page.getByRole('dialog', { name: this.t('dialogs:link.title') });
  }

  private async pick(label: string, text: string): Promise<void> {
    // An end may already be filled in from the chart's selection.
    const clear = this.dialog().getByRole('button', { name: this.t('ui:clear', { label }) });
    if (await clear.isVisible()) await clear.click();
    const input = this.dialog().getByRole('combobox', { name: label });
    await input.fill(text);
    await this.dialog()
      .getByRole('option', { name: new RegExp(text) })
      .first()
      .click();
  }

  async create(from: string, to: string, type: string): Promise<void> {
    const { t } = this;
    await this.page.getByRole('button', { name: t('main:toolbar.newLink') }).click();
    const dialog = this.dialog();
    await expect(dialog).toBeVisible();
    await this.pick(t('dialogs:link.fromEntity'), from);
    await this.pick(t('dialogs:link.toEntity'), to);
    // Options are the schema's names (their shown words follow the language).
    await dialog.getByLabel(t('dialogs:link.type')).selectOption(type);
    await dialog.getByRole('button', { name: t('dialogs:link.create') }).click();
    await expect(dialog).toBeHidden();
  }
}
