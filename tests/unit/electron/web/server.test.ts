import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../electron/web/csp';
import { startWebServer, type WebServer } from '../../../../electron/web/server';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { handlerTable, stubSessions } from '../ipc/handler-table';

const TOKEN = 'test-token-0123456789';
let dir: string;
let server: WebServer;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The session the test's tab opened in beforeAll. */
let session = '';

const api = (
  method: string,
  payload: unknown,
  headers: Record<string, string> = { 'x-plexus-token': TOKEN, 'x-plexus-session': session },
) =>
  send(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(payload),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-web-'));
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Plexus</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(renderer, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer');
  const sessions = stubSessions();
  const handlers = handlerTable({
    openSession: async (_, caller) => ({ id: sessions.open(caller.owner).id }),
    closeCase: async () => ({ closed: false }),
    // Echoes the session the request ran in, so a test can see whose it was.
    getCaseInfo: async (_, { id }) => ({
      name: id,
      store: { kind: 'case-file', location: id, readOnly: false },
      schemaVersion: 1,
      entityCount: 0,
      linkCount: 0,
      entityCounts: {},
      linkCounts: {},
    }),
    getEntities: async () => {
      throw new PlexusError('NO_CASE_OPEN', 'No case is open');
    },
  });
  server = await startWebServer({
    backend: { handlers, sessions },
    rendererDir: renderer,
    port: 0,
    token: TOKEN,
  });
  session = sessions.open('browser').id;
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('startWebServer', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${TOKEN}`);
  });

  const external = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
  it.skipIf(!external)('cannot be reached on a non-loopback address', async () => {
    const reached = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: external, port: server.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    expect(reached).toBe(false);
  });

  it('makes a random token per run when none is given', async () => {
    const backend = { handlers: handlerTable({}), sessions: stubSessions() };
    const a = await startWebServer({ backend, rendererDir: dir });
    const b = await startWebServer({ backend, rendererDir: dir });
    await Promise.all([a.close(), b.close()]);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(a.token).not.toBe(b.token);
  });

  it('answers 401 without the token or with a wrong one', async () => {
    const none = await api('closeCase', {}, {});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await api('closeCase', {}, { 'x-plexus-token': `${TOKEN}x` })).status).toBe(401);
  });

  it('answers 403 to a foreign Host header, on the API and the files', async () => {
    const headers = { 'x-plexus-token': TOKEN, host: `evil.example:${server.port}` };
    expect((await api('closeCase', {}, headers)).status).toBe(403);
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403);
    expect((await send('/', { headers: { host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('round-trips a method call as an envelope', async () => {
    const answer = await api('closeCase', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-store');
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { closed: false } });
    expect(JSON.parse((await api('getEntities', { ids: ['e1'] })).body)).toEqual({
      ok: false,
      error: { code: 'NO_CASE_OPEN', message: 'No case is open' },
    });
  });

  it('runs each request in the session its x-plexus-session header names, and refuses none or an unknown one', async () => {
    const opened = JSON.parse((await api('openSession', {}, { 'x-plexus-token': TOKEN })).body) as {
      value: { id: string };
    };
    const other = opened.value.id;
    expect(other).not.toBe(session);
    const nameOf = async (headers: Record<string, string>) =>
      JSON.parse((await api('getCaseInfo', {}, { 'x-plexus-token': TOKEN, ...headers })).body) as unknown;
    expect(await nameOf({ 'x-plexus-session': session })).toMatchObject({
      ok: true,
      value: { name: session },
    });
    expect(await nameOf({ 'x-plexus-session': other })).toMatchObject({ ok: true, value: { name: other } });
    for (const headers of [{}, { 'x-plexus-session': 'not-a-session' }] as Record<string, string>[]) {
      expect(await nameOf(headers)).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    }
  });

  it('answers NOT_FOUND in an envelope for an unknown method, VALIDATION for a bad payload', async () => {
    expect(JSON.parse((await api('eraseEverything', {})).body)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(JSON.parse((await api('getEntities', { ids: 'e1' })).body)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ field: 'ids' }] },
    });
    const broken = await send('/api/closeCase', {
      method: 'POST',
      headers: { 'x-plexus-token': TOKEN },
      body: '{oops',
    });
    expect(broken.status).toBe(400);
  });

  it('answers 405 to other HTTP methods', async () => {
    expect(
      (await send('/api/closeCase', { method: 'GET', headers: { 'x-plexus-token': TOKEN } })).status,
    ).toBe(405);
    expect((await send('/index.html', { method: 'DELETE' })).status).toBe(405);
  });

  it('answers 413 to a body over the limit', async () => {
    const answer = await send('/api/closeCase', {
      method: 'POST',
      headers: { 'x-plexus-token': TOKEN, 'content-length': String(60 * 1024 * 1024) },
    }).catch((error: unknown) => ({ status: -1, headers: {}, body: String(error) }));
    expect(answer.status).toBe(413);
  });

  it('serves index.html for / with the CSP and security headers', async () => {
    const answer = await send('/');
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Plexus</title>');
    expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(answer.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });

  it('serves assets with their content types', async () => {
    expect((await send('/assets/app.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await send('/assets/font.woff2')).headers['content-type']).toBe('font/woff2');
    expect((await send('/assets/missing.js')).status).toBe(404);
    expect((await send('/assets')).status).toBe(404);
  });

  it('refuses to step outside the renderer folder', async () => {
    const attempts = [
      '/..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00index.html',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/../secret.txt',
    ];
    for (const path of attempts) {
      const answer = await send(path);
      expect([403, 404], path).toContain(answer.status);
      expect(answer.body).not.toContain('outside the renderer');
    }
    // Encoded separators survive URL parsing and reach the file lookup, which must say no.
    expect((await send('/..%2fsecret.txt')).status).toBe(403);
  });
});
