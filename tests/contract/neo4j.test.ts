import neo4j from 'neo4j-driver';
import { loadSchema } from '../../electron/services/schema/load-types';
import { openNeo4jStore } from '../../electron/services/store/neo4j';
import { SchemaIndex } from '../../graph-schema/model/schema';
import { CLEAR_HISTORY, RESET_HISTORY_HEAD } from '../support/neo4j-server/admin';
import { describeOnNeo4j } from '../support/neo4j-server/given';
import { describeGraphStoreContract } from './graph-store.contract';

/**
 * Layer 3: the shared contract against a real Neo4j (5.x or 2025.x): the test server the
 * Neo4j project's global setup starts, or yours:
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... [NEO4J_DATABASE=neo4j]
 * Each test starts from a database emptied of Plexus data. Use a database you can empty.
 */

/** Test clean-up only, never sent by the adapter: removes Plexus entities, links and their id nodes, meta, charts and saved patterns. */
const CLEAR_PLEXUS_DATA =
  'MATCH (n) WHERE n:PlexusEntity OR n:PlexusLinkId OR n:PlexusMeta OR n:PlexusChart OR n:PlexusPattern DETACH DELETE n';
/** Sources, their files, citations and fixed-grade marks (issue 12) are not Plexus entities: cleared on their own. */
const CLEAR_EVIDENCE =
  'MATCH (n) WHERE n:PlexusSource OR n:PlexusSourceFile OR n:PlexusCitation OR n:PlexusGradeSet DETACH DELETE n';

describeOnNeo4j('Neo4j', (config) => {
  const schema = new SchemaIndex(loadSchema());

  describeGraphStoreContract(`Neo4j ${config.uri}/${config.database}`, async () => {
    const admin = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    try {
      await admin.executeQuery(CLEAR_PLEXUS_DATA, {}, { database: config.database });
      await admin.executeQuery(CLEAR_EVIDENCE, {}, { database: config.database });
      await admin.executeQuery(CLEAR_HISTORY, {}, { database: config.database });
      await admin.executeQuery(RESET_HISTORY_HEAD, {}, { database: config.database });
    } finally {
      await admin.close();
    }
    const store = await openNeo4jStore(config, { actor: 'contract-test', schema, prepareSchema: true });
    return { store, cleanup: () => store.close() };
  });
});
