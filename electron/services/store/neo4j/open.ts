import neo4j from 'neo4j-driver';
import type { ConnectionTest } from '../../../../graph-schema/contract/connections';
import type { GraphStore } from '../graph-store';
import { DEFAULT_CONNECTION_TIMEOUT_MS, type Neo4jConfig } from './config';
import * as cypher from './cypher';
import { neo4jError } from './errors';
import { Neo4jStore, type Neo4jStoreOptions } from './neo4j-store';
import {
  ensureLinkIdIndexes,
  migrateSchema,
  readSchemaState,
  schemaRequired,
  schemaTooNew,
  NEO4J_SCHEMA_VERSION,
} from './server-schema';
import { Sessions, type BoltDriver } from './session';

/** Opens a driver; nothing is sent until the first session. The driver never logs or phones home. */
export function createDriver(config: Neo4jConfig): BoltDriver {
  const timeout = config.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS;
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: timeout,
    connectionAcquisitionTimeout: timeout,
    // One attempt: the user is waiting on a dialog, and cancel must not race a retry.
    maxTransactionRetryTime: 0,
    userAgent: 'plexus',
  });
}

async function verify(driver: BoltDriver, config: Neo4jConfig): Promise<void> {
  const real = driver as { verifyConnectivity?: (c: { database: string }) => Promise<unknown> };
  try {
    if (real.verifyConnectivity) await real.verifyConnectivity({ database: config.database });
  } catch (error) {
    throw neo4jError(error, config);
  }
}

/** Server version and edition, and what the database holds of Plexus's schema. */
export async function testNeo4j(
  config: Neo4jConfig,
  driver: BoltDriver = createDriver(config),
): Promise<ConnectionTest> {
  try {
    await verify(driver, config);
    const sessions = new Sessions(driver, { ...config, readOnly: true });
    const components = await sessions.read((run) => run(cypher.SERVER_COMPONENTS));
    const kernel = components.find((c) => c.name === 'Neo4j Kernel') ?? components[0];
    const versions = kernel?.versions;
    const schema = await readSchemaState(sessions);
    return {
      serverVersion: Array.isArray(versions) && typeof versions[0] === 'string' ? versions[0] : 'unknown',
      edition: typeof kernel?.edition === 'string' ? kernel.edition : 'unknown',
      database: config.database,
      schema: schema.state,
      schemaVersion: schema.version,
    };
  } finally {
    await driver.close();
  }
}

/**
 * Connects, checks the schema and answers a store. A missing or older schema is created or
 * migrated only with prepareSchema (the user said yes); otherwise SCHEMA_REQUIRED so the UI
 * can ask. A newer one is refused: this build could write what that one cannot read.
 */
export async function openNeo4jStore(
  config: Neo4jConfig,
  options: Neo4jStoreOptions & { prepareSchema?: boolean },
  driver: BoltDriver = createDriver(config),
): Promise<GraphStore> {
  try {
    await verify(driver, config);
    const sessions = new Sessions(driver, config);
    const state = await readSchemaState(sessions);
    if (state.state === 'newer') throw schemaTooNew(config, state.version ?? 0);
    if (state.state === 'missing' || state.state === 'older') {
      if (!options.prepareSchema || config.readOnly) throw schemaRequired(config, state);
      await migrateSchema(
        sessions,
        options.schema,
        state.version ?? 0,
        options.now ?? (() => new Date()),
        options.actor,
      );
    }
    if (!config.readOnly) await ensureLinkIdIndexes(sessions, options.schema);
    return new Neo4jStore(driver, config, NEO4J_SCHEMA_VERSION, options);
  } catch (error) {
    await driver.close().catch(() => undefined);
    throw neo4jError(error, config);
  }
}
