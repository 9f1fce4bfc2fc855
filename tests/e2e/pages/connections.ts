import { expect, type Page } from '@playwright/test';

/** The start screen's "Team server (Neo4j)" section and its connection dialog. */
export class Connections {
  constructor(readonly page: Page) {}

  list() {
    return this.page.getByRole('list', { name: 'Saved connections' });
  }

  dialog() {
    return this.page.getByRole('dialog', { name: /connection/ });
  }

  async openNew(): Promise<void> {
    await this.page.getByRole('button', { name: 'New connection…' }).click();
    await expect(this.dialog()).toBeVisible();
  }

  async fill(fields: { name?: string; uri?: string; user?: string; password?: string }): Promise<void> {
    const d = this.dialog();
    if (fields.name !== undefined) await d.getByLabel('Name', { exact: true }).fill(fields.name);
    if (fields.uri !== undefined) await d.getByLabel('Server address (URI)').fill(fields.uri);
    if (fields.user !== undefined) await d.getByLabel('User', { exact: true }).fill(fields.user);
    if (fields.password !== undefined) await d.getByLabel('Password', { exact: true }).fill(fields.password);
  }

  /** A new connection to the test's server, filled in, its dialog still open. */
  async addServer(name: string, server: { uri: string; user: string; password: string }): Promise<void> {
    await this.openNew();
    await this.fill({ name, uri: server.uri, user: server.user, password: server.password });
  }

  async test(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Test connection' }).click();
  }

  async save(): Promise<void> {
    await this.dialog().getByRole('button', { name: 'Save' }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async delete(name: string): Promise<void> {
    await this.list()
      .getByRole('button', { name: `Delete ${name}` })
      .click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  }

  /** A successful Test connection: server version and edition, database, Plexus schema. */
  testResult() {
    return this.dialog().getByRole('status');
  }

  /** Opens a saved connection with its kept password; a consent question, if asked, is left open. */
  async open(name: string): Promise<void> {
    await this.list()
      .getByRole('button', { name: `Open ${name}` })
      .click();
    await this.openDialog(name).getByRole('button', { name: 'Open', exact: true }).click();
  }

  openDialog(name: string) {
    return this.page.getByRole('dialog', { name: `Open “${name}”` });
  }

  /** The question before Plexus prepares a database: its constraints, indexes and version record. */
  consent() {
    return this.page.getByRole('alertdialog');
  }

  /**
   * Answers the consent question with Prepare database and waits for the case. A cold server
   * creates its constraints and waits for the full-text index to come online: several seconds
   * more than an open when CI's other worker and server share the two cores.
   */
  async prepare(): Promise<void> {
    await this.consent().getByRole('button', { name: 'Prepare database' }).click({ timeout: 20_000 });
    await expect(this.page.locator('html[data-plexus-ready="case"]')).toBeAttached({ timeout: 60_000 });
  }
}
