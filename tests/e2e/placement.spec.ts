import { expect, shot, test } from './fixtures';
import { chartConflicts, newConflicts } from './pages/chart-geometry';

const LAYOUTS = ['Force-directed', 'Hierarchical', 'Circle', 'Concentric (by degree)', 'Grid'];

// FIXME (found 2026-12-06, cause not yet known): since Find path breaks ties between equally
// short paths by entity id, this chart's content differs from run to run (the demo's ids are
// new each time), and in about three runs of four a node is left on the demo's note, or a link
// through it, after Force-directed or Circle. The same happens with the chart code from before
// this session, so tidying (renderer/src/chart/tidy.ts) does not always clear a fixed note: a
// real placement defect, left open on issue 10 rather than hidden by a fixed path.
test.fixme('expand, find path, new entities and every layout draw nothing on anything', async ({
  start,
  main,
  page,
}) => {
  await start.openDemo();
  await expect(main.chartCounts()).toHaveText(/^Chart: 12 entities/);
  // What the saved starting chart draws already is not placement's doing.
  const known = await chartConflicts(page);
  const added = async () => newConflicts(await chartConflicts(page), known);

  await main.addFromSearch('Zhou Haoran', 'Zhōu Hàorán');
  await main.inspector().getByRole('button', { name: 'Expand' }).click();
  await expect(main.chartCounts()).not.toHaveText(/^Chart: 12 entities/);
  expect(await added()).toEqual([]);
  await shot(page, 'placement-1-after-expand');

  await main.addFromSearch('Vautrin', 'Élise Vautrin');
  await main.inspector().getByRole('button', { name: 'Path…' }).click();
  const pathDialog = page.getByRole('dialog', { name: 'Find path' });
  await pathDialog.getByRole('combobox', { name: 'Path target' }).fill('Ingrid');
  await pathDialog.getByRole('option', { name: /Ingrid Ferreira-Lind/ }).click();
  await pathDialog.getByRole('button', { name: 'Find path' }).click();
  await expect(page.getByRole('region', { name: 'Path result' })).toContainText('Ingrid Ferreira-Lind');
  expect(await added()).toEqual([]);
  await shot(page, 'placement-2-after-path');

  await main.entityForm.create({ type: 'Person', label: 'Satō Kenji' });
  await main.entityForm.create({ type: 'Organization', label: 'Kaiyo Marine Research Institute' });
  await expect(main.chartCounts()).toHaveText(/Chart: \d+ entities/);
  expect(await added()).toEqual([]);
  await shot(page, 'placement-3-after-new-entities');

  for (const [i, name] of LAYOUTS.entries()) {
    await main.runLayout(name);
    // Bends are worked out again once the layout has settled and notes have followed their
    // entities, so the check waits for that (a conflict that stays still fails it).
    await expect.poll(() => chartConflicts(page), { message: name }).toEqual([]);
    await shot(page, `placement-${4 + i}-layout-${name.split(' ')[0]?.toLowerCase() ?? i}`);
  }
});
