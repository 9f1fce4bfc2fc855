import { expect, type Page } from '@playwright/test';
import { ENGLISH, typeLabel, type Words } from '../words';

export interface NewEntity {
  type: string;
  label: string;
  aliases?: string[];
  props?: Record<string, string>;
}

/** The "New entity" dialog, by its words in the browser's language; `type` is the schema's name. */
export class EntityForm {
  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {}

  dialog() {
    return this.page.getByRole('dialog', { name: this.t('dialogs:entity.title') });
  }

  async create(entity: NewEntity): Promise<void> {
    const { t } = this;
    await this.page.getByRole('button', { name: t('main:toolbar.newEntity') }).click();
    const dialog = this.dialog();
    const type = typeLabel(t, entity.type);
    await dialog.getByRole('radio', { name: type }).click();
    await dialog.getByLabel(t('forms:label')).fill(entity.label);
    for (const alias of entity.aliases ?? []) {
      await dialog.getByLabel(t('forms:aliases')).fill(alias);
      await dialog.getByLabel(t('forms:aliases')).press('Enter');
    }
    for (const [label, value] of Object.entries(entity.props ?? {})) {
      await dialog.getByLabel(label).fill(value);
    }
    await dialog.getByRole('button', { name: t('dialogs:entity.create', { type }) }).click();
    // A refused form stays open with an alert: say what it says rather than time out silently.
    await expect(dialog.or(dialog.getByRole('alert')))
      .toBeHidden({ timeout: 5000 })
      .catch(async (error: unknown) => {
        const alert = await dialog.getByRole('alert').allTextContents();
        throw new Error(`New entity form stayed open: ${alert.join(' ') || String(error)}`);
      });
  }
}
