import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ImportRequest } from '../../../graph-schema/contract/io';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { importFile } from '../../../electron/services/io/registry';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../electron/services/store/sqlite';
import { answer, dbSize, peakRss } from './peak';

/**
 * Child process: imports the CSV (argv[2]) into a new case in argv[3] through the real
 * importFile; an encrypted case when PLEXUS_BENCH_PASSPHRASE is set (the encryption bench).
 */
const [csvPath, dir] = process.argv.slice(2);
if (!csvPath || !dir) throw new Error('usage: child-import <csv> <dir>');
const log = (line: string) => process.stderr.write(`  [import] ${line}\n`);

const schema = new SchemaIndex(loadSchema());
const casePath = join(dir, 'import.plexus');
const passphrase = process.env.PLEXUS_BENCH_PASSPHRASE;
const store = await createCaseFile(casePath, {
  actor: 'bench',
  schema,
  ...(passphrase ? { passphrase } : {}),
});
const request = ImportRequest.parse({
  path: csvPath,
  format: 'csv',
  mapping: {
    shape: 'link-rows',
    source: { type: { column: 'A type' }, label: 'A' },
    target: { type: { column: 'B type' }, label: 'B' },
    link: { type: { fixed: 'ASSOCIATE_OF' }, fields: { link: 'props.context' } },
  },
});
let rssAtWrite: number | undefined;
let nextLog = 100_000;
const start = performance.now();
const report = await importFile(store, request, {
  schema,
  onProgress: ({ phase, rowsRead }) => {
    if (phase === 'writing' && rssAtWrite === undefined) {
      rssAtWrite = process.memoryUsage.rss();
      log(
        `writing after ${((performance.now() - start) / 1000).toFixed(1)} s, rss ${(rssAtWrite / 2 ** 20).toFixed(0)} MiB`,
      );
    }
    if (phase === 'reading' && rowsRead >= nextLog) {
      const m = process.memoryUsage();
      const mib = (b: number) => (b / 2 ** 20).toFixed(0);
      log(
        `read ${rowsRead} rows, rss ${mib(m.rss)} MiB (heap ${mib(m.heapUsed)} of ${mib(m.heapTotal)}, native ${mib(m.rss - m.heapTotal)})`,
      );
      nextLog += 100_000;
    }
  },
});
const ms = performance.now() - start;
await store.close();
const peak = peakRss();
answer({
  ms,
  peakBytes: peak.bytes,
  peakSource: peak.source,
  fileBytes: dbSize(casePath),
  entities: report.created.entities,
  links: report.created.links,
  rejected: report.rejectedTotal,
  ...(rssAtWrite === undefined ? {} : { rssAtWrite }),
});
