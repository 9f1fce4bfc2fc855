import { expect, type Page } from '@playwright/test';

export interface NewEntity {
  type: string;
  label: string;
  aliases?: string[];
  props?: Record<string, string>;
}

/** The "New entity" dialog. */
export class EntityForm {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'New entity' });
  }

  async create(entity: NewEntity): Promise<void> {
    await this.page.getByRole('button', { name: 'New entity' }).click();
    const dialog = this.dialog();
    await dialog.getByRole('radio', { name: entity.type }).click();
    await dialog.getByLabel('Label').fill(entity.label);
    for (const alias of entity.aliases ?? []) {
      await dialog.getByLabel('Aliases').fill(alias);
      await dialog.getByLabel('Aliases').press('Enter');
    }
    for (const [label, value] of Object.entries(entity.props ?? {})) {
      await dialog.getByLabel(label).fill(value);
    }
    await dialog.getByRole('button', { name: /^Create / }).click();
    // A refused form stays open with an alert: say what it says rather than time out silently.
    await expect(dialog.or(dialog.getByRole('alert')))
      .toBeHidden({ timeout: 5000 })
      .catch(async (error: unknown) => {
        const alert = await dialog.getByRole('alert').allTextContents();
        throw new Error(`New entity form stayed open: ${alert.join(' ') || String(error)}`);
      });
  }
}
