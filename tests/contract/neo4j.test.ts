import neo4j from 'neo4j-driver';
import { describe, it } from 'vitest';
import { loadSchema } from '../../electron/services/schema/load-types';
import { openNeo4jStore, type Neo4jConfig } from '../../electron/services/store/neo4j';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { describeGraphStoreContract } from './graph-store.contract';

/**
 * Layer 3: the shared contract against a real Neo4j (5.x or 2025.x), when one is given:
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE=neo4j]
 * Each test starts from a database emptied of Plexus data. Use a database you can empty.
 */
const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;

/** Test clean-up only, never sent by the adapter: removes Plexus entities, links, meta and charts. */
const CLEAR_PLEXUS_DATA = 'MATCH (n) WHERE n:PlexusEntity OR n:PlexusMeta OR n:PlexusChart DETACH DELETE n';

if (NEO4J_URI && NEO4J_USER && NEO4J_PASSWORD) {
  const config: Neo4jConfig = {
    uri: NEO4J_URI,
    user: NEO4J_USER,
    password: NEO4J_PASSWORD,
    database: NEO4J_DATABASE ?? 'neo4j',
    readOnly: false,
  };
  const schema = new SchemaIndex(loadSchema());

  describeGraphStoreContract(`Neo4j ${NEO4J_URI}/${config.database}`, async () => {
    const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      await admin.executeQuery(CLEAR_PLEXUS_DATA, {}, { database: config.database });
    } finally {
      await admin.close();
    }
    const store = await openNeo4jStore(config, { actor: 'contract-test', schema, prepareSchema: true });
    return { store, cleanup: () => store.close() };
  });
} else {
  console.log('Neo4j contract suite skipped: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to run it');
  describe.skip('GraphStore contract: Neo4j (no server given)', () => {
    it('needs NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD', () => undefined);
  });
}
