import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { appRoot } from '../../../electron/services/paths';
import type { Schema } from '../../../graph-schema/model/schema';
import { serveDir } from '../layout/serve';
import { machine, table, writeBlock, type Row } from '../report';
import type { AnalysisRunResult } from './result';

/**
 * `tsx tests/bench/analysis/run.ts [--entities 10000] [--links-per-entity 5] [--measures betweenness,louvain] [--write]` (or
 * `npm run bench -- --analysis`): builds the bench page with Vite, opens it in Chromium and,
 * for betweenness and Louvain, times the app's path (the analysis worker) and the baseline
 * (the same function on the main thread), each on a fresh page, with the longest main-thread
 * task during each. Prints a table; --write puts it into BENCHMARKS.md.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = process.env['PLEXUS_CHROMIUM'] ?? '/usr/bin/chromium';
const MEASURES = ['betweenness', 'louvain'] as const;

type BenchWindow = {
  plexusAnalysisBench(
    schema: Schema,
    entities: number,
    linksPerEntity: number,
    measure: AnalysisRunResult['measure'],
    mode: AnalysisRunResult['mode'],
  ): Promise<AnalysisRunResult>;
};

export async function runAnalysisBench(
  options: {
    entities?: number;
    linksPerEntity?: number;
    measures?: readonly (typeof MEASURES)[number][];
    write?: boolean;
  } = {},
): Promise<void> {
  const entities = options.entities ?? 10_000;
  const linksPerEntity = options.linksPerEntity ?? 5;
  const out = mkdtempSync(join(tmpdir(), 'plexus-bench-analysis-'));
  const loadBefore = loadavg()[0] ?? 0;
  log(`${machine()}\nbuilding the bench page in ${out}`);
  await build({
    configFile: false,
    root: join(here, 'page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const { url, server } = await serveDir(out);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const schema = loadSchema([]);
  const results: AnalysisRunResult[] = [];
  try {
    for (const measure of options.measures ?? MEASURES) {
      for (const mode of ['worker', 'main'] as const) {
        const page = await browser.newPage();
        page.on('pageerror', (err) => log(`  page error: ${err.message}`));
        await page.goto(url);
        await page.waitForSelector('html[data-ready="yes"]');
        log(`  ${measure}, ${mode}`);
        const result = await page.evaluate(
          ([s, n, l, m, w]) => (window as unknown as BenchWindow).plexusAnalysisBench(s, n, l, m, w),
          [schema, entities, linksPerEntity, measure, mode] as const,
        );
        log(`    ${JSON.stringify(result)}`);
        results.push(result);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
  const loadAfter = loadavg()[0] ?? 0;
  const links = results[0]?.links ?? entities * linksPerEntity;
  const rows = toRows(results);
  const title = `Analysis of ${entities.toLocaleString('en-US')} entities / ${links.toLocaleString('en-US')} links in the worker, Chromium`;
  const where = `Chromium ${browser.version()}, load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
  process.stdout.write(`\n${title}\n${machine()}, ${where}\n\n${table(rows)}\n`);
  if (options.write) {
    const block = { marker: 'bench-analysis', section: 'Analysis benchmark' };
    writeBlock(join(appRoot(), 'BENCHMARKS.md'), block, { title, rows, where });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const task = (r: AnalysisRunResult) =>
  r.longTasks === 0 ? 'none over 50 ms' : `${Math.round(r.longestTaskMs)} ms (${r.longTasks} over 50 ms)`;

function toRows(results: readonly AnalysisRunResult[]): Row[] {
  const rows: Row[] = [];
  for (const measure of MEASURES) {
    const worker = results.find((r) => r.measure === measure && r.mode === 'worker');
    const main = results.find((r) => r.measure === measure && r.mode === 'main');
    if (!worker || !main) continue;
    rows.push({
      measure: `${measure} in the worker, end to end (${worker.rows.toLocaleString('en-US')} rows, ${worker.progressUpdates} progress updates)`,
      value: `${seconds(worker.totalMs)} (${(worker.totalMs / main.totalMs).toFixed(2)}x the main-thread baseline)`,
      goal: '',
      met: undefined,
    });
    rows.push({
      measure: `${measure}: longest main-thread task during it`,
      value: task(worker),
      goal: '<= 50 ms',
      met: worker.longTasks === 0,
    });
    rows.push({
      measure: `${measure}: baseline, on the main thread`,
      value: `${seconds(main.totalMs)}, longest task ${task(main)}`,
      goal: '',
      met: undefined,
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '10000' },
      'links-per-entity': { type: 'string', default: '5' },
      measures: { type: 'string', default: MEASURES.join(',') },
      write: { type: 'boolean', default: false },
    },
  });
  await runAnalysisBench({
    entities: Number(values.entities),
    linksPerEntity: Number(values['links-per-entity']),
    measures: MEASURES.filter((m) => values.measures.split(',').includes(m)),
    write: values.write,
  });
}
