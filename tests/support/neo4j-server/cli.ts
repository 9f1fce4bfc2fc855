import { parseArgs } from 'node:util';
import { buildLauncher, missingTools, startNeo4j } from './server';
import { neo4jBuild, type Neo4jBuild } from './versions';

/**
 * `npm run neo4j:server [-- --port 7687] [-- --password secret] [-- --version 2026]`: a
 * throwaway Neo4j Community server (data deleted when it stops) for running suites or the app
 * against. Ctrl+C stops it. `--version`: 5.26 (the default, Java 17+), 2025, 2026 or an exact
 * calendar version such as 2026.08.1 (Java 21+, found by itself). `--build-only` builds that
 * version's module (from Maven Central the first time) and exits: 0 when built, 3 with one
 * line when this machine has no Java that version runs on (.ci/run then skips it), 1 on any
 * other failure.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    password: { type: 'string', default: 'plexus-test' },
    version: { type: 'string' },
    'build-only': { type: 'boolean', default: false },
  },
});
function fail(why: string, code = 1): never {
  console.error(`neo4j-server: ${why}`);
  process.exit(code);
}
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

let build: Neo4jBuild | string;
try {
  build = neo4jBuild(values.version);
} catch (error) {
  fail(message(error));
}
if (typeof build === 'string') fail(build, 3);
const missing = missingTools(values.version);
if (missing) fail(`${missing}; the test server needs Java 17+ and Maven`);
if (values['build-only']) {
  try {
    buildLauncher(build);
  } catch (error) {
    fail(message(error));
  }
  process.exit(0);
}

const server = await startNeo4j({
  password: values.password,
  port: Number(values.port),
  version: values.version,
});
console.log(
  `Neo4j ${server.version} is ready: ${server.uri} (user ${server.user}, password ${server.password})`,
);
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
