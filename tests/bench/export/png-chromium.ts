import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRoot } from '../../../electron/services/paths';

export interface PngTiming {
  /** The first call: fonts fetched and decoded, then drawn and encoded. */
  coldMs: number;
  /** Median of the warm calls. */
  warmMs: number;
  bytes: number;
  width: number;
  height: number;
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONT_CSS = [
  'noto-sans/400.css',
  'noto-sans/600.css',
  'noto-sans-jp/400.css',
  'noto-sans-sc/400.css',
  'noto-sans-kr/400.css',
  'noto-sans-arabic/400.css',
];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** Whether the PNG benchmark can run here: it needs a Chromium binary. */
export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/** Times scenePng in headless Chromium: the first call, then the median of the others. */
export async function timePngInChromium(
  entities: number,
  links: number,
  scale: number,
  runs = 3,
): Promise<PngTiming> {
  return withBenchPage(async (page) => {
    const results = [];
    for (let i = 0; i < runs; i++) {
      results.push(
        await page.evaluate(
          ([e, l, s]) => (globalThis as unknown as { benchPng: BenchPng }).benchPng(e, l, s),
          [entities, links, scale] as const,
        ),
      );
    }
    const [cold, ...warm] = results;
    if (!cold) throw new Error('no PNG run');
    const warmMs = warm.map((r) => r.ms).sort((a, b) => a - b)[Math.floor(warm.length / 2)] ?? cold.ms;
    return { coldMs: cold.ms, warmMs, bytes: cold.bytes, width: cold.width, height: cold.height };
  });
}

/** The sample scene drawn by scenePng in Chromium, as PNG bytes (to look at the result). */
export async function samplePngInChromium(
  scale: number,
  background: 'white' | 'transparent',
): Promise<Buffer> {
  const base64 = await withBenchPage((page) =>
    page.evaluate(([s, b]) => (globalThis as unknown as { samplePng: SamplePng }).samplePng(s, b), [
      scale,
      background,
    ] as const),
  );
  return Buffer.from(base64, 'base64');
}

type SamplePng = (scale: number, background: 'white' | 'transparent') => Promise<string>;

/**
 * Bundles png-page.ts, serves it with the @fontsource CSS and font files on 127.0.0.1
 * (fonts need http, not file://) and runs `work` in a headless Chromium page on it.
 */
async function withBenchPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-png-'));
  const fontsource = join(appRoot(), 'node_modules', '@fontsource');
  await build({
    entryPoints: [fileURLToPath(new URL('./png-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    outfile: join(dir, 'bench.js'),
    logLevel: 'warning',
  });
  const links_ = FONT_CSS.map((css) => `<link rel="stylesheet" href="/fonts/${css}">`).join('');
  const html = `<!doctype html><meta charset="utf-8">${links_}<body><script src="/bench.js"></script>`;
  const server = await serve(html, dir, fontsource);
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    return await work(page);
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

type BenchPng = (
  entities: number,
  links: number,
  scale: number,
) => Promise<{ ms: number; bytes: number; width: number; height: number }>;

function serve(html: string, bundleDir: string, fontsource: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let file: string | null = null;
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(html);
      return;
    }
    if (url.pathname === '/bench.js') file = join(bundleDir, 'bench.js');
    else if (url.pathname.startsWith('/fonts/')) {
      const candidate = normalize(join(fontsource, decodeURIComponent(url.pathname.slice('/fonts/'.length))));
      if (candidate.startsWith(fontsource + sep)) file = candidate;
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
