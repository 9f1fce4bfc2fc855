import { chromium, type Browser, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { createBackend } from '../../../electron/ipc/handlers';
import { createAppServices } from '../../../electron/services/app-services';
import { appRoot } from '../../../electron/services/paths';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../electron/services/store/sqlite';
import { startWebServer } from '../../../electron/web/server';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { serveDir } from '../layout/serve';
import { machine, table, writeBlock, type Row } from '../report';
import { renderGraph, type RenderGraph } from './graph';
import { installProbe, type InputWindow, type ProbeApi } from './probe';

/**
 * `npm run bench -- --render [--sizes 1000,5000,10000] [--rounds 2] [--seconds 4]
 * [--renderer-dir DIR] [--write]` (or `npx tsx tests/bench/render/run.ts ...`): the app's
 * chart in browser mode against a bare Cytoscape page (default options, same elements, same
 * positions), interleaved app, bare, app, bare... on fresh pages, in headless Chromium with
 * software rendering. Per size: frames/s while dragging the view and while turning the
 * wheel (real Playwright mouse input), input-to-draw latency p95, and the time from the data
 * being in the page to the first frame after the whole chart is drawn.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = fileURLToPath(new URL('.', import.meta.url));
const CHROMIUM = process.env['PLEXUS_CHROMIUM'] ?? '/usr/bin/chromium';
const SHOTS = '/tmp/plexus-shots';
const VIEWPORT = { width: 1440, height: 900 };

type Variant = 'app' | 'bare';
type BenchWindow = { __renderBench: ProbeApi; plexusBare(elements: unknown[]): number };

interface RunResult {
  variant: Variant;
  nodes: number;
  upMs: number;
  pan: InputWindow;
  zoom: InputWindow;
}

export interface RenderBenchOptions {
  sizes?: number[];
  /** Links per entity (5: 10,000 entities, 50,000 links). */
  linksPer?: number;
  rounds?: number;
  seconds?: number;
  /** A renderer already built (`npm run build:renderer` puts it in dist/renderer); else built here. */
  rendererDir?: string;
  write?: boolean;
}

