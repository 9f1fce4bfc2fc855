/**
 * A scripted Bolt server for tests: speaks enough of Bolt 5 for neo4j-driver to connect,
 * authenticate, route, run queries and transactions, while the test decides every answer and
 * reads back every request. Binds 127.0.0.1 on a random port only.
 */
import { createServer, type Socket } from 'node:net';
import { BoltConnection, type ServerContext } from './connection';
import type { BoltScript, LoggedMessage, RecordedRun } from './script';

export interface BoltServer {
  /** bolt://127.0.0.1:PORT (direct connection). */
  url: string;
  /** neo4j://127.0.0.1:PORT (routing: the server answers ROUTE with itself). */
  routingUrl: string;
  port: number;
  /** Every RUN received, in order, across connections. */
  runs: RecordedRun[];
  /** Every request received, in order, across connections. */
  log: LoggedMessage[];
  /** Resolves once `count` RUNs have arrived (for acting while a silent query is in flight). */
  waitForRuns: (count?: number) => Promise<void>;
  /** How many TCP connections were accepted. */
  connections: () => number;
  /** Stops listening and drops every open connection. */
  close: () => Promise<void>;
}

export async function startBoltServer(script: BoltScript = {}): Promise<BoltServer> {
  const sockets = new Set<Socket>();
  let port = 0;
  let accepted = 0;
  let bookmarks = 0;
  const runs: RecordedRun[] = [];
  const log: LoggedMessage[] = [];
  let waiters: { count: number; resolve: () => void }[] = [];
  const ranQuery = () => {
    const ready = waiters.filter((w) => runs.length >= w.count);
    waiters = waiters.filter((w) => runs.length < w.count);
    for (const w of ready) w.resolve();
  };
  const ctx: ServerContext = {
    script,
    runs,
    log,
    address: () => `127.0.0.1:${port}`,
    nextBookmark: () => `plexus-test:bookmark:${++bookmarks}`,
    ranQuery,
  };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    new BoltConnection(socket, ++accepted, ctx);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Bolt test server has no TCP address');
  port = address.port;
  return {
    url: `bolt://127.0.0.1:${port}`,
    routingUrl: `neo4j://127.0.0.1:${port}`,
    port,
    runs,
    log,
    waitForRuns: (count = 1) =>
      runs.length >= count ? Promise.resolve() : new Promise((resolve) => waiters.push({ count, resolve })),
    connections: () => accepted,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
