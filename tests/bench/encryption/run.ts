import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appRoot } from '../../../electron/services/paths';
import { loadSchema } from '../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../electron/services/store/graph-store';
import { createCaseFile, openCaseFile } from '../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { BenchData, mulberry32 } from '../generate';
import { child } from '../import/run';
import { writeLinkCsv } from '../import/csv';
import { Stopwatch, type Timing } from '../measure';
import { machine, table, writeBlock, type Row } from '../report';
import { searchQueries } from '../queries';

/**
 * `npm run bench -- --encryption [--entities N] [--rows R] [--write]`: the cost of an
 * encrypted case beside a plain one, in the same run and interleaved (batch by batch, query
 * by query, import by import), so a machine busy with other work slows both alike and the
 * ratios hold. Bulk insert, search, expand, open (the key derivation) and a CSV import.
 */
const PASSPHRASE = 'bench passphrase, not a secret';
const log = (line: string) => process.stderr.write(`${line}\n`);

type Kind = 'plain' | 'encrypted';
const KINDS: readonly Kind[] = ['plain', 'encrypted'];

function summary(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  return { p50: at(50), p95: at(95), max: sorted.at(-1) ?? 0, count: sorted.length };
}

/** Runs each input on both stores in turn, timing each call. */
async function timeBoth<T>(
  stores: Record<Kind, GraphStore>,
  inputs: readonly T[],
  work: (store: GraphStore, input: T) => Promise<unknown>,
): Promise<Record<Kind, Timing>> {
  const times: Record<Kind, number[]> = { plain: [], encrypted: [] };
  for (const input of inputs) {
    for (const kind of KINDS) {
      const start = performance.now();
      await work(stores[kind], input);
      times[kind].push(performance.now() - start);
    }
  }
  return { plain: summary(times.plain), encrypted: summary(times.encrypted) };
}

