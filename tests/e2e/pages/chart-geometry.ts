import type { Page } from '@playwright/test';
import { findConflicts, type Conflict } from '../../../graph-schema/chart/geometry';
import type { ChartProbe } from '../../../renderer/src/chart/test-hook';

/**
 * What misleads on the chart as the browser draws it, by the rules placement follows
 * (graph-schema/chart/geometry.ts): label boxes as Cytoscape measures them at zoom 1.
 */
export async function chartConflicts(page: Page): Promise<Conflict[]> {
  const drawn = await page.evaluate(
    () => (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart?.geometry() ?? null,
  );
  if (!drawn) throw new Error('No chart on the page');
  return findConflicts(drawn.bodies, drawn.links);
}

/** Conflicts not among those the chart had before. */
export function newConflicts(now: readonly Conflict[], before: readonly Conflict[]): Conflict[] {
  const known = new Set(before.map((c) => JSON.stringify(c)));
  return now.filter((c) => !known.has(JSON.stringify(c)));
}

/** A drawn node's centre in chart units, or null when it is not drawn (a note stays where it was put). */
export async function centreOf(page: Page, id: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted) => {
    const probe = (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart;
    const body = probe?.geometry().bodies.find((b) => b.id === wanted);
    return body ? { x: body.x, y: body.y } : null;
  }, id);
}

/** Whether a drawn node (its box, or its disc) lies wholly inside the chart's visible area. */
export async function whollyInView(page: Page, id: string): Promise<boolean> {
  return page.evaluate((wanted) => {
    const probe = (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart;
    const canvas = document.querySelector('.chart-canvas');
    const body = probe?.geometry().bodies.find((b) => b.id === wanted);
    if (!probe || !canvas || !body) return false;
    const { zoom, pan } = probe.viewport();
    const box = body.box ?? {
      x1: body.x - body.radius,
      y1: body.y - body.radius,
      x2: body.x + body.radius,
      y2: body.y + body.radius,
    };
    const { width, height } = canvas.getBoundingClientRect();
    return (
      box.x1 * zoom + pan.x >= 0 &&
      box.y1 * zoom + pan.y >= 0 &&
      box.x2 * zoom + pan.x <= width &&
      box.y2 * zoom + pan.y <= height
    );
  }, id);
}
