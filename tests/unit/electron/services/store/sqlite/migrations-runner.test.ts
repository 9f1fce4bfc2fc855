import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CASE_FILE_MIGRATIONS, type Migration } from '../../../../../../graph-schema/migrations';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import {
  CASE_SCHEMA_VERSION,
  createCaseFile,
  openCaseFile,
} from '../../../../../../electron/services/store/sqlite';
import { createDatabase, openDatabase } from '../../../../../../electron/services/store/sqlite/open';
import {
  appliedMigrations,
  pendingMigrations,
} from '../../../../../../electron/services/store/sqlite/migrations-runner';
import { PLEXUS_APPLICATION_ID } from '../../../../../../electron/services/store/sqlite/file-header';
import { options, sha256, tempDir } from './case-files';

const NOW = '2024-05-01T12:00:00.000Z';
const [first] = CASE_FILE_MIGRATIONS;
if (!first) throw new Error('no migrations');
const second: Migration = {
  version: first.version + 1,
  name: 'add-notes-table',
  sql: 'CREATE TABLE extra (x TEXT);',
};

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

describe('case-file migrations', () => {
  it('records every migration with the SHA-256 of its SQL and mirrors the version in the header', async () => {
    const path = join(temp.dir, 'm.plexus');
    const store = await createCaseFile(path, options);
    expect(store.schemaVersion).toBe(CASE_SCHEMA_VERSION);
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(appliedMigrations(db)).toEqual(
      CASE_FILE_MIGRATIONS.map((m) => ({
        version: m.version,
        name: m.name,
        sha256: createHash('sha256').update(m.sql).digest('hex'),
        appliedAt: NOW,
      })),
    );
    expect(db.pragma('user_version', { simple: true })).toBe(CASE_SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(PLEXUS_APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('applies a newer migration on open, in order, and records it', () => {
    const path = join(temp.dir, 'm.plexus');
    createDatabase(path, NOW, [first]).close();
    const db = openDatabase(path, '2024-06-01T00:00:00.000Z', [first, second]);
    expect(appliedMigrations(db).map((m) => [m.version, m.appliedAt])).toEqual([
      [first.version, NOW],
      [second.version, '2024-06-01T00:00:00.000Z'],
    ]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe('extra');
    expect(db.pragma('user_version', { simple: true })).toBe(second.version);
    db.close();
  });

  it('rolls a failing migration back whole and leaves it unrecorded', () => {
    const path = join(temp.dir, 'm.plexus');
    createDatabase(path, NOW, [first]).close();
    const broken: Migration = {
      ...second,
      sql: 'CREATE TABLE extra (x TEXT); INSERT INTO missing VALUES (1);',
    };
    expect(() => openDatabase(path, NOW, [first, broken])).toThrow(PlexusError);
    const db = new Database(path, { readonly: true });
    expect(appliedMigrations(db).map((m) => m.version)).toEqual([first.version]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").get()).toBeUndefined();
    db.close();
  });

  it('fails loudly, writing nothing, when an applied migration was edited', () => {
    const path = join(temp.dir, 'm.plexus');
    createDatabase(path, NOW, [first]).close();
    const before = sha256(path);
    const edited: Migration = { ...first, sql: `${first.sql}\n-- a harmless-looking edit` };
    let error: unknown;
    try {
      openDatabase(path, NOW, [edited]).close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlexusError);
    expect((error as PlexusError).code).toBe('CASE_CORRUPT');
    expect((error as PlexusError).message).toMatch(/migration 1 \(initial\)/);
    expect(sha256(path)).toBe(before);

    const db = new Database(path, { readonly: true });
    expect(() => pendingMigrations(db, [edited], path)).toThrow(/never be edited/);
    expect(pendingMigrations(db, [first, second], path)).toEqual([second]);
    db.close();
  });

  it('opens a current case without re-running anything', async () => {
    const path = join(temp.dir, 'm.plexus');
    await (await createCaseFile(path, options)).close();
    const store = await openCaseFile(path, { ...options, now: () => new Date('2030-01-01T00:00:00.000Z') });
    await store.close();
    const db = new Database(path, { readonly: true });
    expect(appliedMigrations(db).every((m) => m.appliedAt === NOW)).toBe(true);
    db.close();
  });
});
