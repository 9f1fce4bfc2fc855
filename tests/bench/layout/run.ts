import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { appRoot } from '../../../electron/services/paths';
import type { Schema } from '../../../graph-schema/model/schema';
import { machine, table, writeBlock, type Row } from '../report';
import type { LayoutRunResult } from './result';
import { serveDir } from './serve';

/**
 * `tsx tests/bench/layout/run.ts [--sizes 1000,5000,10000] [--skip-baseline] [--write]` (or `npm run bench --
 * --layout`): builds the bench page with Vite, opens it in Chromium (canvas renderer), and
 * for each size times the app's force layout (adapter.runLayout: fcose in a worker) and the
 * baseline (fcose on the main thread, same graph), each on a fresh page, recording the
 * longest main-thread task during each. Prints a table; --write puts it into BENCHMARKS.md.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = process.env['PLEXUS_CHROMIUM'] ?? '/usr/bin/chromium';

type BenchWindow = {
  plexusLayoutBench(schema: Schema, nodes: number, mode: 'worker' | 'main'): Promise<LayoutRunResult>;
};

export async function runLayoutBench(
  options: { sizes?: number[]; write?: boolean; skipBaseline?: boolean } = {},
): Promise<void> {
  const sizes = options.sizes ?? [1000, 5000, 10000];
  const out = mkdtempSync(join(tmpdir(), 'plexus-bench-layout-'));
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
  const results: LayoutRunResult[] = [];
  try {
    for (const nodes of sizes) {
      for (const mode of options.skipBaseline ? (['worker'] as const) : (['worker', 'main'] as const)) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 940 } });
        page.on('pageerror', (err) => log(`  page error: ${err.message}`));
        await page.goto(url);
        await page.waitForSelector('html[data-ready="yes"]');
        log(`  ${nodes} nodes, ${mode}`);
        const result = await page.evaluate(
          ([s, n, m]) => (window as unknown as BenchWindow).plexusLayoutBench(s, n, m),
          [schema, nodes, mode] as const,
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

  const rows = toRows(results);
  const title = 'Force layout of 1,000 / 5,000 / 10,000 nodes (1.5 links a node), Chromium, canvas';
  const version = browser.version();
  process.stdout.write(`\n${title}\n${machine()}, Chromium ${version}\n\n${table(rows)}\n`);
  if (options.write) {
    const block = { marker: 'bench-layout', section: 'Layout benchmark' };
    writeBlock(join(appRoot(), 'BENCHMARKS.md'), block, { title, rows, where: `Chromium ${version}` });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const task = (r: LayoutRunResult) =>
  r.longTasks === 0 ? 'none over 50 ms' : `${Math.round(r.longestTaskMs)} ms (${r.longTasks} over 50 ms)`;

function toRows(results: readonly LayoutRunResult[]): Row[] {
  const rows: Row[] = [];
  for (const r of results) {
    const size = `${r.nodes.toLocaleString('en-US')} nodes`;
    if (r.mode === 'worker') {
      rows.push({
        measure: `${size}: force layout (worker), end to end`,
        value: seconds(r.totalMs),
        goal: r.nodes === 5000 ? '< 5 s' : '',
        met: r.nodes === 5000 ? r.totalMs < 5000 : undefined,
      });
      rows.push({
        measure: `${size}: longest main-thread task during it`,
        value: task(r),
        goal: '<= 50 ms',
        met: r.longTasks === 0,
      });
    } else {
      rows.push({
        measure: `${size}: baseline, fcose on the main thread`,
        value: `${seconds(r.totalMs)}, longest task ${task(r)}`,
        goal: '',
        met: undefined,
      });
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      write: { type: 'boolean', default: false },
      'skip-baseline': { type: 'boolean', default: false },
    },
  });
  await runLayoutBench({
    sizes: values.sizes.split(',').map(Number),
    write: values.write,
    skipBaseline: values['skip-baseline'],
  });
}
