import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../../electron/web/server';
import { parseDownloadRef } from '../../../../graph-schema/contract/files';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { handlerTable, stubSessions } from '../ipc/handler-table';

/** Browser mode's file routes as mounted by the server: token, session, and the swap of references. */
const TOKEN = 'files-token-0123456789';
let dir: string;
let server: WebServer;
let mine: string;
let theirs: string;
/** Every path the handler table was given: never a reference, always a real file. */
const seen: string[] = [];

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, method: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts).toString() }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const auth = (session: string) => ({ 'x-plexus-token': TOKEN, 'x-plexus-session': session });
const api = (method: string, payload: unknown, session = mine) =>
  send(
    `/api/${method}`,
    'POST',
    { ...auth(session), 'content-type': 'application/json' },
    JSON.stringify(payload),
  ).then(
    (a) =>
      JSON.parse(a.body) as {
        ok: boolean;
        value?: Record<string, unknown>;
        error?: { code: string; message: string };
      },
  );
const upload = (name: string, body: string, headers: Record<string, string>) =>
  send(`/files/upload?name=${encodeURIComponent(name)}`, 'POST', headers, body);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-web-files-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>');
  const sessions = stubSessions();
  const handlers = handlerTable({
    // Answers with an error carrying what it read: independent of the preview's shape.
    previewImport: async ({ path }) => {
      seen.push(path);
      throw new PlexusError('VALIDATION', `${path} holds ${readFileSync(path, 'utf8').split('\n')[0]}`);
    },
    exportCase: async ({ path }) => {
      seen.push(path);
      const stem = path.replace(/\.csv$/, '');
      writeFileSync(`${stem}-entities.csv`, 'id,label\n1,Ann\n');
      writeFileSync(`${stem}-links.csv`, 'id,from,to\n');
      return { files: [`${stem}-entities.csv`, `${stem}-links.csv`], entities: 1, links: 0 };
    },
  });
  server = await startWebServer({
    backend: { handlers, sessions },
    rendererDir: join(dir, 'renderer'),
    port: 0,
    token: TOKEN,
  });
  mine = sessions.open('browser').id;
  theirs = sessions.open('browser').id;
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('uploads through the server', () => {
  it('need the browser-mode token', async () => {
    const answer = await upload('people.csv', 'id,label\n', { 'x-plexus-session': mine });
    expect(answer.status).toBe(401);
  });

  it('need a live session of this server', async () => {
    const answer = await upload('people.csv', 'id,label\n', auth('no-such-session'));
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('NO_SESSION');
  });

  it('are read by previewImport through their reference, by their session only', async () => {
    const answer = await upload('people.csv', 'id,label\n1,Ann\n', auth(mine));
    expect(answer.status).toBe(200);
    const { ref } = (JSON.parse(answer.body) as { value: { ref: string } }).value;
    const preview = await api('previewImport', { path: ref });
    // The handler read the upload; its message names the file as the person knows it.
    expect(preview.error?.message).toBe('people.csv holds id,label');
    expect(basename(seen.at(-1)!)).toBe('people.csv');
    expect(seen.at(-1)).not.toContain('upload:');
    // Another tab cannot reach it, even knowing the reference.
    expect(await api('previewImport', { path: ref }, theirs)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('downloads through the server', () => {
  it('answer an export as links that fetch without headers, with the right names', async () => {
    const exported = await api('exportCase', { path: 'download:Op Tern.csv', format: 'csv' });
    expect(exported.ok).toBe(true);
    const files = exported.value!.files as string[];
    expect(files.map((f) => parseDownloadRef(f)?.name)).toEqual([
      'Op Tern-entities.csv',
      'Op Tern-links.csv',
    ]);
    const written = seen.at(-1)!;
    expect(existsSync(dirname(written))).toBe(true);
    const token = parseDownloadRef(files[0]!)!.id;
    const got = await send(`/files/download/${token}`, 'GET', {});
    expect(got.status).toBe(200);
    expect(got.body).toBe('id,label\n1,Ann\n');
    expect(got.headers['content-disposition']).toContain(`filename*=UTF-8''Op%20Tern-entities.csv`);
  });

  it('remove every temporary file when the server stops', async () => {
    const exported = await api('exportCase', { path: 'download:x.csv', format: 'csv' });
    expect(exported.ok).toBe(true);
    const written = seen.at(-1)!;
    const other = await startWebServer({
      backend: { handlers: handlerTable({}), sessions: stubSessions() },
      rendererDir: join(dir, 'renderer'),
      port: 0,
    });
    await other.close();
    expect(existsSync(dirname(written))).toBe(true);
    await server.close();
    expect(existsSync(dirname(written))).toBe(false);
  });
});
