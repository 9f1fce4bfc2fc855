// Bundles the Electron shell: main (ESM, dependencies left in node_modules) and the preload
// (CommonJS and self-contained, because a sandboxed preload can neither import ESM nor
// require anything but 'electron').
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'dist', 'electron');
// Electron 45 runs Node 22 and Chromium 142.
const common = { bundle: true, sourcemap: true, logLevel: 'warning', absWorkingDir: root };

try {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron/main/index.ts')],
      outfile: join(out, 'main.mjs'),
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      external: ['electron'],
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron/preload/index.ts')],
      outfile: join(out, 'preload.cjs'),
      platform: 'node',
      format: 'cjs',
      target: 'chrome140',
      // The preload carries zod (the contract's method names come with it); keep it small.
      minify: true,
      external: ['electron'],
    }),
  ]);
} catch {
  // esbuild has already printed what failed.
  process.exit(1);
}
console.log(
  `Plexus: built ${join('dist', 'electron', 'main.mjs')} and ${join('dist', 'electron', 'preload.cjs')}`,
);
