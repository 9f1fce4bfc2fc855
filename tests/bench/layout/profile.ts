import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadSchema } from '../../../electron/services/schema/load-types';
import type { Schema } from '../../../graph-schema/model/schema';
import type { LayoutRunResult } from './result';
import { serveDir } from './serve';

/**
 * `tsx tests/bench/layout/profile.ts [nodes]`: one worker layout on the bench page under
 * Chromium's sampling profiler; prints the long tasks and the functions with the most
 * self time on the main thread. For finding what a long task is made of.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const nodes = Number(process.argv[2] ?? 5000);
type BenchWindow = {
  plexusLayoutBench(schema: Schema, nodes: number, mode: 'worker' | 'main'): Promise<LayoutRunResult>;
};
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const out = mkdtempSync(join(tmpdir(), 'plexus-bench-profile-'));
await build({
  configFile: false,
  root: join(here, 'page'),
  base: './',
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true, minify: false, chunkSizeWarningLimit: 8000 },
});
const { url, server } = await serveDir(out);
const browser = await chromium.launch({
  executablePath: process.env['PLEXUS_CHROMIUM'] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 940 } });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="yes"]');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await page.exposeFunction('plexusBeforeLayout', () => cdp.send('Profiler.start'));
  const result = await page.evaluate(
    ([s, n]) => (window as unknown as BenchWindow).plexusLayoutBench(s, n, 'worker'),
    [loadSchema([]), nodes] as const,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  console.log(JSON.stringify(result));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = (id: number): number => {
    const n = byId.get(id);
    return (self.get(id) ?? 0) / 1000 + (n?.children ?? []).reduce((sum, c) => sum + total(c), 0);
  };
  const tree = (id: number, depth: number) => {
    const n = byId.get(id);
    if (!n || depth > Number(process.env['DEPTH'] ?? 14)) return;
    const ms = total(id);
    if (ms < Number(process.env['MIN_MS'] ?? 25)) return;
    const f = n.callFrame;
    console.log(`${' '.repeat(depth)}${ms.toFixed(0)} ms ${f.functionName || '(anon)'}:${f.lineNumber}`);
    for (const c of n.children ?? []) tree(c, depth + 1);
  };
  const root = profile.nodes[0];
  if (root) tree(root.id, 0);
  [...byName.entries()]
    .filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 45)
    .forEach(([k, ms]) => console.log(`${ms.toFixed(1).padStart(8)} ms  ${k}`));
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
