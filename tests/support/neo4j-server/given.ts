import { describe, it } from 'vitest';
import type { Neo4jConfig } from '../../../electron/services/store/neo4j';

/**
 * The Neo4j server a suite runs against: the one named by NEO4J_URI, NEO4J_USER and
 * NEO4J_PASSWORD [and NEO4J_DATABASE] — yours, or the test server the global setup started.
 */
export function neo4jTarget(): Neo4jConfig | undefined {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE } = process.env;
  if (!NEO4J_URI || !NEO4J_USER || !NEO4J_PASSWORD) return undefined;
  return {
    uri: NEO4J_URI,
    user: NEO4J_USER,
    password: NEO4J_PASSWORD,
    database: NEO4J_DATABASE ?? 'neo4j',
    readOnly: false,
  };
}

/**
 * describe() on a real server, or a skipped describe when none is given (the global setup
 * already said why, in one line). With PLEXUS_REQUIRE_NEO4J=1 a missing server fails the
 * file instead, so CI never passes with the Neo4j suites silently skipped.
 */
export function describeOnNeo4j(name: string, body: (target: Neo4jConfig) => void): void {
  const target = neo4jTarget();
  if (target) {
    describe(name, () => body(target));
    return;
  }
  if (process.env.PLEXUS_REQUIRE_NEO4J === '1')
    throw new Error(
      `PLEXUS_REQUIRE_NEO4J=1 but NEO4J_URI, NEO4J_USER or NEO4J_PASSWORD is not set (${name})`,
    );
  describe.skip(`${name} (no Neo4j server: set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD)`, () => {
    it('needs a server', () => undefined);
  });
}
