import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../electron/services/store/sqlite';
import { ENTITY_BODY, LINK_BODY } from '../../../graph-schema/migrations/bodies';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { readStoredBody, type BodySpec } from '../../../graph-schema/model/stored-body';
import { BenchData } from '../generate';
import { machine, table, type Row } from '../report';

/**
 * `npx tsx tests/bench/bodies/run.ts`: what reading stored bodies through their version and
 * schema (readStoredBody) costs against the JSON.parse-and-cast it replaced, on 10,000 entity and
 * 10,000 link bodies as the store wrote them (bench data: eight types, names, props). The two are
 * timed interleaved, round by round, in one process: on a shared machine only the ratio means much.
 */
const N = 10_000;
const ROUNDS = 15;
const log = (line: string) => process.stderr.write(`${line}\n`);

const schema = new SchemaIndex(loadSchema());
const dir = mkdtempSync(join(tmpdir(), 'plexus-bench-bodies-'));
const path = join(dir, 'bodies.plexus');
const load = () => loadavg()[0]?.toFixed(1) ?? '?';
const loadAtStart = load();
try {
  const data = new BenchData(schema, N, N);
  const store = await createCaseFile(path, { actor: 'bench', schema });
  for (const batch of data.entityBatches(N)) await store.createEntities(batch);
  for (const batch of data.linkBatches(N)) await store.createLinks(batch);
  await store.close();

  const db = new Database(path, { readonly: true });
  const rowsOf = (sql: string) => db.prepare(sql).raw().all() as [string, string, number][];
  const entities = rowsOf(
    'SELECT e.id, b.body, b.body_version FROM entities e JOIN entity_bodies b ON b.rid = e.rid',
  );
  const links = rowsOf('SELECT id, body, body_version FROM links');
  db.close();

  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const measure = (rows: [string, string, number][], spec: BodySpec<unknown>) => {
    const cast: number[] = [];
    const read: number[] = [];
    for (let round = 0; round < ROUNDS + 3; round++) {
      let start = performance.now();
      for (const [, body] of rows) JSON.parse(body);
      const castMs = performance.now() - start;
      start = performance.now();
      for (const [id, body, version] of rows) readStoredBody(spec, id, version, body);
      const readMs = performance.now() - start;
      // The first rounds warm the JIT.
      if (round >= 3) {
        cast.push(castMs);
        read.push(readMs);
      }
    }
    return { cast: median(cast), read: median(read) };
  };
  const rowsFor = (what: string, n: number, m: { cast: number; read: number }): Row[] => [
    {
      measure: `${n} ${what} bodies: JSON.parse + cast (before)`,
      value: `${m.cast.toFixed(1)} ms`,
      goal: '',
      met: undefined,
    },
    {
      measure: `${n} ${what} bodies: readStoredBody (now)`,
      value: `${m.read.toFixed(1)} ms`,
      goal: '',
      met: undefined,
    },
    {
      measure: `${what}: now / before; added per body`,
      value: `${(m.read / m.cast).toFixed(2)}x; +${(((m.read - m.cast) / n) * 1000).toFixed(1)} µs`,
      goal: '',
      met: undefined,
    },
  ];
  const e = measure(entities, ENTITY_BODY);
  const l = measure(links, LINK_BODY);
  log(`${machine()}; load average ${loadAtStart} at start, ${load()} at end`);
  process.stdout.write(
    `${table([...rowsFor('entity', entities.length, e), ...rowsFor('link', links.length, l)])}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
