import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { provideNeo4j, type ProvidedNeo4j } from './provide';

/**
 * Playwright runs no vitest global setup, and its workers cannot share a server they start
 * themselves. Its global setup therefore starts this broker instead (a few lines of HTTP on
 * 127.0.0.1 in the runner's own process): the first end-to-end test that asks for Neo4j
 * starts the server (provideNeo4j: NEO4J_URI if set, else the test server), every later
 * one, in any worker, gets the same server, and the global teardown stops it. A run that
 * selects no Neo4j test starts nothing.
 */

/** Where the broker listens, for the workers: http://127.0.0.1:PORT/TOKEN. */
export const NEO4J_BROKER_ENV = 'PLEXUS_E2E_NEO4J_BROKER';

export type BrokerAnswer = { uri: string; user: string; password: string } | { why: string };

export async function startNeo4jBroker(
  log: (line: string) => void = (line) => console.log(line),
): Promise<{ url: string; close(): Promise<void> }> {
  const token = randomBytes(12).toString('hex');
  let provided: Promise<ProvidedNeo4j> | undefined;
  const provide = () => {
    provided ??= provideNeo4j().then((server) => {
      if (server.kind === 'none') log(`Neo4j end-to-end tests did not run: ${server.why}`);
      return server;
    });
    return provided;
  };
  const http = createServer((request, response) => {
    if (request.url !== `/${token}`) {
      response.writeHead(404).end();
      return;
    }
    void provide().then((server) => {
      const answer: BrokerAnswer =
        server.kind === 'none'
          ? { why: server.why }
          : { uri: server.uri, user: server.user, password: server.password };
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
  });
  // A server start takes up to minutes on a loaded machine: never cut the waiting request off.
  http.requestTimeout = 0;
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/${token}`,
    async close() {
      await new Promise<void>((resolve) => http.close(() => resolve()));
      const server = await provided;
      if (server && server.kind !== 'none') await server.stop();
    },
  };
}

/** In a test worker: the run's Neo4j server, or why there is none. */
export async function brokeredNeo4j(): Promise<BrokerAnswer> {
  const url = process.env[NEO4J_BROKER_ENV];
  if (!url) return { why: `no broker (${NEO4J_BROKER_ENV} is unset: run through playwright.config.ts)` };
  const response = await fetch(url);
  return (await response.json()) as BrokerAnswer;
}
