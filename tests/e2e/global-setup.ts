import { NEO4J_BROKER_ENV, startNeo4jBroker } from '../support/neo4j-server/broker';

/**
 * Playwright's global setup: the Neo4j broker, so the Neo4j end-to-end tests share one
 * server per run, started only when one of them runs (tests/e2e/neo4j-fixtures.ts).
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const broker = await startNeo4jBroker();
  process.env[NEO4J_BROKER_ENV] = broker.url;
  return () => broker.close();
}
