import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSchema } from '../../electron/services/schema/load-types';
import { appRoot } from '../../electron/services/paths';
import { createCaseFile, openCaseFile } from '../../electron/services/store/sqlite';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { BareInsert } from './baseline';
import { BenchData, mulberry32 } from './generate';
import { Stopwatch, timeEach } from './measure';
import { machine, table, writeBlock, type Row } from './report';
import { searchQueries } from './queries';

/**
 * `npm run bench -- [--entities N] [--links M] [--batch B] [--write]`: builds a case of N
 * entities and M links through the store, the same rows through a bare SQLite loop, then
 * times search, expand and path searches (shortest, 3 shortest) on the case. A benchmark, not a test: it prints.
 */
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    links: { type: 'string' },
    batch: { type: 'string', default: '10000' },
    write: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    import: { type: 'boolean', default: false },
    layout: { type: 'boolean', default: false },
    export: { type: 'boolean', default: false },
    render: { type: 'boolean', default: false },
    analysis: { type: 'boolean', default: false },
    encryption: { type: 'boolean', default: false },
    rows: { type: 'string' },
    pattern: { type: 'boolean', default: false },
    sizes: { type: 'string' },
  },
});
// --render [--sizes 1000,5000,10000]: only the chart rendering benchmark in Chromium, the app
// against bare Cytoscape (tests/bench/render/run.ts); no store is built.
if (values.render) {
  await (
    await import('./render/run')
  ).runRenderBench({
    write: values.write,
    ...(values.sizes ? { sizes: values.sizes.split(',').map(Number) } : {}),
  });
  process.exit(0);
}
// --analysis: only betweenness and Louvain on 10,000 entities / 50,000 links in the analysis
// worker against the main thread, in Chromium (tests/bench/analysis/run.ts); no store is built.
if (values.analysis) {
  await (await import('./analysis/run')).runAnalysisBench({ write: values.write });
  process.exit(0);
}
// --pattern [--entities N]: only pattern search on a case of N entities, 3N links, built once
// and kept in the temp folder (tests/bench/pattern/run.ts).
if (values.pattern) {
  await (
    await import('./pattern/run')
  ).runPatternBench({ entities: Number(values.entities), write: values.write });
  process.exit(0);
}
// --encryption [--entities N] [--rows R]: only encrypted against plain case files, side by side
// in one run (tests/bench/encryption/run.ts): insert, search, expand, open, CSV import.
if (values.encryption) {
  await (
    await import('./encryption/run')
  ).runEncryptionBench({
    write: values.write,
    ...(process.argv.includes('--entities') ? { entities: Number(values.entities) } : {}),
    ...(values.rows ? { rows: Number(values.rows) } : {}),
  });
  process.exit(0);
}
const entityCount = Number(values.entities);
const linkCount = values.links === undefined ? entityCount * 3 : Number(values.links);
const batchSize = Number(values.batch);
const log = (line: string) => process.stderr.write(`${line}\n`);

const schema = new SchemaIndex(loadSchema());
const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-'));
const casePath = join(dir, 'bench.plexus');
const data = new BenchData(schema, entityCount, linkCount);
const options = { actor: 'bench', schema };
log(`${machine()}\nbuilding ${entityCount} entities, ${linkCount} links in ${dir}`);

const store = await createCaseFile(casePath, options);
const bare = new BareInsert(join(dir, 'bare.sqlite'));
const storeEntities = new Stopwatch();
const storeLinks = new Stopwatch();
let done = 0;
for (const batch of data.entityBatches(batchSize)) {
  await storeEntities.time(() => store.createEntities(batch));
  await bare.addEntities(batch);
  done += batch.length;
  if (done % 100_000 < batchSize) log(`  entities ${done}`);
}
done = 0;
for (const batch of data.linkBatches(batchSize)) {
  await storeLinks.time(() => store.createLinks(batch));
  await bare.addLinks(batch);
  done += batch.length;
  if (done % 300_000 < batchSize) log(`  links ${done}`);
}
bare.close();
await store.close();

const rate = (n: number, ms: number) => (n / ms) * 1000;
const storeRate = rate(entityCount + linkCount, storeEntities.total + storeLinks.total);
const bareRate = rate(entityCount + linkCount, bare.entities.total + bare.links.total);

