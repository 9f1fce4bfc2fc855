import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { renderChartPdf } from '../../../electron/services/export/pdf/render-pdf';
import { appRoot } from '../../../electron/services/paths';
import { composePages } from '../../../graph-schema/chart/compose';
import { paperSize } from '../../../graph-schema/chart/page-sizes';
import { sceneToSvg } from '../../../graph-schema/chart/paint-svg';
import type { PdfOptions } from '../../../graph-schema/chart/scene';
import { approximateMeasure } from '../../../graph-schema/chart/text-wrap';
import { header, syntheticScene } from '../../support/chart/scenes';
import { machine, table, writeBlock, type Row } from '../report';
import { barePdf } from './baseline';
import { chromiumAvailable, timePngInChromium } from './png-chromium';

/**
 * `tsx tests/bench/export/run.ts [--entities N] [--links M] [--write]` (or `npm run bench --
 * --export`): a synthetic styled chart of N entities and M links exported to PDF (one A3
 * page, and tiled 3 across), SVG and PNG at 4x (in headless Chromium), against pdfkit
 * drawing the same number of bare circles and lines. Each Node timing is the median of 3.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);

async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

export async function runExportBench(options: { entities?: number; links?: number; write?: boolean } = {}) {
  const entities = options.entities ?? 2000;
  const links = options.links ?? entities * 2;
  const scene = syntheticScene(entities, links);
  const head = header();
  const a3: PdfOptions = { pageSize: 'A3', orientation: 'landscape', tile: false, tilesAcross: 3 };
  log(`${machine()}\nexporting a ${entities}-entity, ${scene.edges.length}-link chart`);

  // The first PDF also reads and parses the font files; timed apart from the steady state.
  const start = performance.now();
  const first = await renderChartPdf(scene, head, a3);
  const firstPdf = performance.now() - start;
  const composeMs = await median(3, () =>
    composePages(scene, head, paperSize(a3), { measure: approximateMeasure }),
  );
  let pdf = first;
  const pdfMs = await median(3, async () => (pdf = await renderChartPdf(scene, head, a3)));
  let tiled = first;
  const tiledMs = await median(
    3,
    async () => (tiled = await renderChartPdf(scene, head, { ...a3, tile: true })),
  );
  let bareBytes = 0;
  const bareMs = await median(3, async () => (bareBytes = await barePdf(scene)));
  let svg = '';
  const svgMs = await median(3, () => (svg = sceneToSvg(scene, head)));

  const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;
  const ms = (v: number) => `${Math.round(v).toLocaleString('en-US')} ms`;
  const rows: Row[] = [
    {
      measure: 'composePages, one A3 page (approximate metrics)',
      value: ms(composeMs),
      goal: '',
      met: undefined,
    },
    {
      measure: 'PDF, one A3 page (compose + draw + fonts + bytes)',
      value: `${ms(pdfMs)} (${mib(pdf.bytes.byteLength)})`,
      goal: '',
      met: undefined,
    },
    { measure: 'PDF, first in the process (fonts read)', value: ms(firstPdf), goal: '', met: undefined },
    {
      measure: `PDF tiled 3 across (${tiled.pages} pages)`,
      value: `${ms(tiledMs)} (${mib(tiled.bytes.byteLength)})`,
      goal: '',
      met: undefined,
    },
    {
      measure: 'Bare pdfkit: circles and lines only, no text',
      value: `${ms(bareMs)} (${mib(bareBytes)})`,
      goal: '',
      met: undefined,
    },
    { measure: 'PDF / bare ratio', value: `${(pdfMs / bareMs).toFixed(1)}x`, goal: '', met: undefined },
    {
      measure: 'SVG (compose + serialise)',
      value: `${ms(svgMs)} (${mib(svg.length)})`,
      goal: '',
      met: undefined,
    },
  ];
  let notes = '';
  if (chromiumAvailable()) {
    log('timing PNG 4x in headless Chromium');
    const png = await timePngInChromium(entities, links, 4);
    rows.push(
      {
        measure: `PNG 4x in Chromium, warm (${png.width} x ${png.height} px)`,
        value: `${ms(png.warmMs)} (${mib(png.bytes)})`,
        goal: '',
        met: undefined,
      },
      { measure: 'PNG 4x, first call (fonts fetched)', value: ms(png.coldMs), goal: '', met: undefined },
    );
  } else notes = 'PNG 4x not timed: no Chromium at /usr/bin/chromium (or CHROMIUM_PATH).';
  const title = `Chart export: ${entities.toLocaleString('en-US')} entities, ${scene.edges.length.toLocaleString('en-US')} links`;
  process.stdout.write(`\n${title}\n${machine()}\n\n${table(rows)}\n${notes ? `\n${notes}\n` : ''}`);
  if (options.write) {
    const block = { marker: 'bench-export', section: 'Chart export benchmark' };
    writeBlock(join(appRoot(), 'BENCHMARKS.md'), block, { title, rows, notes });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '2000' },
      links: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  });
  await runExportBench({
    entities: Number(values.entities),
    links: values.links === undefined ? undefined : Number(values.links),
    write: values.write,
  });
}
