import { randomBytes } from 'node:crypto';
import { missingTools, startNeo4j, type StartOptions } from './server';

/**
 * The one way the test runners (vitest's global setup, Playwright's) get a Neo4j server: the
 * one named by NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD when set (nothing is started), else
 * the project's test server when Java and Maven are present (Neo4j 5.26, or the version named
 * by PLEXUS_NEO4J_VERSION), else why there is none.
 */
export type ProvidedNeo4j =
  | {
      kind: 'given' | 'started';
      uri: string;
      /** The exact Neo4j version of a started server; undefined for a given one. */
      version?: string;
      user: string;
      password: string;
      /** Stops a server this call started; nothing for a given one. */
      stop(): Promise<void>;
    }
  | { kind: 'none'; why: string };

export async function provideNeo4j(
  options: Pick<StartOptions, 'profile' | 'version'> = {},
): Promise<ProvidedNeo4j> {
  const { NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD } = process.env;
  if (NEO4J_URI) {
    if (!NEO4J_USER || !NEO4J_PASSWORD)
      return { kind: 'none', why: 'NEO4J_URI is set but NEO4J_USER or NEO4J_PASSWORD is not' };
    return {
      kind: 'given',
      uri: NEO4J_URI,
      user: NEO4J_USER,
      password: NEO4J_PASSWORD,
      stop: async () => {},
    };
  }
  const missing = missingTools(options.version);
  if (missing)
    return {
      kind: 'none',
      why: `${missing} (needed to start the test server; or set NEO4J_URI to use yours)`,
    };
  try {
    const server = await startNeo4j({ ...options, password: randomBytes(12).toString('hex') });
    return { kind: 'started', ...server, stop: () => server.stop() };
  } catch (error) {
    const first = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { kind: 'none', why: `the test server did not start: ${first}` };
  }
}

/** Set by .ci/run: a run in which the Neo4j suites could not run fails instead of passing. */
export function neo4jRequired(): boolean {
  return process.env.PLEXUS_REQUIRE_NEO4J === '1';
}
