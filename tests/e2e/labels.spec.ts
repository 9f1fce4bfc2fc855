import { expect, shot, test } from './fixtures';
import { drawnLabels, glyphMisses, labelOverprints, watchGlyphs, wheelToZoom } from './pages/chart-labels';
import type { MainPage } from './pages/main-page';
import type { StartPage } from './pages/start-page';

/** The demo case open, its 12 entities on the chart; answers the chart's centre on the page. */
async function openDemoChart(start: StartPage, main: MainPage): Promise<{ x: number; y: number }> {
  await start.openDemo();
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities/);
  return main.chartCentre();
}

test('labels on the demo chart: none over another or over a node at zoom 1, none zoomed far out', async ({
  start,
  main,
  page,
}) => {
  const centre = await openDemoChart(start, main);

  await wheelToZoom(page, centre, 1);
  await expect(async () => {
    const { labels, geometry } = await drawnLabels(page);
    // Names are drawn (the chart is not simply blank) and none prints over another or a node.
    expect(labels.filter((l) => l.kind === 'node').length).toBeGreaterThan(5);
    expect(labelOverprints(labels, geometry.bodies)).toEqual([]);
  }).toPass({ timeout: 5_000 });
  await shot(page, 'labels-1-zoom-1');

  // A crowded chart: every layout squeezed in, names moved, shortened or hidden to stay apart.
  await main.runLayout('Grid');
  await wheelToZoom(page, centre, 1);
  await expect(async () => {
    const { labels, geometry } = await drawnLabels(page);
    expect(labelOverprints(labels, geometry.bodies)).toEqual([]);
  }).toPass({ timeout: 5_000 });
  await shot(page, 'labels-2-grid-zoom-1');

  // Zoomed far out no label is drawn; zoomed back in they return.
  await wheelToZoom(page, centre, 0.2);
  expect((await drawnLabels(page)).labels).toEqual([]);
  await shot(page, 'labels-3-zoomed-out');
  await wheelToZoom(page, centre, 1);
  await expect.poll(async () => (await drawnLabels(page)).labels.length).toBeGreaterThan(5);
});

test('a label is drawn only once its characters are in the loaded font: the demo’s links turned Japanese', async ({
  start,
  main,
  page,
}) => {
  await wheelToZoom(page, await openDemoChart(start, main), 1);
  await watchGlyphs(page);

  // The link types' Japanese names are nowhere on the page before: their font parts load now.
  await page.getByRole('button', { name: 'Language / 言語' }).click();
  await page.getByRole('option', { name: '日本語' }).click();
  await expect
    .poll(async () => (await drawnLabels(page)).labels.map((l) => l.text))
    .toEqual(expect.arrayContaining(['雇用', '就学', '支払', '国家による任務付与の疑い']));
  expect(await glyphMisses(page)).toEqual([]);
  await shot(page, 'labels-4-links-in-japanese');
});
