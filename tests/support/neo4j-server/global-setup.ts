import { randomBytes } from 'node:crypto';
import { missingTools, startNeo4j } from './server';

/**
 * Vitest global setup of the Neo4j project (vitest.config.ts): runs only when a Neo4j suite
 * is among the tests being run. With NEO4J_URI set it uses that server and starts nothing.
 * Otherwise it starts the test server when Java and Maven are present, hands it to the
 * suites through NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD, and stops it afterwards. Where it
 * cannot, one line says why the Neo4j suites did not run, or, with PLEXUS_REQUIRE_NEO4J=1
 * (set by .ci/run), the run fails instead.
 */
export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.NEO4J_URI) return undefined;
  const required = process.env.PLEXUS_REQUIRE_NEO4J === '1';
  const notRun = (why: string) => {
    if (required) throw new Error(`PLEXUS_REQUIRE_NEO4J=1 but no Neo4j server: ${why}`);
    console.log(`Neo4j suites did not run: ${why}`);
    return undefined;
  };

  const missing = missingTools();
  if (missing) return notRun(`${missing} (needed to start the test server; or set NEO4J_URI to use yours)`);
  let server;
  try {
    server = await startNeo4j({ password: randomBytes(12).toString('hex') });
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return notRun(`the test server did not start: ${first}`);
  }
  process.env.NEO4J_URI = server.uri;
  process.env.NEO4J_USER = server.user;
  process.env.NEO4J_PASSWORD = server.password;
  return () => server.stop();
}
