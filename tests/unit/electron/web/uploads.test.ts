import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleDownload } from '../../../../electron/web/downloads';
import { createFileStore, type FileStore } from '../../../../electron/web/file-store';
import { handleUpload } from '../../../../electron/web/uploads';
import { parseUploadRef } from '../../../../graph-schema/contract/files';

const LIMIT = 64;
let parent: string;
let files: FileStore;
let server: Server;
let port: number;

/** Just the two routes, as server.ts mounts them behind its token and Host checks. */
beforeAll(async () => {
  parent = mkdtempSync(join(tmpdir(), 'plexus-upload-test-'));
  files = await createFileStore(parent);
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const session = (req.headers['x-plexus-session'] as string | undefined) ?? null;
    const work = url.pathname.startsWith('/files/upload')
      ? handleUpload(req, res, url.pathname.slice('/files/upload'.length), url.searchParams, {
          files,
          session,
          maxBytes: LIMIT,
        })
      : Promise.resolve(handleDownload(req, res, url.pathname.slice('/files/download'.length), files));
    work.catch(() => res.destroy());
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await files.close();
  rmSync(parent, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(path: string, method: string, body?: string | Buffer, headers: Record<string, string> = {}) {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
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

describe('upload route', () => {
  it('stores the body under an opaque reference that names the file', async () => {
    const answer = await send('/files/upload?name=people.csv', 'POST', 'id,label\n1,Ann\n');
    expect(answer.status).toBe(200);
    const { value } = JSON.parse(answer.body) as { value: { ref: string; name: string; size: number } };
    expect(value.name).toBe('people.csv');
    expect(value.size).toBe(15);
    expect(value.ref).toMatch(/^upload:[A-Za-z0-9_-]{32}\/people\.csv$/);
    const held = files.upload(parseUploadRef(value.ref)!.id, null)!;
    expect(readFileSync(held.file, 'utf8')).toBe('id,label\n1,Ann\n');
    // Deleting it (the wizard closed) removes the file.
    const gone = await send(`/files/upload/${held.id}`, 'DELETE');
    expect(JSON.parse(gone.body)).toEqual({ ok: true, value: { discarded: true } });
    expect(readdirSync(files.root)).toEqual([]);
  });

  it('cannot be steered outside its folder by the name', async () => {
    const answer = await send(
      `/files/upload?name=${encodeURIComponent('../../../tmp/evil.csv')}`,
      'POST',
      'x',
    );
    const { value } = JSON.parse(answer.body) as { value: { ref: string; name: string } };
    expect(value.name).toBe('evil.csv');
    const held = files.upload(parseUploadRef(value.ref)!.id, null)!;
    expect(held.file.startsWith(files.root)).toBe(true);
    await files.discard(held.id, null);
  });

  it('refuses a declared size over the limit at once, naming the limit', async () => {
    const answer = await send('/files/upload?name=big.csv', 'POST', Buffer.alloc(LIMIT + 1));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/big\.csv: the file is over the import limit/);
    expect(readdirSync(files.root)).toEqual([]);
  });

  it('refuses a chunked body that grows past the limit and leaves nothing behind', async () => {
    const answer = await send('/files/upload?name=big.csv', 'POST', Buffer.alloc(LIMIT * 4), {
      'transfer-encoding': 'chunked',
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/\(maxFileSize\)/);
    expect(readdirSync(files.root)).toEqual([]);
  });

  it('keeps an upload to the session that made it', async () => {
    const answer = await send('/files/upload?name=a.csv', 'POST', 'a', { 'x-plexus-session': 's1' });
    const ref = parseUploadRef((JSON.parse(answer.body) as { value: { ref: string } }).value.ref)!;
    const other = await send(`/files/upload/${ref.id}`, 'DELETE', undefined, { 'x-plexus-session': 's2' });
    expect(JSON.parse(other.body).value.discarded).toBe(false);
    expect(files.upload(ref.id, 's1')).toBeDefined();
    await files.discard(ref.id, 's1');
  });

  it('takes only POST and DELETE', async () => {
    expect((await send('/files/upload?name=a.csv', 'GET')).status).toBe(405);
  });
});

describe('download route', () => {
  it('sends an export with its name and type, again if asked', async () => {
    const slot = await files.downloadSlot('Op Tērn.csv', null);
    writeFileSync(slot.path, 'id,label\n');
    const [held] = await slot.offer([slot.path]);
    const answer = await send(`/files/download/${held!.id}`, 'GET');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('id,label\n');
    expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(answer.headers['content-disposition']).toBe(
      `attachment; filename="Op T_rn.csv"; filename*=UTF-8''Op%20T%C4%93rn.csv`,
    );
    expect((await send(`/files/download/${held!.id}`, 'GET')).body).toBe('id,label\n');
    expect((await send(`/files/download/${held!.id}`, 'POST')).status).toBe(405);
  });

  it('knows no token it did not hand out', async () => {
    expect((await send('/files/download/../../etc/passwd', 'GET')).status).toBe(404);
    expect((await send('/files/download/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'GET')).status).toBe(404);
  });
});
