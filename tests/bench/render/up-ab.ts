import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { createBackend } from '../../../electron/ipc/handlers';
import { createAppServices } from '../../../electron/services/app-services';
import { startWebServer } from '../../../electron/web/server';
import { serveDir } from '../layout/serve';
import { installProbe, type ProbeApi } from './probe';
import { benchCase, openAppChart, settle } from './run';

/**
 * `npx tsx tests/bench/render/up-ab.ts --size 10000 --rounds 3 --app DIR [--app DIR2...]
 * [--profile PREFIX]`: chart up only, for renderer builds against each other and the bare
 * page, interleaved on fresh pages (build each with `npx vite build --outDir DIR`). Beside
 * the wall time it prints the page main thread's CPU time from the data being read to up
 * (Chromium's trace, thread time of its top-level tasks): on a machine other work loads,
 * the wall time says mostly how much of the 2 cores the page got, the CPU time what it did.
 * `--profile PREFIX` writes each page's CPU profile to PREFIX-<variant>-<round>.json.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '3' },
    app: { type: 'string', multiple: true, default: [] },
    profile: { type: 'string' },
  },
});
type BenchWindow = { __renderBench: ProbeApi; plexusBare(elements: unknown[]): number };
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const n = Number(values.size);
const dir = mkdtempSync(join(tmpdir(), 'plexus-up-ab-'));
const bareDir = join(dir, 'bare');
await build({
  configFile: false,
  root: join(import.meta.dirname, 'page'),
  base: './',
  logLevel: 'warn',
  build: { outDir: bareDir, emptyOutDir: true, chunkSizeWarningLimit: 4000, minify: !values.profile },
});
const bare = await serveDir(bareDir);
const entry = await benchCase(dir, n, 5);
const home = join(dir, 'home');
mkdirSync(join(home, 'cases'), { recursive: true });
const services = createAppServices({ home, casesDir: join(home, 'cases'), actor: 'bench' });
const servers: { url: string; close(): Promise<void> }[] = [];
for (const rendererDir of values.app)
  servers.push(await startWebServer({ backend: createBackend(services), rendererDir, port: 0 }));
const browser = await chromium.launch({
  executablePath: process.env['PLEXUS_CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
  ],
});
const names = [...values.app.map((d, i) => `app${i}:${d.split('/').pop() ?? d}`), 'bare'];
const walls = new Map<string, number[]>();
const cpus = new Map<string, number[]>();
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const [v, name] of names.entries()) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
      await context.addInitScript({ content: 'self.__name = (f) => f;' });
      await context.addInitScript(installProbe);
      const page = await context.newPage();
      page.setDefaultTimeout(300_000);
      page.on('pageerror', (e) => console.log(`page error: ${e.message}`));
      const cdp = values.profile ? await context.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        await cdp.send('Profiler.start');
      }
      const load = (loadavg()[0] ?? 0).toFixed(1);
      await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing', '__metadata'] });
      let up: number;
      let dataAt: number;
      const server = servers[v];
      if (server) {
        up = await openAppChart(page, server.url, entry.casePath, n);
        dataAt = await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.dataAt);
      } else {
        await page.goto(bare.url);
        await page.locator('html[data-ready="yes"]').waitFor({ state: 'attached' });
        const { graph } = entry;
        const elements = [
          ...graph.entities.map((e) => ({ data: { id: e.id }, position: graph.positions[e.id ?? ''] })),
          ...graph.links.map((l) => ({ data: { id: l.id, source: l.source, target: l.target } })),
        ];
        [up, dataAt] = await page.evaluate(
          async ([els, count]) => {
            const w = window as unknown as BenchWindow;
            const upAt = w.__renderBench.chartUp(count);
            const start = w.plexusBare(els);
            return [(await upAt) - start, start];
          },
          [elements, graph.entities.length] as const,
        );
      }
      const markAt = await page.evaluate(() => performance.mark('up-ab-align').startTime);
      const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
      const cpu = mainThreadCpu(trace.traceEvents, markAt, dataAt, dataAt + up);
      if (cdp) {
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${values.profile}-${name.split(':')[0]}-${round}.json`, JSON.stringify(profile));
      }
      walls.set(name, [...(walls.get(name) ?? []), up]);
      cpus.set(name, [...(cpus.get(name) ?? []), cpu]);
      console.log(
        `round ${round + 1} ${name}: up ${Math.round(up)} ms, main thread CPU ${Math.round(cpu)} ms (load ${load})`,
      );
      await settle(page);
      await context.close();
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
  await services.close();
  bare.server.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = (a: readonly number[]) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length / 2;
  return s.length % 2 ? (s[Math.floor(m)] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2;
};
const bareWall = median(walls.get('bare') ?? []);
const bareCpu = median(cpus.get('bare') ?? []);
for (const name of names) {
  const wall = median(walls.get(name) ?? []);
  const cpu = median(cpus.get(name) ?? []);
  console.log(
    `${name}: up ${Math.round(wall)} ms (${(wall / bareWall).toFixed(2)}x bare), CPU ${Math.round(cpu)} ms (${(cpu / bareCpu).toFixed(2)}x bare); ` +
      `CPU each round ${(cpus.get(name) ?? []).map(Math.round).join(' ')}`,
  );
}

/**
 * Thread time of the page's main thread between two moments of the page's clock: its
 * top-level tasks, a task across either end counted in proportion. The trace's clock is
 * aligned with the page's by a mark made at `markAt`.
 */
function mainThreadCpu(events: readonly TraceEvent[], markAt: number, from: number, to: number): number {
  const mark = events.find((e) => e.name === 'up-ab-align');
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === mark?.pid,
  );
  if (!mark || !main) return NaN;
  const offset = mark.ts - markAt * 1000;
  const a = from * 1000 + offset;
  const b = to * 1000 + offset;
  let cpu = 0;
  for (const e of events) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.cat !== 'toplevel') continue;
    if (e.dur === undefined || e.tdur === undefined) continue;
    const overlap = Math.min(e.ts + e.dur, b) - Math.max(e.ts, a);
    if (overlap > 0) cpu += (e.tdur * overlap) / Math.max(1, e.dur) / 1000;
  }
  return cpu;
}
