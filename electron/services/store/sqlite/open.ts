import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { CASE_FILE_MIGRATIONS, CASE_FILE_VERSION, type Migration } from '../../../../graph-schema/migrations';
import { looksEncrypted, passphraseRequired, unlock, unlockCase } from './cipher';
import { PLEXUS_APPLICATION_ID, readCaseHeader } from './file-header';
import { applyMigrations, createLedger, pendingMigrations, type ReindexSearch } from './migrations-runner';
import { sqliteFailure } from './statements';

/** Settings every connection to a case gets. NORMAL is durable enough under WAL: a crash loses no committed transaction's integrity. */
function tune(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // 256 MiB at most, taken as used: holds the link indexes and entity rows of a million-entity case.
  db.pragma('cache_size = -262144');
  db.pragma('temp_store = MEMORY');
}

/**
 * Creates the file, marks it as ours before anything else, then builds the layout. With a
 * passphrase, the very first page is written encrypted.
 */
export function createDatabase(
  path: string,
  now: string,
  migrations: readonly Migration[] = CASE_FILE_MIGRATIONS,
  reindexSearch?: ReindexSearch,
  passphrase?: string,
): Database.Database {
  if (existsSync(path)) {
    throw new PlexusError('CONFLICT', `${path}: a file already exists there`, [
      { file: path, message: 'file exists' },
    ]);
  }
  let db: Database.Database | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    if (passphrase !== undefined) unlock(db, passphrase);
    // Written in rollback mode so the id reaches the main file's header, where openCaseFile looks first.
    db.pragma(`application_id = ${PLEXUS_APPLICATION_ID}`);
    tune(db);
    createLedger(db);
    applyMigrations(db, migrations, now, reindexSearch);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return db;
  } catch (error) {
    db?.close();
    const mapped = sqliteFailure(error, path);
    if (mapped instanceof PlexusError) throw mapped;
    throw new PlexusError('IO', `${path}: cannot create the case file (${(error as Error).message})`, [
      { file: path, message: (error as Error).message },
    ]);
  }
}

/**
 * Opens an existing case. Everything that can refuse the file runs before any write:
 * the header with plain reads (an encrypted one through its passphrase, which fails on page
 * 1 when wrong), then the migration record. Only then WAL mode and pending migrations, so a
 * refused file keeps every byte. A passphrase given for a plain case is not used.
 */
export function openDatabase(
  path: string,
  now: string,
  migrations: readonly Migration[] = CASE_FILE_MIGRATIONS,
  reindexSearch?: ReindexSearch,
  passphrase?: string,
): Database.Database {
  const encrypted = looksEncrypted(path);
  if (encrypted && passphrase === undefined) throw passphraseRequired(path);
  const plain = encrypted ? undefined : readCaseHeader(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { fileMustExist: true });
    const header = plain ?? unlockCase(db, path, passphrase ?? '');
    refuseTooNew(path, header.userVersion, migrations);
    db.pragma('busy_timeout = 5000');
    const pending = pendingMigrations(db, migrations, path);
    tune(db);
    if (pending.length > 0) applyMigrations(db, pending, now, reindexSearch);
    return db;
  } catch (error) {
    db?.close();
    const mapped = sqliteFailure(error, path);
    if (mapped instanceof PlexusError) throw mapped;
    throw new PlexusError(
      'CASE_CORRUPT',
      `${path}: cannot read the case file (${(error as Error).message})`,
      [{ file: path, message: (error as Error).message }],
    );
  }
}

function refuseTooNew(path: string, userVersion: number, migrations: readonly Migration[]): void {
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  if (userVersion > newest) {
    throw new PlexusError(
      'CASE_TOO_NEW',
      `${path}: the case was written by a newer Plexus (case version ${userVersion}, this build knows up to ${newest})`,
      [{ file: path, message: `case version ${userVersion} > ${newest}` }],
    );
  }
}

export const CASE_SCHEMA_VERSION = CASE_FILE_VERSION;
