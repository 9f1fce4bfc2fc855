import neo4j, { type Driver } from 'neo4j-driver';
import { loadSchema } from '../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../electron/services/store/graph-store';
import { openNeo4jStore, type Neo4jConfig } from '../../../electron/services/store/neo4j';
import * as cypher from '../../../electron/services/store/neo4j/cypher';
import { entityProperties, linkProperties } from '../../../electron/services/store/neo4j/records';
import type { Entity, Link } from '../../../graph-schema/model/records';
import { SchemaIndex } from '../../../graph-schema/model/schema';
import { BenchData, mulberry32 } from '../generate';
import { percentile, Stopwatch, timeEach } from '../measure';

/**
 * Neo4j load and expand benchmark, run only against a server you name (it empties the
 * database's Plexus data first):
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE] [BENCH_N=20000]
 *   npx tsx tests/bench/neo4j/run.ts
 * Load rate through the store vs a bare neo4j-driver UNWIND script on the same rows (goal
 * >= 0.8x); expand p95 end to end and the server's own time (resultAvailableAfter).
 */
const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, BENCH_N } = process.env;
const BATCH = 5000;
const CLEAR = 'MATCH (n:PlexusEntity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS';

async function clear(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(CLEAR);
  } finally {
    await session.close();
  }
}

/** Loads every batch through the store; returns entities and links as stored, and the time. */
async function loadStore(
  store: GraphStore,
  data: BenchData,
): Promise<{ ms: number; entities: Entity[]; links: Link[] }> {
  const watch = new Stopwatch();
  const entities: Entity[] = [];
  const links: Link[] = [];
  for (const batch of data.entityBatches(BATCH))
    entities.push(...(await watch.time(() => store.createEntities(batch))));
  for (const batch of data.linkBatches(BATCH))
    links.push(...(await watch.time(() => store.createLinks(batch))));
  return { ms: watch.total, entities, links };
}

/** The bare script: the same property maps, UNWIND CREATE per type, no validation or checks. */
async function loadBare(
  driver: Driver,
  database: string,
  index: SchemaIndex,
  entities: Entity[],
  links: Link[],
) {
  const watch = new Stopwatch();
  const byType = <T extends { type: string }>(items: T[]): Map<string, T[]> => {
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
        await watch.time(() => session.executeWrite((tx) => tx.run(cypher.createEntities(type), { rows })));
      }
    }
    for (const [type, group] of byType(links)) {
      for (let i = 0; i < group.length; i += BATCH) {
        const rows = group
          .slice(i, i + BATCH)
          .map((l) => ({ source: l.source, target: l.target, props: linkProperties(l) }));
        await watch.time(() => session.executeWrite((tx) => tx.run(cypher.createLinks(type), { rows })));
      }
    }
  } finally {
    await session.close();
  }
  return watch.total;
}

async function main(): Promise<void> {
  if (!NEO4J_URI || !NEO4J_USER || !NEO4J_PASSWORD) {
    console.log('Neo4j benchmark did nothing: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run it');
    return;
  }
  const n = Number(BENCH_N ?? 20_000);
  const config: Neo4jConfig = {
    uri: NEO4J_URI,
    user: NEO4J_USER,
    password: NEO4J_PASSWORD,
    database: NEO4J_DATABASE ?? 'neo4j',
    readOnly: false,
  };
  const index = new SchemaIndex(loadSchema());
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  try {
    await clear(driver, config.database);
    const store = await openNeo4jStore(config, { actor: 'bench', schema: index, prepareSchema: true });
    const data = new BenchData(index, n, n * 2);
    const loaded = await loadStore(store, data);
    const items = loaded.entities.length + loaded.links.length;
    const storeRate = items / (loaded.ms / 1000);

    const rand = mulberry32(7);
    const seeds = Array.from(
      { length: 200 },
      () => loaded.entities[Math.floor(rand() * loaded.entities.length)]?.id ?? '',
    );
    const expandTiming = await timeEach(seeds, (id) => store.expand({ ids: [id], hops: 2 }));
    const serverTimes: number[] = [];
    for (const id of seeds) {
      const result = await driver.executeQuery(
        cypher.STEPS_OUT,
        { ids: [id], linkTypes: null, entityTypes: null },
        { database: config.database },
      );
      serverTimes.push(result.summary.resultAvailableAfter.toNumber());
    }
    serverTimes.sort((a, b) => a - b);
    await store.close();

    await clear(driver, config.database);
    const bareMs = await loadBare(driver, config.database, index, loaded.entities, loaded.links);
    const bareRate = items / (bareMs / 1000);
    await clear(driver, config.database);

    console.log(
      `Neo4j ${config.uri}/${config.database}: ${loaded.entities.length} entities, ${loaded.links.length} links`,
    );
    console.log(
      `load through the store: ${storeRate.toFixed(0)} items/s; bare UNWIND: ${bareRate.toFixed(0)} items/s; ratio ${(storeRate / bareRate).toFixed(2)}x (goal >= 0.8x)`,
    );
    console.log(
      `expand 2 hops: p50 ${expandTiming.p50.toFixed(1)} ms, p95 ${expandTiming.p95.toFixed(1)} ms end to end`,
    );
    console.log(
      `one neighbour step, server's own time (resultAvailableAfter): p95 ${percentile(serverTimes, 95)} ms`,
    );
  } finally {
    await driver.close();
  }
}

await main();
