import { parseArgs } from 'node:util';
import { missingTools, startNeo4j } from './server';

/**
 * `npm run neo4j:server [-- --port 7687] [-- --password secret]`: a throwaway Neo4j Community
 * server (data deleted when it stops) for running suites or the app against. Ctrl+C stops it.
 */
const { values } = parseArgs({
  options: { port: { type: 'string', default: '0' }, password: { type: 'string', default: 'plexus-test' } },
});
const missing = missingTools();
if (missing) {
  console.error(`neo4j-server: ${missing}; the test server needs Java 17+ and Maven`);
  process.exit(1);
}
const server = await startNeo4j({ password: values.password, port: Number(values.port) });
console.log(`Neo4j is ready: ${server.uri} (user ${server.user}, password ${server.password})`);
console.log('Run a suite against it:');
console.log(
  `  NEO4J_URI=${server.uri} NEO4J_USER=${server.user} NEO4J_PASSWORD=${server.password} npx vitest run tests/contract/neo4j.test.ts`,
);
console.log('Ctrl+C stops it and deletes its data.');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('stopping Neo4j...');
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