export async function runEncryptionBench(
  options: { entities?: number; rows?: number; write?: boolean } = {},
): Promise<void> {
  const entityCount = options.entities ?? 100_000;
  const linkCount = entityCount * 3;
  const rows = options.rows ?? 200_000;
  const schema = new SchemaIndex(loadSchema());
  const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-crypt-'));
  const paths: Record<Kind, string> = {
    plain: join(dir, 'plain.plexus'),
    encrypted: join(dir, 'encrypted.plexus'),
  };
  const optionsOf = (kind: Kind) => ({
    actor: 'bench',
    schema,
    ...(kind === 'encrypted' ? { passphrase: PASSPHRASE } : {}),
  });
  log(
    `${machine()}\nencryption bench: ${entityCount} entities, ${linkCount} links, ${rows} CSV rows in ${dir}`,
  );

  const data = new BenchData(schema, entityCount, linkCount);
  const built = {
    plain: await createCaseFile(paths.plain, optionsOf('plain')),
    encrypted: await createCaseFile(paths.encrypted, optionsOf('encrypted')),
  };
  const insert = { plain: new Stopwatch(), encrypted: new Stopwatch() };
  for (const batch of data.entityBatches(10_000))
    for (const kind of KINDS) await insert[kind].time(() => built[kind].createEntities(batch));
  for (const batch of data.linkBatches(10_000))
    for (const kind of KINDS) await insert[kind].time(() => built[kind].createLinks(batch));
  for (const kind of KINDS) await built[kind].close();

  log('timing open, search and expand');
  const openMs: Record<Kind, number[]> = { plain: [], encrypted: [] };
  for (let round = 0; round < 5; round++) {
    for (const kind of KINDS) {
      const start = performance.now();
      const store = await openCaseFile(paths[kind], optionsOf(kind));
      openMs[kind].push(performance.now() - start);
      await store.close();
    }
  }
  const stores = {
    plain: await openCaseFile(paths.plain, optionsOf('plain')),
    encrypted: await openCaseFile(paths.encrypted, optionsOf('encrypted')),
  };
  const rand = mulberry32(7);
  const queries = searchQueries(data.labels, 1000, rand);
  const seeds = Array.from({ length: 200 }, () => data.ids[Math.floor(rand() * entityCount)] ?? '');
  await timeBoth(stores, queries.slice(0, 50), (store, text) => store.search({ text })); // warm the caches
  const search = await timeBoth(stores, queries, (store, text) => store.search({ text }));
  const expand = await timeBoth(stores, seeds, (store, id) => store.expand({ ids: [id], hops: 1 }));
  for (const kind of KINDS) await stores[kind].close();

  log(`importing ${rows} CSV rows, plain and encrypted in turn, twice`);
  const csv = join(dir, 'links.csv');
  writeLinkCsv(csv, rows);
  const importMs: Record<Kind, number[]> = { plain: [], encrypted: [] };
  for (let round = 0; round < 2; round++) {
    for (const kind of KINDS) {
      const out = mkdtempSync(join(dir, `import-${kind}-`));
      const env = kind === 'encrypted' ? { PLEXUS_BENCH_PASSPHRASE: PASSPHRASE } : {};
      importMs[kind].push((await child('child-import.ts', [csv, out], env)).ms);
      rmSync(out, { recursive: true, force: true });
    }
  }
  rmSync(dir, { recursive: true, force: true });

  const perSec = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')} rows/s`;
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const ratio = (encrypted: number, plain: number) => `${(encrypted / plain).toFixed(2)}x`;
  const best = (times: number[]) => Math.min(...times);
  const rowsOut: Row[] = [];
  const pair = (measure: string, plain: string, encrypted: string, cost: string) =>
    rowsOut.push({ measure, value: `${plain} → ${encrypted} (${cost})`, goal: '', met: undefined });
  const all = entityCount + linkCount;
  pair(
    'Bulk insert through the store',
    perSec(all, insert.plain.total),
    perSec(all, insert.encrypted.total),
    `encrypted takes ${ratio(insert.encrypted.total, insert.plain.total)} the time`,
  );
  pair(
    `CSV import, ${rows.toLocaleString('en-US')} rows (best of 2)`,
    perSec(rows, best(importMs.plain)),
    perSec(rows, best(importMs.encrypted)),
    `${ratio(best(importMs.encrypted), best(importMs.plain))} the time`,
  );
  pair(
    'Search p50',
    ms(search.plain.p50),
    ms(search.encrypted.p50),
    ratio(search.encrypted.p50, search.plain.p50),
  );
  pair(
    'Search p95',
    ms(search.plain.p95),
    ms(search.encrypted.p95),
    ratio(search.encrypted.p95, search.plain.p95),
  );
  pair(
    'Expand 1 hop p95',
    ms(expand.plain.p95),
    ms(expand.encrypted.p95),
    ratio(expand.encrypted.p95, expand.plain.p95),
  );
  pair(
    'Open the case (best of 5; encrypted: key derivation)',
    ms(best(openMs.plain)),
    ms(best(openMs.encrypted)),
    `+${(best(openMs.encrypted) - best(openMs.plain)).toFixed(0)} ms`,
  );
  const title = `Encrypted vs plain case files: ${entityCount.toLocaleString('en-US')} entities, ${linkCount.toLocaleString('en-US')} links`;
  process.stdout.write(`\n${title}\n${machine()}\n\n${table(rowsOut)}\n`);
  if (options.write)
    writeBlock(
      join(appRoot(), 'BENCHMARKS.md'),
      { marker: 'bench-encryption', section: 'Encrypted case files' },
      {
        title,
        rows: rowsOut,
        notes:
          'Each row: plain → encrypted (SQLCipher 4: AES-256 pages with an HMAC each, PBKDF2-SHA512 key derivation on open), measured in the same run and interleaved, so the ratio holds on a busy machine even where the absolute numbers do not.',
      },
    );
}