export async function runRenderBench(options: RenderBenchOptions = {}): Promise<void> {
  const sizes = options.sizes ?? [1000, 5000, 10000];
  const linksPer = options.linksPer ?? 5;
  const rounds = options.rounds ?? 2;
  const seconds = options.seconds ?? 4;
  const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-render-'));
  const load = loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');
  log(`${machine()}\nload average ${load}; working in ${dir}`);

  let rendererDir = options.rendererDir;
  if (!rendererDir) {
    rendererDir = join(dir, 'renderer');
    log('building the renderer');
    await build({
      configFile: join(appRoot(), 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: rendererDir, emptyOutDir: true, sourcemap: false },
    });
  }
  const bareDir = join(dir, 'bare');
  await build({
    configFile: false,
    root: join(here, 'page'),
    base: './',
    logLevel: 'warn',
    build: { outDir: bareDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const bare = await serveDir(bareDir);

  const graphs = new Map<number, { graph: RenderGraph; casePath: string }>();
  for (const n of sizes) {
    log(`case of ${n} entities, ${n * linksPer} links`);
    graphs.set(n, await benchCase(dir, n, linksPer));
  }

  const home = join(dir, 'home');
  mkdirSync(join(home, 'cases'), { recursive: true });
  const services = createAppServices({ home, casesDir: join(home, 'cases'), actor: 'bench' });
  const server = await startWebServer({ backend: createBackend(services), rendererDir, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  const results: RunResult[] = [];
  const gpu = await glRenderer(browser);
  try {
    log(`WebGL renderer: ${gpu}`);
    for (const n of sizes) {
      const entry = graphs.get(n);
      if (!entry) continue;
      for (let round = 0; round < rounds; round++) {
        for (const variant of ['app', 'bare'] as const) {
          log(`  ${n} entities, ${variant}, round ${round + 1}`);
          const result = await measureOne(browser, variant, entry, {
            appUrl: server.url,
            bareUrl: bare.url,
            seconds,
            shot: variant === 'app' && round === 0 ? `render-bench-${n}-app` : null,
          });
          log(`    ${summary(result)}`);
          results.push(result);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
    await services.close();
    bare.server.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const rows = toRows(results, sizes, linksPer);
  const version = browser.version();
  const title = `Chart rendering, app vs bare Cytoscape, ${sizes.map((n) => n.toLocaleString('en-US')).join(' / ')} entities (${linksPer} links each)`;
  const where = `Chromium ${version} headless, software rendering (WebGL: ${gpu}), load average ${load} at start`;
  const notes =
    `Each value: app / bare (app ÷ bare). Median of ${rounds} runs each, interleaved on fresh pages; latency p95 over all runs' inputs. ` +
    `${seconds} s of input per measure; chart 1440 x 900 px, both fitted to the whole chart before input. ` +
    `"Not slower than bare" is met within ${NOISE * 100} % (run-to-run noise here). Frames/s counts requestAnimationFrame callbacks; ` +
    `draws/s counts Cytoscape's draws (its render event) in the same time; latency is each input event's timeStamp to the end of the first draw after the page handled it.`;
  process.stdout.write(`\n${title}\n${machine()}, ${where}\n\n${table(rows)}\n\n${notes}\n`);
  if (options.write) {
    const block = { marker: 'bench-render', section: 'Render benchmark' };
    writeBlock(join(appRoot(), 'BENCHMARKS.md'), block, { title, rows, where, notes });
  }
}

/** A case file holding one saved chart of the bench graph (n entities, n * linksPer links). */
export async function benchCase(
  dir: string,
  n: number,
  linksPer: number,
): Promise<{ graph: RenderGraph; casePath: string }> {
  const schema = new SchemaIndex(loadSchema());
  const graph = renderGraph(n, n * linksPer);
  const casePath = join(dir, `chart-${n}.plexus`);
  const store = await createCaseFile(casePath, { actor: 'bench', schema });
  for (let i = 0; i < graph.entities.length; i += 5000)
    await store.createEntities(graph.entities.slice(i, i + 5000));
  for (let i = 0; i < graph.links.length; i += 5000) await store.createLinks(graph.links.slice(i, i + 5000));
  await store.charts.create({
    name: `Bench ${n}`,
    entities: graph.entities.map((e) => ({ id: e.id ?? '', ...graph.positions[e.id ?? ''] })) as {
      id: string;
      x: number;
      y: number;
    }[],
    links: graph.links.map((l) => l.id ?? ''),
    viewport: null,
  });
  await store.close();
  return { graph, casePath };
}

/**
 * Opens the case in the app (a page with the probe installed) and returns the ms from its
 * chart data being read to the first frame after the whole chart is drawn.
 */
export async function openAppChart(page: Page, appUrl: string, casePath: string, n: number): Promise<number> {
  await page.goto(appUrl);
  await page.locator('html[data-plexus-ready="start"]').waitFor({ state: 'attached' });
  const up = page.evaluate((count) => (window as unknown as BenchWindow).__renderBench.chartUp(count), n);
  await page.getByLabel('Case file path').fill(casePath);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const upAt = await up;
  const dataAt = await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.dataAt);
  return upAt - dataAt;
}

async function glRenderer(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  const name = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  });
  await page.close();
  return name;
}

export async function settle(page: Page): Promise<void> {
  // No task over 50 ms for a second (at most 20 s): Cytoscape caches textures after a big chart appears.
  await page.evaluate(async () => {
    let last = performance.now();
    const observer = new PerformanceObserver((list) => {
      if (list.getEntries().length > 0) last = performance.now();
    });
    observer.observe({ type: 'longtask', buffered: false });
    const start = performance.now();
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    for (let i = 0; i < 5; i++) await frame();
    while (performance.now() - last < 1000 && performance.now() - start < 20000) await frame();
    observer.disconnect();
  });
}

async function measureOne(
  browser: Browser,
  variant: Variant,
  entry: { graph: RenderGraph; casePath: string },
  at: { appUrl: string; bareUrl: string; seconds: number; shot: string | null },
): Promise<RunResult> {
  const { graph } = entry;
  const n = graph.entities.length;
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true });
  // tsx names functions with a __name helper that a page does not have.
  await context.addInitScript({ content: 'self.__name = (f) => f;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  page.on('pageerror', (err) => log(`    page error: ${err.message}`));
  page.on('crash', () => log('    page crashed'));
  const step = (what: string) => {
    if (process.env['PLEXUS_BENCH_DEBUG']) log(`    ${new Date().toISOString().slice(11, 23)} ${what}`);
  };
  try {
    let upMs: number;
    if (variant === 'app') {
      upMs = await openAppChart(page, at.appUrl, entry.casePath, n);
    } else {
      await page.goto(at.bareUrl);
      await page.locator('html[data-ready="yes"]').waitFor({ state: 'attached' });
      const elements = [
        ...graph.entities.map((e) => ({ data: { id: e.id }, position: graph.positions[e.id ?? ''] })),
        ...graph.links.map((l) => ({ data: { id: l.id, source: l.source, target: l.target } })),
      ];
      upMs = await page.evaluate(async (els) => {
        const w = window as unknown as BenchWindow;
        const up = w.__renderBench.chartUp(els.filter((e) => !('source' in e.data)).length);
        const start = w.plexusBare(els);
        return (await up) - start;
      }, elements);
    }
    step(`up in ${Math.round(upMs)} ms`);
    await settle(page);
    step('settled');
    await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.fit());
    await settle(page);
    step('fitted');
    const point = await page.evaluate(() =>
      (window as unknown as BenchWindow).__renderBench.backgroundPoint(),
    );
    if (!point) throw new Error('no empty spot on the chart to drag from');
    step(`drag from ${point.x}, ${point.y}`);
    const start = () => page.evaluate(() => (window as unknown as BenchWindow).__renderBench.start());
    const stop = () => page.evaluate(() => (window as unknown as BenchWindow).__renderBench.stop());

    // Panning: press on empty canvas and drag in circles (radius 120 px, about 8 px a move).
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await start();
    let ends = Date.now() + at.seconds * 1000;
    for (let i = 1; Date.now() < ends; i++) {
      const angle = (i / 90) * 2 * Math.PI;
      await page.mouse.move(point.x - 120 + Math.cos(angle) * 120, point.y + Math.sin(angle) * 120);
    }
    const pan = await stop();
    step('panned');
    await page.mouse.up();
    await settle(page);

    // Zooming: the wheel in, then out, five small notches each way (about 1.2x a notch), over the
    // chart: the zoom stays between the fitted zoom and 2.5 times it, inside both pages' limits.
    await page.mouse.move(point.x, point.y);
    await start();
    ends = Date.now() + at.seconds * 1000;
    for (let i = 0; Date.now() < ends; i++) await page.mouse.wheel(0, Math.floor(i / 5) % 2 === 0 ? -20 : 20);
    const zoom = await stop();
    step('zoomed');
    if (at.shot) {
      await settle(page);
      await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.fit());
      await settle(page);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `${at.shot}.png`) });
    }
    return { variant, nodes: n, upMs, pan, zoom };
  } finally {
    await context.close();
  }
}

const fps = (w: InputWindow) => (w.frames / w.ms) * 1000;
const drawsPerSec = (w: InputWindow) => (w.draws / w.ms) * 1000;
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length === 0
    ? NaN
    : sorted.length % 2
      ? (sorted[Math.floor(mid)] ?? NaN)
      : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0
    ? NaN
    : (sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? NaN);
}

