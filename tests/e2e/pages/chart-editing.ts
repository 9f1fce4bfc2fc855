import { expect, type Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/**
 * The chart as a pointer user meets it: entities found by hovering (the link handle names the
 * entity under the pointer), links drawn by dragging that handle.
 */
export class ChartEditing {
  constructor(readonly page: Page) {}

  handle(label: string) {
    return this.page.getByRole('button', { name: `Draw a link from ${label}`, exact: true });
  }

  /**
   * Where an entity is drawn, in page pixels: pointer moves sweep the chart (in the page, so a
   * full sweep takes moments) until the link handle names the entity. Positions come from
   * layout and placement, which these tests do not depend on.
   */
  async find(label: string): Promise<Point> {
    const found = await this.page.evaluate((name) => {
      const canvas = document.querySelector('.chart-canvas');
      const handle = () => document.querySelector<HTMLButtonElement>('.link-handle');
      if (!canvas) return null;
      const area = canvas.getBoundingClientRect();
      const names = (x: number, y: number) => {
        const under = document.elementFromPoint(x, y);
        if (!under || !canvas.contains(under)) return false;
        // The handle lingers a moment after the pointer leaves its node: hidden first, it
        // shows again only if this very move is over an entity.
        const before = handle();
        if (before) before.hidden = true;
        under.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
        const shown = handle();
        return !!shown && !shown.hidden && shown.getAttribute('aria-label') === name;
      };
      const step = 8;
      for (let y = area.top + step / 2; y < area.bottom; y += step) {
        for (let x = area.left + step / 2; x < area.right; x += step) {
          if (!names(x, y)) continue;
          // The first hit is near the node's top edge: go down to the middle of its body.
          let bottom = y;
          while (bottom + 2 < area.bottom && names(x, bottom + 2)) bottom += 2;
          return { x, y: Math.round((y + bottom) / 2) };
        }
      }
      return null;
    }, `Draw a link from ${label}`);
    if (!found) throw new Error(`no entity “${label}” found on the chart`);
    return found;
  }

  /**
   * Presses on the link handle of entity `from` and moves to entity `to` (or to a point);
   * the button stays down. Entities are found again until the pointer meets the handle where
   * they were found: the first layout may still be settling the view.
   */
  async startLink(from: string, to: string | Point): Promise<void> {
    const handle = this.handle(from);
    let end: Point = { x: 0, y: 0 };
    await expect(async () => {
      const start = await this.find(from);
      end = typeof to === 'string' ? await this.find(to) : to;
      await this.page.mouse.move(start.x, start.y);
      await expect(handle).toBeVisible({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    const box = await handle.boundingBox();
    if (!box) throw new Error('link handle not visible');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(end.x, end.y, { steps: 12 });
  }
}
