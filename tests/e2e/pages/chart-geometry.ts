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
