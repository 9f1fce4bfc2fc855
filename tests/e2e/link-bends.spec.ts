import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, shot, SHOTS_DIR, test } from './fixtures';
import { chartConflicts, newConflicts } from './pages/chart-geometry';
import { ChartsPage } from './pages/charts';
import type { ChartProbe } from '../../renderer/src/chart/test-hook';
import type { ChartGeometry } from '../../renderer/src/chart/types';

const geometry = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __plexusChart?: ChartProbe }).__plexusChart?.geometry() ?? null,
  ) as Promise<ChartGeometry | null>;

test('a link between two entities with a third between them bends round it, on screen and in the SVG export', async ({
  start,
  main,
  page,
  casesDir,
}) => {
  await start.openDemo();
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities/);
  const known = await chartConflicts(page);
  const before = await geometry(page);
  const bodies = new Map(before?.bodies.map((b) => [b.id, { x: b.x, y: b.y }]));
  const links = before?.links.length ?? 0;

  // Guō Lìpíng, Lanxin Holdings and Lanxin Maritime stand in a row on the starting chart.
  await main.linkForm.create('Guō Lìpíng', 'Lanxin Maritime', 'OFFICER_OF');
  await expect.poll(async () => (await geometry(page))?.links.length).toBe(links + 1);
  const after = await geometry(page);
  // Nobody moved, and no line passes a node it does not join.
  for (const body of after?.bodies ?? [])
    expect({ x: body.x, y: body.y }, body.id).toEqual(bodies.get(body.id));
  expect(newConflicts(await chartConflicts(page), known)).toEqual([]);
  const bent = after?.links.filter((l) => l.control) ?? [];
  expect(bent.length).toBeGreaterThanOrEqual(1);
  await shot(page, 'chartfix-bent-link');

  // The SVG export bends it too; with text as outlines it has no text and no fonts.
  const charts = new ChartsPage(page);
  await charts.exportTo('SVG', path.join(casesDir, 'plain.svg'));
  await charts.exportTo('SVG', path.join(casesDir, 'outlined.svg'), async () => {
    await charts
      .exportDialog()
      .getByText(/^Text as outlines/)
      .click();
    await expect(charts.exportDialog().getByRole('checkbox', { name: /Text as outlines/ })).toBeChecked();
    await shot(page, 'chartfix-export-dialog-outlines');
  });
  const plain = readFileSync(path.join(casesDir, 'plain.svg'), 'utf8');
  const outlined = readFileSync(path.join(casesDir, 'outlined.svg'), 'utf8');
  copyFileSync(path.join(casesDir, 'outlined.svg'), path.join(SHOTS_DIR, 'chartfix-demo-outlined.svg'));
  const texts = [...plain.matchAll(/<text /g)].length;
  expect(texts).toBeGreaterThan(20);
  expect(outlined).not.toMatch(/<text[\s>]/);
  expect([...outlined.matchAll(/ role="img" aria-label="/g)].length).toBe(texts);
  expect(outlined).toContain('aria-label="Guō Lìpíng"');
  // Every curve in the export (parallel links bowed, links bent round nodes) is a Q path.
  expect([...plain.matchAll(/<path d="M[\d.-]+ [\d.-]+Q/g)].length).toBeGreaterThanOrEqual(bent.length);
});
