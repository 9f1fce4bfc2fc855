import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdf } from '../support/chart/pdf-text';
import { expect, shot, SHOTS_DIR, test } from './fixtures';
import { ChartsPage } from './pages/charts';
import type { MainPage } from './pages/main-page';
import { chartCounts, typeLabel, type Words } from './words';

/** Width and height from a PNG's header (IHDR): the file's real pixel size. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The demo case's Lǐ Mínghuī and `limit` entities within `hops`, in a circle (the same every run). */
async function chartAroundMinghui(main: MainPage, hops: number, limit: number): Promise<void> {
  const { t } = main;
  // The demo opens on its starting chart: begin on an empty one.
  await new ChartsPage(main.page, t).menu('charts:menu.newChart');
  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 0, links: 0 }));
  await main.addFromSearch('minghui');
  await main.openEntityMenuAtCentre();
  await main
    .contextMenu()
    .getByRole('menuitem', { name: t('chart:menu.expandFiltered') })
    .click();
  const expand = main.page.getByRole('dialog', {
    name: t('dialogs:expand.titleOne', { name: 'Lǐ Mínghuī' }),
  });
  await expand.getByLabel(t('dialogs:expand.hops')).selectOption(String(hops));
  await expand.getByLabel(t('dialogs:expand.limit')).fill(String(limit));
  await expand.getByRole('button', { name: t('dialogs:expand.run'), exact: true }).click();
  await expect(expand.getByRole('status')).toContainText(
    t('dialogs:count.entities', { count: limit, formatted: String(limit) }),
  );
  await expand
    .getByRole('button', { name: t('dialogs:close'), exact: true })
    .first()
    .click();
  await main.runLayout('circle');
}

/** The status bar's counts with more parts after them: " · 1 group · 1 note" in the browser's language. */
function more(t: Words, counts: string, parts: { groups?: number; notes?: number }): string {
  const extra = [
    ...(parts.groups
      ? [t('main:status.groups', { count: parts.groups, formatted: String(parts.groups) })]
      : []),
    ...(parts.notes ? [t('main:status.notes', { count: parts.notes, formatted: String(parts.notes) })] : []),
  ];
  return [counts, ...extra].join(t('main:status.separator'));
}

