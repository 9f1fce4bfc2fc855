import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../../../electron/services/store/neo4j';

/** What a test does on the server behind the adapter's back: look, wipe, or play a second client. */

export async function adminRows(
  config: Neo4jConfig,
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery(query, parameters, { database: config.database });
    return records.map((r) => r.toObject() as Record<string, unknown>);
  } finally {
    await driver.close();
  }
}

/**
 * Test clean-up only, never sent by the adapter. Removes Plexus's nodes (entities and their
 * links and link id nodes, meta, charts and, with `schema`, the schema node) and, with `schema`, every
 * constraint and index Plexus created (all named plexus_*): the database then looks like
 * one Plexus has never opened. Nothing else in the database is touched.
 */
const CLEAR_DATA =
  'MATCH (n) WHERE n:PlexusEntity OR n:PlexusLinkId OR n:PlexusMeta OR n:PlexusChart DETACH DELETE n';
const CLEAR_SCHEMA_NODE = 'MATCH (s:PlexusSchema) DELETE s';
/** The history goes with the data; its head is kept, as an empty chain's (schema step 6 made it). */
export const CLEAR_HISTORY = 'MATCH (e:PlexusHistoryEntry) DELETE e';
export const RESET_HISTORY_HEAD = `MATCH (h:PlexusHistoryHead) SET h.seq = 0, h.entries = 0, h.items = 0, h.head = '${'0'.repeat(64)}'`;
const CLEAR_HISTORY_HEAD = 'MATCH (h:PlexusHistoryHead) DELETE h';
const PLEXUS_CONSTRAINTS = "SHOW CONSTRAINTS YIELD name WHERE name STARTS WITH 'plexus_' RETURN name";
const PLEXUS_INDEXES =
  "SHOW INDEXES YIELD name, owningConstraint WHERE name STARTS WITH 'plexus_' AND owningConstraint IS NULL RETURN name";

/** A name as SHOW returned it, quoted to be written back into a schema command. */
const quoted = (name: string) => `\`${name.replace(/`/g, '``')}\``;

export async function wipePlexus(config: Neo4jConfig, options: { schema?: boolean } = {}): Promise<void> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
  });
  const run = async (query: string) =>
    (await driver.executeQuery(query, {}, { database: config.database })).records;
  try {
    await run(CLEAR_DATA);
    await run(CLEAR_HISTORY);
    await run(RESET_HISTORY_HEAD);
    if (!options.schema) return;
    await run(CLEAR_SCHEMA_NODE);
    await run(CLEAR_HISTORY_HEAD);
    for (const record of await run(PLEXUS_CONSTRAINTS))
      await run(`DROP CONSTRAINT ${quoted(String(record.get('name')))}`);
    for (const record of await run(PLEXUS_INDEXES))
      await run(`DROP INDEX ${quoted(String(record.get('name')))}`);
  } finally {
    await driver.close();
  }
}
