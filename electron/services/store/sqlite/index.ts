import { rm } from 'node:fs/promises';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { GraphStore } from '../graph-store';
import type Database from 'better-sqlite3-multiple-ciphers';
import { CASE_FILE_MIGRATIONS, type Migration } from '../../../../graph-schema/migrations';
import { adoptHistory } from './history/adopt';
import { Rows } from './entity-rows';
import { CASE_SCHEMA_VERSION, createDatabase, openDatabase } from './open';
import { SqliteStore, type SqliteStoreOptions } from './sqlite-store';
import { Statements } from './statements';

export { CASE_SCHEMA_VERSION, SqliteStore, type SqliteStoreOptions };
export { PLEXUS_APPLICATION_ID } from './file-header';
export { looksEncrypted as isEncryptedCaseFile } from './cipher';
export { changeCaseEncryption, checkPassphrase, type EncryptionChange } from './encryption';

/** A case file's store options, with the passphrase of an encrypted case (used to open it, never kept). */
export type CaseFileOptions = SqliteStoreOptions & { passphrase?: string };

function nowOf(options: SqliteStoreOptions): string {
  return (options.now ?? (() => new Date()))().toISOString();
}

/** A migration's code step, with this case's schema: refill the search rows, or start the history. */
function reindexer(options: SqliteStoreOptions) {
  return (db: Database.Database, migration: Migration) =>
    migration.adoptHistory
      ? adoptHistory(db, options, nowOf(options))
      : new Rows(new Statements(db), options.schema).reindexSearch();
}

/** Creates NAME.plexus (and its folders), encrypted when given a passphrase; CONFLICT when a file is already there. */
export async function createCaseFile(path: string, options: CaseFileOptions): Promise<GraphStore> {
  const { passphrase, ...storeOptions } = options;
  const db = createDatabase(
    path,
    nowOf(storeOptions),
    CASE_FILE_MIGRATIONS,
    reindexer(storeOptions),
    passphrase,
  );
  return new SqliteStore(db, path, CASE_SCHEMA_VERSION, storeOptions);
}

/**
 * Opens an existing case, migrating an older one. NOT_FOUND, NOT_A_CASE, CASE_TOO_NEW,
 * CASE_CORRUPT, PASSPHRASE_REQUIRED and WRONG_PASSPHRASE leave the file untouched.
 */
export async function openCaseFile(path: string, options: CaseFileOptions): Promise<GraphStore> {
  const { passphrase, ...storeOptions } = options;
  const db = openDatabase(
    path,
    nowOf(storeOptions),
    CASE_FILE_MIGRATIONS,
    reindexer(storeOptions),
    passphrase,
  );
  // Beside the friendly check in every write path, SQLite itself refuses writes on this connection.
  if (options.readOnlyReason !== undefined) db.pragma('query_only = ON');
  const version = db.pragma('user_version', { simple: true });
  if (typeof version !== 'number') {
    db.close();
    throw new PlexusError('CASE_CORRUPT', `${path}: cannot read the case version`, [
      { file: path, message: 'no user_version' },
    ]);
  }
  return new SqliteStore(db, path, version, storeOptions);
}

/** Removes a case file with its WAL and shared-memory files: a half-made case is not kept. */
export async function removeCaseFile(path: string): Promise<void> {
  await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${path}${suffix}`, { force: true })));
}
