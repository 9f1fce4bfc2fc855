import { expect, type Page } from '@playwright/test';
import { ENGLISH, type Words } from '../words';
import { EntityForm } from './entity-form';
import { LinkForm } from './link-form';

/**
 * The case screen: search, toolbar, chart, inspector and status bar. Controls are found by
 * their names in the browser's language (`t`, the app's catalogues).
 */
export class MainPage {
  readonly entityForm: EntityForm;
  readonly linkForm: LinkForm;

  constructor(
    readonly page: Page,
    readonly t: Words = ENGLISH,
  ) {
    this.entityForm = new EntityForm(page, t);
    this.linkForm = new LinkForm(page, t);
  }

  search() {
    return this.page.getByRole('combobox', { name: this.t('search:label') });
  }

  results() {
    return this.page.getByRole('listbox', { name: this.t('search:results') });
  }

  async searchFor(text: string): Promise<void> {
    await this.search().fill(text);
    await expect(this.results().getByRole('option').first()).toBeVisible();
  }

  /** Searches and adds the first hit to the chart (Enter), which selects it. */
  /**
   * Puts the first hit on the chart. With `label`, also waits until the inspector shows that
   * entity: selection follows the chart update, and typing before it lands edits the entity
   * selected before (seen on a loaded CI machine).
   */
  async addFromSearch(text: string, label?: string): Promise<void> {
    await this.searchFor(text);
    await expect(this.results().getByRole('option').first()).toContainText(text, { ignoreCase: true });
    await this.search().press('Enter');
    await expect(this.results()).toBeHidden();
    if (label)
      await expect(this.inspector().getByRole('form')).toHaveAccessibleName(
        this.t('inspector:editEntity', { label }),
      );
  }

  /** Finds an entity by its label and renames it in the inspector, saved. */
  async renameEntity(from: string, to: string): Promise<void> {
    await this.addFromSearch(from, from);
    await this.inspector().getByLabel(this.t('forms:label')).fill(to);
    await this.inspector()
      .getByRole('button', { name: this.t('inspector:save') })
      .click();
    await expect(this.inspector().getByRole('form')).toHaveAccessibleName(
      this.t('inspector:editEntity', { label: to }),
    );
  }

  chart() {
    return this.page.locator('.chart-canvas');
  }

  chartCounts() {
    return this.page.getByTestId('chart-counts');
  }

  caseCounts() {
    return this.page.getByTestId('case-counts');
  }

  inspector() {
    return this.page.getByRole('complementary', { name: this.t('inspector:label') });
  }

  /** The chart centre: where a single node sits after it is fitted to view. */
  async chartCentre(): Promise<{ x: number; y: number }> {
    const box = await this.chart().boundingBox();
    if (!box) throw new Error('chart not visible');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  /**
   * Right-clicks the chart centre until the entity menu opens: a single node lands there
   * once the first layout has settled, which takes a moment while it animates.
   */
  async openEntityMenuAtCentre(): Promise<void> {
    const { x, y } = await this.chartCentre();
    await expect(async () => {
      await this.page.keyboard.press('Escape');
      await this.page.mouse.click(x, y, { button: 'right' });
      await expect(
        this.contextMenu().getByRole('menuitem', { name: this.t('chart:menu.expandFiltered') }),
      ).toBeVisible({
        timeout: 500,
      });
    }).toPass({ timeout: 10_000 });
  }

  contextMenu() {
    return this.page.locator('.bp6-context-menu-popover').getByRole('menu');
  }

  /** Runs a layout by its id (force, hierarchical, circle, concentric, grid) or its shown name. */
  async runLayout(layout: string): Promise<void> {
    const name = /^[a-z]+$/.test(layout) ? this.t(`main:layoutName.${layout}`) : layout;
    await this.page.getByRole('button', { name: this.t('main:toolbar.layout'), exact: true }).click();
    await this.page
      .getByRole('menu', { name: this.t('main:toolbar.layouts') })
      .getByRole('menuitem', { name, exact: true })
      .click();
    await expect(this.page.locator('html[data-plexus-layout="idle"]')).toBeAttached({ timeout: 15_000 });
  }

  async undo(): Promise<void> {
    await this.page
      .getByRole('toolbar', { name: this.t('main:toolbar.label') })
      .getByRole('button', { name: this.t('main:toolbar.undo'), exact: true })
      .click();
  }

  closeCaseButton() {
    return this.page.getByRole('button', { name: this.t('main:toolbar.closeCase') });
  }

  /** Closes the case; unsaved chart work is discarded if Plexus asks (tests of the asking click themselves). */
  async closeCase(): Promise<void> {
    await this.closeCaseButton().click();
    const asked = this.unsavedDialog();
    const start = this.page.locator('html[data-plexus-ready="start"]');
    await expect(asked.or(start)).toBeAttached();
    if (await asked.isVisible()) await this.discardChanges();
  }

  /** The Save / Discard / Cancel question before unsaved work would be dropped. */
  unsavedDialog() {
    return this.page.getByRole('dialog', { name: this.t('unsaved:title') });
  }

  async discardChanges(): Promise<void> {
    await this.unsavedDialog()
      .getByRole('button', { name: this.t('common:discard') })
      .click();
    await expect(this.unsavedDialog()).toBeHidden();
  }
}
