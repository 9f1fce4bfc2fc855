import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { createBackend } from '../../../electron/ipc/handlers';
import { createAppServices } from '../../../electron/services/app-services';
import { appRoot } from '../../../electron/services/paths';
import { startWebServer } from '../../../electron/web/server';
import { installProbe, type ProbeApi } from './probe';
import { benchCase, openAppChart, settle } from './run';

/**
 * `npx tsx tests/bench/render/profile.ts [--size 10000] [--phase up|zoom|pan]`: the app's
 * chart from the render bench under Chromium's sampling profiler, for one phase: opening the
 * chart (data read to drawn and settled), turning the wheel, or dragging. Prints the call
 * tree above MIN_MS (env) and the functions with the most self time. The renderer is built
 * unminified so the names mean something.
 */
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    phase: { type: 'string', default: 'up' },
    seconds: { type: 'string', default: '4' },
  },
});
const n = Number(values.size);
const phase = values.phase;
type BenchWindow = { __renderBench: ProbeApi };
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}
let dataAt = 0;
let upAt = 0;
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const dir = mkdtempSync(join(tmpdir(), 'plexus-render-profile-'));
const rendererDir = join(dir, 'renderer');
await build({
  configFile: join(appRoot(), 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: rendererDir, emptyOutDir: true, minify: false, sourcemap: false },
});
const entry = await benchCase(dir, n, 5);
const home = join(dir, 'home');
mkdirSync(join(home, 'cases'), { recursive: true });
const services = createAppServices({ home, casesDir: join(home, 'cases'), actor: 'bench' });
const server = await startWebServer({ backend: createBackend(services), rendererDir, port: 0 });
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
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  await context.addInitScript({ content: 'self.__name = (f) => f;' });
  await context.addInitScript(installProbe);
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  // PLEXUS_BENCH_DEBUG=1: the page's console too.
  if (process.env['PLEXUS_BENCH_DEBUG']) page.on('console', (m) => console.log(`page: ${m.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  if (phase === 'up') {
    await cdp.send('Profiler.start');
    const upMs = await openAppChart(page, server.url, entry.casePath, n);
    console.log(`chart up in ${Math.round(upMs)} ms`);
    dataAt = await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.dataAt);
    upAt = dataAt + upMs;
    await settle(page);
  } else {
    await openAppChart(page, server.url, entry.casePath, n);
    await settle(page);
    await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.fit());
    await settle(page);
    const point = await page.evaluate(() =>
      (window as unknown as BenchWindow).__renderBench.backgroundPoint(),
    );
    if (!point) throw new Error('no background point');
    await page.mouse.move(point.x, point.y);
    await cdp.send('Profiler.start');
    await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.start());
    const ends = Date.now() + Number(values.seconds) * 1000;
    if (phase === 'pan') {
      await page.mouse.down();
      for (let i = 1; Date.now() < ends; i++) {
        const angle = (i / 90) * 2 * Math.PI;
        await page.mouse.move(point.x - 120 + Math.cos(angle) * 120, point.y + Math.sin(angle) * 120);
      }
      await page.mouse.up();
    } else {
      for (let i = 0; Date.now() < ends; i++)
        await page.mouse.wheel(0, Math.floor(i / 5) % 2 === 0 ? -20 : 20);
    }
    const w = await page.evaluate(() => (window as unknown as BenchWindow).__renderBench.stop());
    const sorted = [...w.latencies].sort((a, b) => a - b);
    console.log(
      `${phase}: ${((w.frames / w.ms) * 1000).toFixed(1)} frames/s, ${((w.draws / w.ms) * 1000).toFixed(1)} draws/s, ` +
        `p95 ${sorted[Math.ceil(sorted.length * 0.95) - 1]?.toFixed(0)} ms, ${w.unanswered} unanswered`,
    );
  }
  const stoppedAt = await page.evaluate(() => performance.now());
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  printProfile(profile);
  // PROFILE_JSON=file: the raw profile too, for DevTools or a closer look.
  const out = process.env['PROFILE_JSON'];
  if (out) writeFileSync(out, JSON.stringify(profile));
  if (phase === 'up') printTimeline(profile, stoppedAt, dataAt, upAt);
} finally {
  await browser.close();
  await server.close();
  await services.close();
  rmSync(dir, { recursive: true, force: true });
}

function printProfile(profile: Profile): void {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const f = node.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0) / 1000);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<number, number>();
  const total = (id: number): number => {
    const known = totals.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const ms = (self.get(id) ?? 0) / 1000 + (node?.children ?? []).reduce((sum, c) => sum + total(c), 0);
    totals.set(id, ms);
    return ms;
  };
  const tree = (id: number, depth: number) => {
    const node = byId.get(id);
    if (!node || depth > Number(process.env['DEPTH'] ?? 18)) return;
    const ms = total(id);
    if (ms < Number(process.env['MIN_MS'] ?? 40)) return;
    const f = node.callFrame;
    console.log(
      `${' '.repeat(depth)}${ms.toFixed(0)} ms ${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`,
    );
    for (const c of node.children ?? []) tree(c, depth + 1);
  };
  const root = profile.nodes[0];
  if (root) tree(root.id, 0);
  [...byName.entries()]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 40)
    .forEach(([k, ms]) => console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`));
}

/**
 * Where the time from the data being read to the chart up went, in 250 ms steps: for each
 * step the main thread's busiest calls just under the page's own tasks (by the page's clock,
 * the profile's end aligned with the page's clock when it stopped).
 */
function printTimeline(profile: Profile, stoppedAt: number, from: number, to: number): void {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const label = (id: number) => {
    const f = byId.get(id)?.callFrame;
    return f ? `${f.functionName || '(anon)'}:${f.lineNumber}` : '?';
  };
  // A sample's path from the root, as names.
  const path = (id: number) => {
    const out: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) out.unshift(label(at));
    return out;
  };
  let t = profile.startTime / 1000;
  const offset = stoppedAt - profile.endTime / 1000;
  const step = 250;
  const buckets = new Map<number, Map<string, number>>();
  profile.samples.forEach((id, i) => {
    t += (profile.timeDeltas[i] ?? 0) / 1000;
    const at = t + offset;
    if (at < from || at > to) return;
    const b = Math.floor((at - from) / step);
    const names = path(id).slice(1, 1 + Number(process.env['TIMELINE_DEPTH'] ?? 3));
    const key = names.join(' > ');
    const bucket = buckets.get(b) ?? new Map<string, number>();
    bucket.set(key, (bucket.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 250) / 1000);
    buckets.set(b, bucket);
  });

  console.log(`timeline, data read to up (${Math.round(to - from)} ms):`);
  for (const [b, bucket] of [...buckets.entries()].sort((x, y) => x[0] - y[0])) {
    const top = [...bucket.entries()].sort((x, y) => y[1] - x[1]).slice(0, 3);
    console.log(
      `  @${String(b * step).padStart(6)} ms  ${top.map(([k, ms]) => `${ms.toFixed(0)} ${k}`).join(' | ')}`,
    );
  }
}
