import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { appRoot } from '../../../electron/services/paths';
import { machine, table, writeBlock, type Row } from '../report';
import { writeLinkCsv } from './csv';
import type { ChildResult } from './peak';

/**
 * `tsx tests/bench/import/run.ts [--rows N] [--write] [--keep]` (or `npm run bench -- --import`):
 * writes an N-row link CSV, imports it into a new case through importFile in one child process
 * and writes the same rows with a bare better-sqlite3 loop in another, so each peak RSS is that
 * child's own. Prints a table; --write puts it into BENCHMARKS.md.
 */
const log = (line: string) => process.stderr.write(`${line}\n`);
const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs one child of this folder and reads its answer; `env` adds to this process's environment. */
export function child(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(here, script), ...args], {
      cwd: appRoot(),
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const last = out.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`${script} exited with ${code}: ${out}`));
      else resolve(JSON.parse(last) as ChildResult);
    });
  });
}

export async function runImportBench(
  options: { rows?: number; write?: boolean; keep?: boolean } = {},
): Promise<void> {
  const rows = options.rows ?? 1_000_000;
  const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-import-'));
  const csv = join(dir, 'links.csv');
  log(`${machine()}\nwriting ${rows} link rows to ${csv}`);
  const { distinct, bytes } = writeLinkCsv(csv, rows);
  log(`  ${distinct} distinct names, ${(bytes / 2 ** 20).toFixed(0)} MiB; importing`);
  const imp = await child('child-import.ts', [csv, dir]);
  log(`  import: ${imp.entities} entities, ${imp.links} links, ${imp.rejected} rejected; bare insert`);
  const bare = await child('child-bare.ts', [csv, dir]);

  const perSec = (ms: number) => (rows / ms) * 1000;
  const mib = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const ratio = perSec(imp.ms) / perSec(bare.ms);
  const fmt = (v: number) => `${Math.round(v).toLocaleString('en-US')} rows/s`;
  const result: Row[] = [
    { measure: 'CSV rows (one link each)', value: rows.toLocaleString('en-US'), goal: '', met: undefined },
    {
      measure: 'Entities / links created',
      value: `${imp.entities.toLocaleString('en-US')} / ${imp.links.toLocaleString('en-US')}`,
      goal: '',
      met: undefined,
    },
    {
      measure: 'Import (importFile, whole call)',
      value: `${fmt(perSec(imp.ms))} (${(imp.ms / 1000).toFixed(1)} s)`,
      goal: '',
      met: undefined,
    },
    {
      measure: 'Bare better-sqlite3 insert',
      value: `${fmt(perSec(bare.ms))} (${(bare.ms / 1000).toFixed(1)} s)`,
      goal: '',
      met: undefined,
    },
    { measure: 'Import / bare ratio', value: `${ratio.toFixed(2)}x`, goal: '>= 0.5x', met: ratio >= 0.5 },
    {
      measure: `Import peak RSS (${imp.peakSource})`,
      value: mib(imp.peakBytes),
      goal: '< 500 MB',
      met: imp.peakBytes < 500e6,
    },
    {
      measure: 'Import RSS when writing starts',
      value: imp.rssAtWrite === undefined ? '?' : mib(imp.rssAtWrite),
      goal: '',
      met: undefined,
    },
    { measure: 'Case file size', value: mib(imp.fileBytes), goal: '', met: undefined },
    {
      measure: 'CSV size / bare file size',
      value: `${mib(bytes)} / ${mib(bare.fileBytes)}`,
      goal: '',
      met: undefined,
    },
  ];
  const title = `${rows.toLocaleString('en-US')}-row link CSV (${distinct.toLocaleString('en-US')} distinct names)`;
  process.stdout.write(`\n${title}\n${machine()}\n\n${table(result)}\n`);
  if (options.write) {
    const block = { marker: 'bench-import', section: 'Import benchmark' };
    writeBlock(join(appRoot(), 'BENCHMARKS.md'), block, { title, rows: result });
  }
  if (!options.keep) rmSync(dir, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '1000000' },
      write: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  });
  await runImportBench({ rows: Number(values.rows), write: values.write, keep: values.keep });
}