function summary(r: RunResult): string {
  const part = (name: string, w: InputWindow) =>
    `${name} ${fps(w).toFixed(1)} frames/s, ${drawsPerSec(w).toFixed(1)} draws/s, p95 ${p95(w.latencies).toFixed(0)} ms (${w.latencies.length} inputs, ${w.unanswered} unanswered)`;
  return `up ${Math.round(r.upMs)} ms; ${part('pan', r.pan)}; ${part('zoom', r.zoom)}`;
}

/** "Not slower than bare" allows this much: runs on this shared 2-core machine vary more. */
const NOISE = 0.05;

function toRows(results: readonly RunResult[], sizes: readonly number[], linksPer: number): Row[] {
  const rows: Row[] = [];
  for (const n of sizes) {
    const of = (v: Variant) => results.filter((r) => r.nodes === n && r.variant === v);
    const app = of('app');
    const bare = of('bare');
    if (app.length === 0 || bare.length === 0) continue;
    const size = `${n.toLocaleString('en-US')} / ${(n * linksPer).toLocaleString('en-US')}`;
    const big = n >= 10000;
    const fpsGoal = big ? 10 : 30;
    for (const mode of ['pan', 'zoom'] as const) {
      const a = median(app.map((r) => fps(r[mode])));
      const b = median(bare.map((r) => fps(r[mode])));
      const da = median(app.map((r) => drawsPerSec(r[mode])));
      const db = median(bare.map((r) => drawsPerSec(r[mode])));
      rows.push({
        measure: `${size}: ${mode === 'pan' ? 'panning (drag)' : 'zooming (wheel)'}, frames/s`,
        value: `${a.toFixed(1)} / ${b.toFixed(1)} (${(a / b).toFixed(2)}x); draws/s ${da.toFixed(1)} / ${db.toFixed(1)}`,
        goal: `>= ${fpsGoal}, >= bare`,
        met: a >= fpsGoal && a >= b * (1 - NOISE),
      });
      const la = p95(app.flatMap((r) => r[mode].latencies));
      const lb = p95(bare.flatMap((r) => r[mode].latencies));
      rows.push({
        measure: `${size}: ${mode === 'pan' ? 'panning' : 'zooming'}, input to drawn p95`,
        value: `${la.toFixed(0)} / ${lb.toFixed(0)} ms (${(la / lb).toFixed(2)}x)`,
        goal: big ? '<= 100 ms, <= bare' : '<= bare',
        met: (big ? la <= 100 : true) && la <= lb * (1 + NOISE),
      });
    }
    const ua = median(app.map((r) => r.upMs));
    const ub = median(bare.map((r) => r.upMs));
    rows.push({
      measure: `${size}: chart up, data in the page to drawn`,
      value: `${(ua / 1000).toFixed(2)} / ${(ub / 1000).toFixed(2)} s (${(ua / ub).toFixed(2)}x)`,
      goal: big ? '< 2 s, <= bare' : '<= bare',
      met: (big ? ua < 2000 : true) && ua <= ub * (1 + NOISE),
    });
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,5000,10000' },
      'links-per': { type: 'string', default: '5' },
      rounds: { type: 'string', default: '2' },
      seconds: { type: 'string', default: '4' },
      'renderer-dir': { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  });
  await runRenderBench({
    sizes: values.sizes.split(',').map(Number),
    linksPer: Number(values['links-per']),
    rounds: Number(values.rounds),
    seconds: Number(values.seconds),
    ...(values['renderer-dir'] ? { rendererDir: values['renderer-dir'] } : {}),
    write: values.write,
  });
}
