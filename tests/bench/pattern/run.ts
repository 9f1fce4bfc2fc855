import { existsSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { loadSchema } from '../../../electron/services/schema/load-types';
import { appRoot } from '../../../electron/services/paths';
import { createCaseFile, openCaseFile } from '../../../electron/services/store/sqlite';
import { patternSql } from '../../../electron/services/store/sqlite/pattern-sql';
import type { PatternInput } from '../../../graph-schema/model/pattern';
import { checkPattern } from '../../../graph-schema/model/pattern-check';
import { DEFAULT_GRADING } from '../../../graph-schema/model/records';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { BenchData, mulberry32 } from '../generate';
import { timeEach } from '../measure';
import { machine, table, writeBlock, type Row } from '../report';

/**
 * `npm run bench -- --pattern [--entities N] [--write]`: pattern search on a case file of N
 * entities and 3N links (tests/bench/generate.ts), p95 of two patterns over 100 runs each,
 * every run with another condition value. The case is built once per size and kept in the
 * temp folder (plexus-pattern-bench-N.plexus), as building 3M entities takes long.
 *
 * Baseline, measured in the same run: the scan a hand-written query cannot avoid, the same
 * condition on every Company's JSON body with nothing else (no walk, no records read), so the
 * ratio says what the walks and the records cost on top of finding the start boxes.
 */

const RUNS = 100;
const log = (line: string) => process.stderr.write(`${line}\n`);

/** Registration numbers are "HRB n" with n below a million: "HRB 1234" holds about 1 in 9,000. */
function oneHop(prefix: string): PatternInput {
  return {
    nodes: [
      {
        types: ['Company'],
        conditions: [{ field: 'props.registrationNumber', op: 'contains', value: prefix }],
      },
      { types: ['Person'] },
    ],
    edges: [{ types: ['EMPLOYED_BY', 'OFFICER_OF', 'OWNS'], direction: 'in' }],
  };
}

function threeHops(prefix: string): PatternInput {
  return {
    nodes: [
      {
        types: ['Company'],
        conditions: [{ field: 'props.registrationNumber', op: 'contains', value: prefix }],
      },
      { types: ['Organization'] },
    ],
    edges: [{ direction: 'both', minHops: 1, maxHops: 3 }],
    limit: 500,
  };
}

/**
 * The case is made by the store (createCaseFile: every migration), then filled by a bare loader
 * into the store's own tables: records as the store writes them, without their search rows and
 * history entries, which pattern search never reads. Through the store's writes the build ran at
 * about 1,000 entities/s on this shared machine (history, search index), over an hour for 1M.
 */
async function buildCase(path: string, schema: SchemaIndex, entities: number): Promise<void> {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  await (await createCaseFile(building, { actor: 'bench', schema })).close();
  const data = new BenchData(schema, entities, entities * 3);
  const db = new Database(building);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const stamp = {
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'bench',
    updatedAt: '2026-01-01T00:00:00.000Z',
    updatedBy: 'bench',
  };
  const common = { notes: '', validFrom: null, validTo: null, ...DEFAULT_GRADING, ...stamp };
  const entity = db.prepare('INSERT INTO entities (rid, id, type, label_key) VALUES (?, ?, ?, ?)');
  const body = db.prepare('INSERT INTO entity_bodies (rid, body) VALUES (?, ?)');
  const link = db.prepare('INSERT INTO links (id, type, source, target, body) VALUES (?, ?, ?, ?, ?)');
  const rids = new Map<string, number>();
  let rid = 0;
  for (const batch of data.entityBatches(50_000)) {
    db.transaction(() => {
      for (const input of batch) {
        rid += 1;
        const id = input.id ?? '';
        rids.set(id, rid);
        const record = {
          id,
          type: input.type,
          label: input.label,
          aliases: input.aliases ?? [],
          props: input.props ?? {},
          ...common,
        };
        entity.run(rid, id, input.type, input.label.toLowerCase());
        body.run(rid, JSON.stringify(record));
      }
    })();
    if (rid % 200_000 === 0) log(`  entities ${rid}`);
  }
  let done = 0;
  for (const batch of data.linkBatches(50_000)) {
    db.transaction(() => {
      for (const input of batch) {
        const record = {
          id: input.id ?? '',
          type: input.type,
          source: input.source,
          target: input.target,
          label: input.type,
          props: {},
          ...common,
        };
        link.run(
          record.id,
          input.type,
          rids.get(input.source),
          rids.get(input.target),
          JSON.stringify(record),
        );
      }
    })();
    done += batch.length;
    if (done % 600_000 === 0) log(`  links ${done}`);
  }
  db.pragma('optimize');
  db.close();
  renameSync(building, path);
}

export async function runPatternBench(options: { entities: number; write: boolean }): Promise<void> {
  const schema = new SchemaIndex(loadSchema());
  const path = join(tmpdir(), `plexus-pattern-bench-${options.entities}.plexus`);
  if (!existsSync(path)) {
    log(`${machine()}\nbuilding ${options.entities} entities, ${options.entities * 3} links in ${path}`);
    await buildCase(path, schema, options.entities);
  } else log(`reusing ${path}`);

  const store = await openCaseFile(path, { actor: 'bench', schema });
  const rand = mulberry32(14);
  const prefixes = Array.from({ length: RUNS }, () => `HRB ${1000 + Math.floor(rand() * 9000)}`);
  let rows1 = 0;
  let rows3 = 0;
  let truncated = 0;
  log('warming up');
  for (const prefix of prefixes.slice(0, 5)) await store.patterns.run(oneHop(prefix));
  log('timing the 1-hop pattern');
  const hop1 = await timeEach(prefixes, async (prefix) => {
    rows1 += (await store.patterns.run(oneHop(prefix))).rows.length;
  });
  log('timing the 1..3-hop pattern');
  const hop3 = await timeEach(prefixes, async (prefix) => {
    const result = await store.patterns.run(threeHops(prefix));
    rows3 += result.rows.length;
    if (result.truncated) truncated++;
  });
  await store.close();

  // The baseline and the plan, on a connection of their own (read-only).
  const db = new Database(path, { readonly: true });
  const scan = db.prepare(
    "SELECT count(*) FROM entities e CROSS JOIN entity_bodies b ON b.rid = e.rid WHERE e.type = 'Company' " +
      "AND json_type(b.body, '$.props.registrationNumber') = 'text' " +
      "AND instr(json_extract(b.body, '$.props.registrationNumber'), ?) > 0",
  );
  const baseline = await timeEach(prefixes, async (prefix) => scan.get(prefix));
  const { sql, params } = patternSql(checkPattern(threeHops('HRB 1234'), schema));
  const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map(
    (r) => r.detail,
  );
  db.close();
  log(`plan of the 1..3-hop pattern:\n  ${plan.join('\n  ')}`);

  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const ratio = (v: number) => `${(v / baseline.p95).toFixed(2)}x`;
  const rows: Row[] = [
    {
      measure: `Baseline: bare scan of the Company condition p95 (${RUNS} values)`,
      value: ms(baseline.p95),
      goal: '',
      met: undefined,
    },
    {
      measure: `Company(registrationNumber contains) <-EMPLOYED_BY/OFFICER_OF/OWNS- Person, p95 (${rows1} rows in all)`,
      value: `${ms(hop1.p95)} (${ratio(hop1.p95)})`,
      goal: '',
      met: undefined,
    },
    {
      measure: `Company(registrationNumber contains) -any 1..3 hops- Organization, p95 (${rows3} rows, ${truncated} runs at the 500-row limit)`,
      value: `${ms(hop3.p95)} (${ratio(hop3.p95)})`,
      goal: '',
      met: undefined,
    },
    {
      measure: 'p50: baseline / 1 hop / 1..3 hops',
      value: `${ms(baseline.p50)} / ${ms(hop1.p50)} / ${ms(hop3.p50)}`,
      goal: '',
      met: undefined,
    },
  ];
  const title = `Pattern search: ${options.entities.toLocaleString('en-US')} entities, ${(options.entities * 3).toLocaleString('en-US')} links`;
  process.stdout.write(`\n${title}\n${machine()}\n\n${table(rows)}\n`);
  if (options.write)
    writeBlock(
      join(appRoot(), 'BENCHMARKS.md'),
      {
        marker: `bench-pattern-${options.entities}`,
        section: options.entities === 1_000_000 ? 'Pattern search' : undefined,
      },
      { title, rows },
    );
}