const opened = await openCaseFile(casePath, options);
const rand = mulberry32(7);
const pickId = () => data.ids[Math.floor(rand() * entityCount)] ?? '';
const queries = searchQueries(data.labels, 1000, rand);
const seeds = Array.from({ length: 200 }, pickId);
const pairs = Array.from({ length: 200 }, () => [pickId(), pickId()] as const);
log('timing search');
for (const q of queries.slice(0, 50)) await opened.search({ text: q }); // warm the page cache
const search = await timeEach(queries, (text) => opened.search({ text }));
log('timing expand');
const expand1 = await timeEach(seeds, (id) => opened.expand({ ids: [id], hops: 1 }));
const expand2 = await timeEach(seeds, (id) => opened.expand({ ids: [id], hops: 2 }));
log('timing path');
let found = 0;
const path = await timeEach(pairs, async ([from, to]) => {
  if ((await opened.findPaths({ from, to, maxHops: 8 })).paths.length > 0) found++;
});
// The path dialog's other searches load and rank more than one path: Yen's 3 shortest.
let kFound = 0;
const kShortest = await timeEach(pairs, async ([from, to]) => {
  if ((await opened.findPaths({ from, to, mode: 'kShortest', k: 3 })).paths.length > 0) kFound++;
});
await opened.close();
const fileSize = ['', '-wal']
  .map((s) => casePath + s)
  .filter(existsSync)
  .reduce((sum, f) => sum + statSync(f).size, 0);

const ms = (v: number) => `${v.toFixed(2)} ms`;
const perSec = (v: number) => `${Math.round(v).toLocaleString('en-US')} rows/s`;
const rows: Row[] = [
  {
    measure: 'Store bulk insert: entities',
    value: perSec(rate(entityCount, storeEntities.total)),
    goal: '',
    met: undefined,
  },
  {
    measure: 'Store bulk insert: links',
    value: perSec(rate(linkCount, storeLinks.total)),
    goal: '',
    met: undefined,
  },
  { measure: 'Store bulk insert: all rows', value: perSec(storeRate), goal: '', met: undefined },
  { measure: 'Bare better-sqlite3 loop: all rows', value: perSec(bareRate), goal: '', met: undefined },
  {
    measure: 'Store / bare ratio',
    value: `${(storeRate / bareRate).toFixed(2)}x`,
    goal: '>= 0.8x',
    met: storeRate / bareRate >= 0.8,
  },
  { measure: `Search p50 (${search.count} queries)`, value: ms(search.p50), goal: '', met: undefined },
  { measure: 'Search p95', value: ms(search.p95), goal: '<= 20 ms', met: search.p95 <= 20 },
  {
    measure: `Expand 1 hop p95 (${expand1.count} seeds, limit 500)`,
    value: ms(expand1.p95),
    goal: '<= 10 ms',
    met: expand1.p95 <= 10,
  },
  { measure: 'Expand 2 hops p95', value: ms(expand2.p95), goal: '<= 10 ms', met: expand2.p95 <= 10 },
  {
    measure: `Shortest path p95 (${path.count} pairs, ${found} connected)`,
    value: ms(path.p95),
    goal: '<= 100 ms',
    met: path.p95 <= 100,
  },
  {
    measure: `3 shortest paths p95 (up to 6 links, ${kFound} connected)`,
    value: `${ms(kShortest.p95)} (${(kShortest.p95 / expand2.p95).toFixed(1)}x expand 2 hops)`,
    goal: '',
    met: undefined,
  },
  { measure: 'Case file size', value: `${(fileSize / 2 ** 20).toFixed(0)} MiB`, goal: '', met: undefined },
];
const title = `${entityCount.toLocaleString('en-US')} entities, ${linkCount.toLocaleString('en-US')} links`;
process.stdout.write(`\n${title}\n${machine()}\n\n${table(rows)}\n`);
process.stdout.write(
  `\n(p50 expand 1 hop ${ms(expand1.p50)}, 2 hops ${ms(expand2.p50)}, path ${ms(path.p50)}; max search ${ms(search.max)}, expand2 ${ms(expand2.max)}, path ${ms(path.max)})\n`,
);
if (values.write) writeBlock(join(appRoot(), 'BENCHMARKS.md'), { marker: 'bench' }, { title, rows });
if (!values.keep) rmSync(dir, { recursive: true, force: true });
// --import: then the 1,000,000-row CSV import benchmark (tests/bench/import/run.ts).
if (values.import)
  await (await import('./import/run')).runImportBench({ write: values.write, keep: values.keep });
// --export: then the chart export benchmark, 2,000 entities to PDF, SVG and PNG 4x (tests/bench/export/run.ts).
if (values.export) await (await import('./export/run')).runExportBench({ write: values.write });
// --layout: then the force-layout benchmark in Chromium (tests/bench/layout/run.ts).
if (values.layout) await (await import('./layout/run')).runLayoutBench({ write: values.write });
