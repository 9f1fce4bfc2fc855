import neo4j, { type Driver } from 'neo4j-driver';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot } from '../../../electron/services/paths';
import { loadSchema } from '../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../../electron/services/store/neo4j';
import * as cypher from '../../../electron/services/store/neo4j/cypher';
import { createDriver } from '../../../electron/services/store/neo4j/open';
import { entityProperties, linkProperties } from '../../../electron/services/store/neo4j/records';
import type { BoltDriver, BoltSession } from '../../../electron/services/store/neo4j/session';
import type { Entity, Link } from '../../../graph-schema/model/records';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { provideNeo4j } from '../../support/neo4j-server/provide';
import { BenchData, mulberry32 } from '../generate';
import { percentile, Stopwatch, type Timing } from '../measure';
import { searchQueries } from '../queries';
import { machine, table, writeBlock, type Row } from '../report';

/**
 * `npm run bench:neo4j [-- --entities N] [--links M] [--write]`: the Neo4j store on a real
 * server. The server is the one NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD [NEO4J_DATABASE]
 * names (its Plexus data is emptied first), else the project's test server started here
 * (tests/support/neo4j-server, its `bench` profile) and stopped at the end.
 *
 * Load through the store against a bare neo4j-driver UNWIND of the same rows in the same run
 * (goal >= 0.8x); then search, 1- and 2-hop expand and shortest path, each timed end to end
 * and by the server's own time (the result summaries' available + consumed times, summed over
 * the statements of one store call). With --write the table goes into BENCHMARKS.md.
 */
const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    links: { type: 'string' },
    batch: { type: 'string', default: '5000' },
    write: { type: 'boolean', default: false },
  },
});
const entityCount = Number(values.entities);
const linkCount = values.links === undefined ? entityCount * 3 : Number(values.links);
const BATCH = Number(values.batch);
const QUERIES = 500;
const SEEDS = 200;
const log = (line: string) => process.stderr.write(`${line}\n`);
const CLEAR = [
  'MATCH (n:PlexusEntity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
  'MATCH (k:PlexusLinkId) CALL (k) { DELETE k } IN TRANSACTIONS OF 10000 ROWS',
];

async function clear(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of CLEAR) await session.run(statement);
  } finally {
    await session.close();
  }
}

/**
 * The app's own driver (createDriver), with every statement's server time added up: the
 * summary's resultAvailableAfter (planning and the first row) plus resultConsumedAfter (the
 * rest), as the server reports them, network and the adapter's work left out.
 */
class TimedDriver implements BoltDriver {
  serverMs = 0;
  constructor(private readonly inner: Driver) {}

