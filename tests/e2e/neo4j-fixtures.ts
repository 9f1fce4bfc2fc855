import type { Neo4jConfig } from '../../electron/services/store/neo4j';
import { brokeredNeo4j } from '../support/neo4j-server/broker';
import { neo4jRequired } from '../support/neo4j-server/provide';
import { test as base } from './fixtures';

/**
 * End-to-end tests on a real Neo4j server: the run's one server from the broker
 * (tests/e2e/global-setup.ts). Without one the test is skipped, saying why (the runner has
 * printed it once too); with PLEXUS_REQUIRE_NEO4J=1 (.ci/run) it fails instead.
 */
export const test = base.extend<{ neo4j: Neo4jConfig }>({
  neo4j: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, testInfo) => {
      const answer = await brokeredNeo4j();
      if ('why' in answer) {
        if (neo4jRequired()) throw new Error(`PLEXUS_REQUIRE_NEO4J=1 but no Neo4j server: ${answer.why}`);
        testInfo.skip(true, `no Neo4j server: ${answer.why}`);
        return;
      }
      await use({ ...answer, database: process.env.NEO4J_DATABASE ?? 'neo4j', readOnly: false });
    },
    // The first test to ask waits for the server to start (about 15 s, more on a loaded machine).
    { timeout: 240_000 },
  ],
});

export { expect, shot } from './fixtures';
