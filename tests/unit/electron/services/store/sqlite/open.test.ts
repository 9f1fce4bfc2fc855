import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { createCaseFile, openCaseFile } from '../../../../../../electron/services/store/sqlite';
import { hasSidecars, options, sha256, tempDir } from './case-files';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

async function makeCase(name = 'case.plexus'): Promise<string> {
  const path = join(temp.dir, name);
  const store = await createCaseFile(path, options);
  await store.createEntities([{ type: 'Person', label: 'Someone' }]);
  await store.close();
  return path;
}

/** Opens and expects a refusal with this code, the file's bytes unchanged and no -wal/-shm left. */
async function expectRefused(path: string, code: string): Promise<PlexusError> {
  const before = sha256(path);
  const error = await openCaseFile(path, options).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  expect((error as PlexusError).code).toBe(code);
  expect((error as PlexusError).message).toContain(path);
  expect(sha256(path)).toBe(before);
  expect(hasSidecars(path)).toBe(false);
  return error as PlexusError;
}

describe('createCaseFile', () => {
  it('creates missing folders and a case that reopens with its data', async () => {
    const path = join(temp.dir, 'deep', 'er', 'Operation Lantern.plexus');
    const store = await createCaseFile(path, options);
    expect(store.name).toBe('Operation Lantern');
    expect(store.location).toBe(path);
    expect(store.kind).toBe('case-file');
    await store.createEntities([{ type: 'Person', label: 'Kept' }]);
    await store.close();
    expect(hasSidecars(path)).toBe(false);
    const again = await openCaseFile(path, options);
    expect((await again.search({ text: 'kept' })).hits).toHaveLength(1);
    await again.close();
  });

  it('refuses a path where a file exists, leaving it alone', async () => {
    const path = join(temp.dir, 'taken.plexus');
    writeFileSync(path, 'mine');
    await expect(createCaseFile(path, options)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(readFileSync(path, 'utf8')).toBe('mine');
  });
});

describe('openCaseFile refusals leave the file untouched', () => {
  it('NOT_FOUND for a missing file, creating nothing', async () => {
    const path = join(temp.dir, 'missing.plexus');
    await expect(openCaseFile(path, options)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(existsSync(path)).toBe(false);
  });

  it('NOT_A_CASE for a text file and an empty file', async () => {
    const text = join(temp.dir, 'notes.plexus');
    writeFileSync(text, 'Meeting notes, definitely not a database.\n'.repeat(20));
    await expectRefused(text, 'NOT_A_CASE');
    const empty = join(temp.dir, 'empty.plexus');
    writeFileSync(empty, '');
    await expectRefused(empty, 'NOT_A_CASE');
  });

  it('NOT_A_CASE for an SQLite database of another application, even in WAL mode', async () => {
    const path = join(temp.dir, 'foreign.plexus');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x');");
    db.close();
    const error = await expectRefused(path, 'NOT_A_CASE');
    expect(error.message).toMatch(/another application/);
  });

  it('CASE_TOO_NEW for a case whose header says a newer version', async () => {
    const path = await makeCase();
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    const error = await expectRefused(path, 'CASE_TOO_NEW');
    expect(error.message).toMatch(/999/);
  });

  it('CASE_TOO_NEW for a case recording a migration this build does not know', async () => {
    const path = await makeCase();
    const db = new Database(path);
    db.prepare(
      "INSERT INTO plexus_migrations VALUES (999, 'future', 'abc', '2030-01-01T00:00:00.000Z')",
    ).run();
    db.close();
    await expectRefused(path, 'CASE_TOO_NEW');
  });

  it('CASE_CORRUPT for garbage after a valid header', async () => {
    const path = await makeCase();
    const bytes = readFileSync(path);
    const garbage = randomBytes(bytes.length - 100);
    garbage[0] = 0x42; // not a b-tree page type, whatever randomBytes gave
    writeFileSync(path, Buffer.concat([bytes.subarray(0, 100), garbage]));
    await expectRefused(path, 'CASE_CORRUPT');
  });

  it('CASE_CORRUPT for a truncated case', async () => {
    const path = await makeCase();
    truncateSync(path, statSync(path).size - 1000);
    await expectRefused(path, 'CASE_CORRUPT');
  });

  it('CASE_CORRUPT for a case without its migration record', async () => {
    const path = await makeCase();
    const db = new Database(path);
    db.exec('DROP TABLE plexus_migrations');
    db.close();
    await expectRefused(path, 'CASE_CORRUPT');
  });
});