  session(config: { database: string; defaultAccessMode: 'READ' | 'WRITE' }): BoltSession {
    const session = this.inner.session(config);
    return {
      beginTransaction: (options) => {
        const tx = session.beginTransaction(options);
        return {
          run: (query, parameters) =>
            tx.run(query, parameters).then((result) => {
              const { resultAvailableAfter, resultConsumedAfter } = result.summary;
              this.serverMs +=
                neo4j.integer.toNumber(resultAvailableAfter) + neo4j.integer.toNumber(resultConsumedAfter);
              return result;
            }),
          commit: () => tx.commit(),
          rollback: () => tx.rollback(),
        };
      },
      close: () => session.close(),
    };
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}

interface Timed {
  wall: Timing;
  server: Timing;
}

/** Runs `work` once per input: the time each call took here, and the server's own share of it. */
async function timeBoth<T>(
  driver: TimedDriver,
  inputs: readonly T[],
  work: (input: T) => Promise<unknown>,
): Promise<Timed> {
  const wall: number[] = [];
  const server: number[] = [];
  for (const input of inputs) {
    const before = driver.serverMs;
    const start = performance.now();
    await work(input);
    wall.push(performance.now() - start);
    server.push(driver.serverMs - before);
  }
  const timing = (times: number[]): Timing => {
    times.sort((a, b) => a - b);
    return {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? 0,
      count: times.length,
    };
  };
  return { wall: timing(wall), server: timing(server) };
}

/** Loads every batch through the store; returns entities and links as stored, and the time. */
async function loadStore(
  store: GraphStore,
  data: BenchData,
): Promise<{ entityMs: number; linkMs: number; entities: Entity[]; links: Link[] }> {
  const entityWatch = new Stopwatch();
  const linkWatch = new Stopwatch();
  const entities: Entity[] = [];
  const links: Link[] = [];
  for (const batch of data.entityBatches(BATCH)) {
    entities.push(...(await entityWatch.time(() => store.createEntities(batch))));
    if (entities.length % 50_000 < BATCH) log(`  entities ${entities.length}`);
  }
  for (const batch of data.linkBatches(BATCH)) {
    links.push(...(await linkWatch.time(() => store.createLinks(batch))));
    if (links.length % 100_000 < BATCH) log(`  links ${links.length}`);
  }
  return { entityMs: entityWatch.total, linkMs: linkWatch.total, entities, links };
}

/**
 * The bare script's statements: what a developer would write to load the same property maps,
 * with none of the store's extras (no (:PlexusLinkId) node for the id's uniqueness, no check of
 * the ends' types). Kept as their own text so the baseline does not move with the store.
 */
const BARE_ENTITIES = (type: string) => `UNWIND $rows AS row CREATE (n:PlexusEntity:\`${type}\`) SET n = row`;
const BARE_LINKS = (type: string) =>
  'UNWIND $rows AS row MATCH (s:PlexusEntity {id: row.source}) MATCH (t:PlexusEntity {id: row.target}) ' +
  `CREATE (s)-[r:\`${type}\`]->(t) SET r = row.props RETURN count(*) AS created`;

/** The bare script: the same property maps, UNWIND CREATE per type, no validation or checks. */
async function loadBare(
  driver: Driver,
  database: string,
  index: SchemaIndex,
  entities: readonly Entity[],
  links: readonly Link[],
): Promise<number> {
  const watch = new Stopwatch();
  const byType = <T extends { type: string }>(items: readonly T[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const item of items) {
      const group = out.get(item.type);
      if (group) group.push(item);
      else out.set(item.type, [item]);
    }
    return out;
  };
  const session = driver.session({ database });
  try {
    for (const [type, group] of byType(entities)) {
      for (let i = 0; i < group.length; i += BATCH) {
        const rows = group.slice(i, i + BATCH).map((e) => entityProperties(e, index));
        await watch.time(() => session.executeWrite((tx) => tx.run(BARE_ENTITIES(type), { rows })));
      }
    }
    for (const [type, group] of byType(links)) {
      for (let i = 0; i < group.length; i += BATCH) {
        const rows = group
          .slice(i, i + BATCH)
          .map((l) => ({ source: l.source, target: l.target, props: linkProperties(l) }));
        await watch.time(() => session.executeWrite((tx) => tx.run(BARE_LINKS(type), { rows })));
      }
    }
  } finally {
    await session.close();
  }
  return watch.total;
}

/** The 1-minute load average: the machine is shared, and a loaded run reads slower on both paths. */
const load = () => loadavg()[0]?.toFixed(1) ?? '?';

async function main(): Promise<void> {
  const loadAtStart = load();
  const server = await provideNeo4j({ profile: 'bench' });
  if (server.kind === 'none') {
    console.log(`Neo4j benchmark did not run: ${server.why}`);
    process.exitCode = 1;
    return;
  }
  const config: Neo4jConfig = {
    uri: server.uri,
    user: server.user,
    password: server.password,
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
    readOnly: false,
  };
  log(`${machine()}\nNeo4j at ${config.uri} (${server.kind}): ${entityCount} entities, ${linkCount} links`);
  const index = new SchemaIndex(loadSchema());
  const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const timed = new TimedDriver(createDriver(config) as Driver);
  try {
    await clear(admin, config.database);
    const store = await openNeo4jStore(config, { actor: 'bench', schema: index, prepareSchema: true }, timed);
    const version = (await admin.executeQuery(cypher.SERVER_COMPONENTS, {}, { database: 'system' })).records
      .map((r) => `${String(r.get('name'))} ${String(r.get('versions'))} ${String(r.get('edition'))}`)
      .join(', ');

    // Warm the server's JIT on both paths before either is measured.
    log('warming up');
    const warm = await loadStore(store, new BenchData(index, 5_000, 15_000, 99));
    await clear(admin, config.database);
    await loadBare(admin, config.database, index, warm.entities, warm.links);
    await clear(admin, config.database);

    log('loading through the store');
    const data = new BenchData(index, entityCount, linkCount);
    const loaded = await loadStore(store, data);
    const items = loaded.entities.length + loaded.links.length;
    const storeRate = items / ((loaded.entityMs + loaded.linkMs) / 1000);

    const rand = mulberry32(7);
    const pickId = () => data.ids[Math.floor(rand() * entityCount)] ?? '';
    const queries = searchQueries(data.labels, QUERIES, rand);
    const seeds = Array.from({ length: SEEDS }, pickId);
    const pairs = Array.from({ length: SEEDS }, () => [pickId(), pickId()] as const);
    log('timing search');
    for (const text of queries.slice(0, 50)) await store.search({ text }); // warm the caches and plans
    const search = await timeBoth(timed, queries, (text) => store.search({ text }));
    log('timing expand');
    for (const id of seeds.slice(0, 20)) await store.expand({ ids: [id], hops: 2 });
    const expand1 = await timeBoth(timed, seeds, (id) => store.expand({ ids: [id], hops: 1 }));
    const expand2 = await timeBoth(timed, seeds, (id) => store.expand({ ids: [id], hops: 2 }));
    log('timing path');
    let found = 0;
    const path = await timeBoth(timed, pairs, async ([from, to]) => {
      if ((await store.findPaths({ from, to, maxHops: 8 })).paths.length > 0) found++;
    });
    await store.close();

    log('loading the same rows through a bare UNWIND');
    await clear(admin, config.database);
    const bareMs = await loadBare(admin, config.database, index, loaded.entities, loaded.links);
    const bareRate = items / (bareMs / 1000);
    await clear(admin, config.database);

    const ms = (v: number) => `${v.toFixed(1)} ms`;
    const perSec = (v: number) => `${Math.round(v).toLocaleString('en-US')} rows/s`;
    const both = (t: Timed) => `${ms(t.wall.p95)} (server ${ms(t.server.p95)})`;
    const ratio = storeRate / bareRate;
    const rows: Row[] = [
      {
        measure: 'Store load: entities',
        value: perSec(loaded.entities.length / (loaded.entityMs / 1000)),
        goal: '',
        met: undefined,
      },
      {
        measure: 'Store load: links',
        value: perSec(loaded.links.length / (loaded.linkMs / 1000)),
        goal: '',
        met: undefined,
      },
      { measure: 'Store load: all rows', value: perSec(storeRate), goal: '', met: undefined },
      { measure: 'Bare neo4j-driver UNWIND: all rows', value: perSec(bareRate), goal: '', met: undefined },
      { measure: 'Store / bare ratio', value: `${ratio.toFixed(2)}x`, goal: '>= 0.8x', met: ratio >= 0.8 },
      {
        measure: `Search p50 (${search.wall.count} queries)`,
        value: `${ms(search.wall.p50)} (server ${ms(search.server.p50)})`,
        goal: '',
        met: undefined,
      },
      { measure: 'Search p95', value: both(search), goal: '<= 50 ms', met: search.wall.p95 <= 50 },
      {
        measure: `Expand 1 hop p95 (${expand1.wall.count} seeds, limit 500)`,
        value: both(expand1),
        goal: '<= 20 ms',
        met: expand1.wall.p95 <= 20,
      },
      { measure: 'Expand 2 hops p95', value: both(expand2), goal: '<= 20 ms', met: expand2.wall.p95 <= 20 },
      {
        measure: `Shortest path p95 (${path.wall.count} pairs, ${found} connected)`,
        value: both(path),
        goal: '<= 100 ms',
        met: path.wall.p95 <= 100,
      },
    ];
    const title = `Neo4j: ${entityCount.toLocaleString('en-US')} entities, ${linkCount.toLocaleString('en-US')} links`;
    const at =
      server.kind === 'started'
        ? `${version}, the project's test server in-process on the same machine (2 GiB heap, 1 GiB page cache, data in RAM)`
        : `${version} at ${config.uri}`;
    const where = `${at}; load average ${loadAtStart} at start, ${load()} at end`;
    process.stdout.write(`\n${title}\n${machine()}\n${where}\n\n${table(rows)}\n`);
    process.stdout.write(
      `\n(p50 expand 1 hop ${ms(expand1.wall.p50)}, 2 hops ${ms(expand2.wall.p50)}, path ${ms(path.wall.p50)}; ` +
        `max search ${ms(search.wall.max)}, expand 2 ${ms(expand2.wall.max)}, path ${ms(path.wall.max)})\n`,
    );
    if (values.write)
      writeBlock(
        join(appRoot(), 'BENCHMARKS.md'),
        { marker: 'bench-neo4j', section: 'Neo4j benchmark' },
        { title, rows, where },
      );
  } finally {
    await admin.close();
    await server.stop();
  }
}

await main();
