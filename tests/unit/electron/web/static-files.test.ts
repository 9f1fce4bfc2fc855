import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentType, lookupStatic } from '../../../../electron/web/static-files';

let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'plexus-static-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), 'x');
  writeFileSync(join(root, 'assets', 'a b.css'), 'x');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('contentType', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff', 'font/woff'],
    ['a.woff2', 'font/woff2'],
    ['a.bin', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentType(file)).toBe(type));
});

describe('lookupStatic', () => {
  it('maps / to index.html and decodes names', async () => {
    expect(await lookupStatic(root, '/')).toMatchObject({ kind: 'file', file: join(root, 'index.html') });
    expect(await lookupStatic(root, '/assets/a%20b.css')).toMatchObject({
      kind: 'file',
      file: join(root, 'assets', 'a b.css'),
    });
  });

  it('refuses dot segments, backslashes, NUL and bad escapes', async () => {
    for (const path of ['/../x', '/assets/../../x', '/a\\..\\x', '/index.html\0', '/%E0%A4%A']) {
      expect((await lookupStatic(root, path)).kind, path).toBe('forbidden');
    }
  });

  it('reports folders and absent files as missing', async () => {
    expect((await lookupStatic(root, '/assets')).kind).toBe('missing');
    expect((await lookupStatic(root, '/nope.js')).kind).toBe('missing');
  });
});