/** A main flow: runs in English and in Japanese (playwright.config.ts), controls by catalogue name. */
test('a supervisor groups, annotates and saves a chart, reopens it exactly, and exports it', async ({
  start,
  main,
  page,
  casesDir,
  t,
  locale,
}) => {
  const suffix = locale?.startsWith('ja') ? '-ja' : '';
  const charts = new ChartsPage(page, t);
  await start.openDemo();
  await chartAroundMinghui(main, 1, 8);
  const counts = (await main.chartCounts().textContent()) ?? '';
  expect(counts).toMatch(chartCounts(t, { entities: 9, links: null }));

  // Group everything in a titled box, then a free note.
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+g');
  await charts.prompt(t('charts:group.title'), 'Minghui network', t('charts:group.submit'));
  await expect(main.chartCounts()).toHaveText(more(t, counts, { groups: 1 }));
  await charts.menu('charts:menu.addNote');
  await charts.prompt(t('charts:note.new'), 'Seen together in Vienna, May 2023', t('charts:note.add'));
  await expect(main.chartCounts()).toHaveText(more(t, counts, { groups: 1, notes: 1 }));

  // The first save asks for a name; the menu shows it from then on.
  await page.keyboard.press('Control+s');
  await charts.prompt(t('charts:saveAs.title'), 'Briefing', t('common:save'));
  await expect(charts.menuButton()).toHaveText('Briefing');
  await shot(page, `40-chart-grouped${suffix}`);
  const close = () =>
    charts.exportDialog().getByRole('button', { name: t('chartExport:close'), exact: true });
  await charts.exportTo('SVG', path.join(casesDir, 'before.svg'));
  await close().first().click();

  // A new chart is empty; reopening the saved one brings everything back where it was.
  await charts.menu('charts:menu.newChart');
  await expect(main.chartCounts()).toHaveText(chartCounts(t, { entities: 0, links: 0 }));
  await charts.openSaved('Briefing');
  await expect(main.chartCounts()).toHaveText(more(t, counts, { groups: 1, notes: 1 }));
  await charts.exportTo('SVG', path.join(casesDir, 'after.svg'));
  const before = readFileSync(path.join(casesDir, 'before.svg'), 'utf8');
  expect(before).toContain('Minghui network');
  expect(before).toContain('Seen together in Vienna, May 2023');
  expect(readFileSync(path.join(casesDir, 'after.svg'), 'utf8')).toBe(before);

  // PDF: title, a banner on every page, the legend; tiled over two pages across.
  const dialog = charts.exportDialog();
  const banner = (await dialog.getByTestId('banner-preview').locator('strong').textContent()) ?? '';
  await dialog.getByLabel(t('chartExport:header.author')).fill('DS Okafor');
  await shot(page, `41-chart-export-dialog${suffix}`);
  await charts.exportTo('PDF', path.join(casesDir, 'briefing.pdf'));
  const single = await readPdf(readFileSync(path.join(casesDir, 'briefing.pdf')));
  expect(single.pages).toHaveLength(1);
  expect(single.pages[0]?.joined).toContain('Briefing');
  expect(single.pages[0]?.joined).toContain('DS Okafor');
  expect(single.pages[0]?.joined).toContain(typeLabel(t, 'Person'));
  expect(single.pages[0]?.items.filter((t) => t.includes(banner)).length).toBeGreaterThanOrEqual(2);
  await charts.exportTo('PDF', path.join(casesDir, 'tiled.pdf'), async () => {
    await dialog.getByLabel(t('chartExport:pdf.across')).selectOption('2');
  });
  const tiled = await readPdf(readFileSync(path.join(casesDir, 'tiled.pdf')));
  expect(tiled.pages.length).toBeGreaterThanOrEqual(2);
  for (const page of tiled.pages) expect(page.joined).toContain(banner);

  // PNG: twice the pixels at 2x, and not blank.
  await charts.exportTo('PNG', path.join(casesDir, 'one.png'), async () => {
    await dialog.getByLabel(t('chartExport:png.scale')).selectOption('1');
  });
  await charts.exportTo('PNG', path.join(casesDir, 'two.png'), async () => {
    await dialog.getByLabel(t('chartExport:png.scale')).selectOption('2');
  });
  const one = readFileSync(path.join(casesDir, 'one.png'));
  const two = readFileSync(path.join(casesDir, 'two.png'));
  mkdirSync(SHOTS_DIR, { recursive: true });
  copyFileSync(path.join(casesDir, 'two.png'), path.join(SHOTS_DIR, `42-chart-export-2x${suffix}.png`));
  expect(pngSize(two).width).toBe(pngSize(one).width * 2);
  expect(pngSize(two).height).toBe(pngSize(one).height * 2);
  const inked = await page.evaluate(async (base64) => {
    // The app's CSP forbids fetching data: URLs; decode by hand.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return 0;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4)
      if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) count++;
    return count;
  }, two.toString('base64'));
  expect(inked).toBeGreaterThan(5_000);
  await close().first().click();

  // A hidden entity stays hidden when the chart is saved and reopened, until shown again.
  await main.addFromSearch('Qinghe University', 'Qinghe University of Engineering');
  await main
    .inspector()
    .getByRole('button', { name: t('inspector:hide') })
    .click();
  const hidden = `${t('main:status.separator')}${t('main:status.hidden', { formatted: '1' })}`;
  await expect(main.chartCounts()).toContainText(hidden);
  await page.keyboard.press('Control+s');
  await expect(charts.menuButton()).toHaveText('Briefing');
  await charts.menu('charts:menu.newChart');
  await charts.openSaved('Briefing');
  await expect(main.chartCounts()).toContainText(hidden);
  await charts.menu(t('charts:menu.showHiddenCount', { formatted: '1' }));
  await expect(main.chartCounts()).toHaveText(more(t, counts, { groups: 1, notes: 1 }));
});

test('a chart styled by rules shows its legend, and looks the same every time', async ({
  start,
  main,
  page,
  locale,
}) => {
  // Compares a picture with the English one; the Japanese words are checked by the flow above.
  test.skip(locale?.startsWith('ja') ?? false, 'the picture baseline is English');
  const charts = new ChartsPage(page);
  await start.openDemo();
  await chartAroundMinghui(main, 2, 14);

  await charts.menu('Style and legend…');
  const dialog = page.getByRole('dialog', { name: 'Chart style' });
  await dialog.getByLabel('Colour by').selectOption('props.nationality');
  await dialog.getByLabel('Size by').selectOption('measure.degree');
  const legend = dialog.getByRole('region', { name: 'Legend' });
  await expect(legend).toContainText('Zhonglan');
  await expect(legend).toContainText('Degree');
  await shot(page, '43-chart-style');
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();

  // One step undoes each style change; redo puts it back.
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await main.chart().click({ position: { x: 5, y: 5 } });
  await page.mouse.move(0, 0);
  await expect(main.chart()).toHaveScreenshot('styled-chart.png', { maxDiffPixelRatio: 0.01 });

  // Print sends the export drawing (banners, title, legend) to a frame, not the dark screen.
  await page.keyboard.press('Control+p');
  const printed = page.frameLocator('#plexus-print-frame');
  await expect(printed.locator('svg')).toBeAttached();
  await expect(printed.locator('svg text', { hasText: 'Nationality: Zhonglan' })).toHaveCount(1);
});
