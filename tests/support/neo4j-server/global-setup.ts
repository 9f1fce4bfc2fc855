import { neo4jRequired, provideNeo4j } from './provide';

/**
 * Vitest global setup of the Neo4j project (vitest.config.ts): runs only when a Neo4j suite
 * is among the tests being run. With NEO4J_URI set it uses that server and starts nothing.
 * Otherwise it starts the test server when Java and Maven are present, hands it to the
 * suites through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, and stops it afterwards. Where it
 * cannot, one line says why the Neo4j suites did not run, or, with PLEXUS_REQUIRE_NEO4J=1
 * (set by .ci/run), the run fails instead.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const server = await provideNeo4j();
  if (server.kind === 'none') {
    if (neo4jRequired()) throw new Error(`PLEXUS_REQUIRE_NEO4J=1 but no Neo4j server: ${server.why}`);
    console.log(`Neo4j suites did not run: ${server.why}`);
    return undefined;
  }
  if (server.kind === 'given') return undefined;
  console.log(`Neo4j suites run on the test server, Neo4j ${server.version} at ${server.uri}`);
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  return () => server.stop();
}
