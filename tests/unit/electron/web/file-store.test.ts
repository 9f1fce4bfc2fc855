import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createFileStore,
  DOWNLOAD_TTL_MS,
  safeFileName,
  type FileStore,
} from '../../../../electron/web/file-store';
import { IMPORT_LIMITS } from '../../../../electron/services/io/types';
import { MAX_UPLOAD_BYTES } from '../../../../graph-schema/contract/files';
import { PlexusError } from '../../../../graph-schema/model/errors';

let parent: string;
let store: FileStore;

beforeEach(async () => {
  parent = mkdtempSync(join(tmpdir(), 'plexus-files-test-'));
  store = await createFileStore(parent);
});

afterEach(async () => {
  await store.close();
  rmSync(parent, { recursive: true, force: true });
});

/** A body arriving in several chunks, as a network stream does. */
const chunks = (...parts: string[]) => Readable.from(parts.map((p) => Buffer.from(p)));

describe('safeFileName', () => {
  it('keeps only the last segment and replaces what no desktop accepts', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\people.csv')).toBe('people.csv');
    expect(safeFileName('a:b*c?.csv')).toBe('a_b_c_.csv');
    expect(safeFileName('..')).toBe('file');
    expect(safeFileName('', 'upload')).toBe('upload');
    expect(safeFileName('Zhāng Wěi.csv')).toBe('Zhāng Wěi.csv');
  });
});

describe('uploads', () => {
  it('are limited as imports are: the browser refuses what the import would', () => {
    expect(MAX_UPLOAD_BYTES).toBe(IMPORT_LIMITS.maxFileSize);
  });

  it('streams the body to a file named as the person named it, inside the store', async () => {
    const held = await store.receive(chunks('id,label\n', '1,Ann\n'), 'people.csv', null);
    expect(held.name).toBe('people.csv');
    expect(held.file.startsWith(store.root)).toBe(true);
    expect(held.file.endsWith('/people.csv')).toBe(true);
    expect(readFileSync(held.file, 'utf8')).toBe('id,label\n1,Ann\n');
    expect(held.size).toBe(15);
    expect(store.upload(held.id, null)).toEqual(held);
  });

  it('refuses a body over the limit and leaves nothing behind', async () => {
    const error = await store.receive(chunks('12345', '67890', 'x'), 'big.csv', null, 10).catch((e) => e);
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).message).toMatch(
      /big\.csv: the file is over the import limit of .* \(maxFileSize\)/,
    );
    expect(readdirSync(store.root)).toEqual([]);
  });

  it('leaves nothing behind when the body breaks off', async () => {
    const broken = new Readable({
      read() {
        this.push(Buffer.from('half a file'));
        this.destroy(new Error('connection reset'));
      },
    });
    await expect(store.receive(broken, 'cut.csv', null)).rejects.toThrow('connection reset');
    expect(readdirSync(store.root)).toEqual([]);
  });

  it('belongs to the session that made it', async () => {
    const held = await store.receive(chunks('a'), 'a.csv', 'session-a');
    expect(store.upload(held.id, 'session-b')).toBeUndefined();
    expect(store.upload(held.id, null)).toBeUndefined();
    expect(await store.discard(held.id, 'session-b')).toBe(false);
    expect(existsSync(held.file)).toBe(true);
    expect(await store.discard(held.id, 'session-a')).toBe(true);
    expect(existsSync(held.file)).toBe(false);
    expect(readdirSync(store.root)).toEqual([]);
  });

  it("removes a session's uploads when that session ends, and no other session's", async () => {
    const mine = await store.receive(chunks('a'), 'a.csv', 'session-a');
    const alsoMine = await store.receive(chunks('b'), 'b.csv', 'session-a');
    const theirs = await store.receive(chunks('c'), 'c.csv', 'session-b');
    expect(await store.discardSession('session-a')).toBe(2);
    expect([existsSync(mine.file), existsSync(alsoMine.file), existsSync(theirs.file)]).toEqual([
      false,
      false,
      true,
    ]);
    expect(store.upload(theirs.id, 'session-b')).toBe(theirs);
  });

  it('removes every file when it closes', async () => {
    await store.receive(chunks('a'), 'a.csv', null);
    await store.close();
    expect(existsSync(store.root)).toBe(false);
    await expect(store.receive(chunks('b'), 'b.csv', null)).rejects.toThrow(/stopping/);
  });
});

describe('downloads', () => {
  it('offers each written file under an unguessable token until it expires', async () => {
    const slot = await store.downloadSlot('case.csv', null);
    expect(slot.path.startsWith(store.root)).toBe(true);
    const entities = slot.path.replace('case.csv', 'case-entities.csv');
    const links = slot.path.replace('case.csv', 'case-links.csv');
    writeFileSync(entities, 'e');
    writeFileSync(links, 'l');
    vi.useFakeTimers();
    try {
      const offered = await slot.offer([entities, links, '/etc/passwd']);
      expect(offered.map((o) => o.name)).toEqual(['case-entities.csv', 'case-links.csv']);
      expect(offered[0]!.id).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(store.download(offered[0]!.id)?.file).toBe(entities);
      expect(store.download(offered[0]!.id)?.file).toBe(entities);
      vi.advanceTimersByTime(DOWNLOAD_TTL_MS);
      expect(store.download(offered[0]!.id)).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
    await vi.waitFor(() => expect(readdirSync(store.root)).toEqual([]));
  });

  it('drops the folder of a failed export', async () => {
    const slot = await store.downloadSlot('x.json', null);
    await slot.drop();
    expect(readdirSync(store.root)).toEqual([]);
  });
});
