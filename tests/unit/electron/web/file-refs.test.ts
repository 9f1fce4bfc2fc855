import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { swapFileRefs, type Swapped } from '../../../../electron/web/file-refs';
import { createFileStore, type FileStore } from '../../../../electron/web/file-store';
import { parseDownloadRef, uploadRef } from '../../../../graph-schema/contract/files';

let parent: string;
let files: FileStore;

beforeEach(async () => {
  parent = mkdtempSync(join(tmpdir(), 'plexus-refs-test-'));
  files = await createFileStore(parent);
});

afterEach(async () => {
  await files.close();
  rmSync(parent, { recursive: true, force: true });
});

const upload = (session: string | null = null) =>
  files.receive(Readable.from([Buffer.from('id,label\n1,Ann\n')]), 'people.csv', session);

async function swapped(method: string, payload: unknown, session: string | null = null): Promise<Swapped> {
  const result = await swapFileRefs(method, payload, files, session);
  if ('error' in result) throw new Error(result.error.message);
  return result;
}

describe('upload references', () => {
  it('become the upload’s file for previewImport and importCase', async () => {
    const held = await upload();
    for (const method of ['previewImport', 'importCase']) {
      const { payload } = await swapped(method, { path: uploadRef(held.id, 'people.csv'), format: 'csv' });
      expect(payload).toEqual({ path: held.file, format: 'csv' });
    }
  });

  it('are answered NOT_FOUND when unknown, malformed or another session’s; never read as a path', async () => {
    const held = await upload('mine');
    for (const path of [
      uploadRef(held.id, 'people.csv'),
      'upload:../../etc/passwd',
      'upload:/etc/passwd',
      `upload:${'A'.repeat(32)}/people.csv`,
    ]) {
      const result = await swapFileRefs('previewImport', { path }, files, 'theirs');
      expect(result).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
  });

  it('go after a real import that succeeded, not after a dry run or a failure', async () => {
    const held = await upload();
    const path = uploadRef(held.id, 'people.csv');
    const dry = await swapped('importCase', { path, dryRun: true });
    await dry.finish({ ok: true, value: {} });
    const failed = await swapped('importCase', { path });
    const answer = await failed.finish({
      ok: false,
      error: {
        code: 'IO',
        message: `people.csv: cannot read (${held.file})`,
        details: [{ file: held.file, message: 'unreadable' }],
      },
    });
    // The error names the file the person chose, not the temporary one.
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'IO',
        message: 'people.csv: cannot read (people.csv)',
        details: [{ file: 'people.csv', message: 'unreadable' }],
      },
    });
    expect(existsSync(held.file)).toBe(true);
    const real = await swapped('importCase', { path });
    await real.finish({ ok: true, value: {} });
    expect(existsSync(held.file)).toBe(false);
  });

  it('leave typed paths and other methods alone', async () => {
    const typed = await swapped('previewImport', { path: '/data/people.csv' });
    expect(typed.payload).toEqual({ path: '/data/people.csv' });
    const other = await swapped('openCase', { path: 'upload:x' });
    expect(other.payload).toEqual({ path: 'upload:x' });
  });
});

describe('download requests', () => {
  it('write into a slot of their own and answer one-time download references', async () => {
    const request = await swapped('exportCase', { path: 'download:Op Tern.csv', format: 'csv' });
    const slotPath = (request.payload as { path: string }).path;
    expect(slotPath.startsWith(files.root)).toBe(true);
    expect(slotPath.endsWith('/Op Tern.csv')).toBe(true);
    const written = [
      join(dirname(slotPath), 'Op Tern-entities.csv'),
      join(dirname(slotPath), 'Op Tern-links.csv'),
    ];
    for (const file of written) writeFileSync(file, 'x');
    const answer = await request.finish({ ok: true, value: { files: written, entities: 1, links: 0 } });
    const refs = (answer as { value: { files: string[] } }).value.files;
    expect(refs.map((r) => parseDownloadRef(r)?.name)).toEqual(['Op Tern-entities.csv', 'Op Tern-links.csv']);
    expect(files.download(parseDownloadRef(refs[0]!)!.id)?.file).toBe(written[0]);
  });

  it('answer the chart export’s one path as a reference', async () => {
    const request = await swapped('exportChart', { path: 'download:chart.pdf' });
    const slotPath = (request.payload as { path: string }).path;
    writeFileSync(slotPath, '%PDF');
    const answer = await request.finish({ ok: true, value: { path: slotPath, bytes: 4, pages: 1 } });
    const value = (answer as { value: { path: string; bytes: number } }).value;
    expect(parseDownloadRef(value.path)?.name).toBe('chart.pdf');
    expect(value.bytes).toBe(4);
  });

  it('leave nothing behind when the export fails', async () => {
    const request = await swapped('exportCase', { path: 'download:x.json', format: 'json' });
    await request.finish({ ok: false, error: { code: 'IO', message: 'disk full' } });
    expect(readdirSync(files.root)).toEqual([]);
  });
});
