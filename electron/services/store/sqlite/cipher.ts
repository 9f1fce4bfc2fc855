import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { PLEXUS_APPLICATION_ID } from './file-header';

/**
 * Encrypted case files are SQLCipher 4 databases (SQLite3 Multiple Ciphers' 'sqlcipher'
 * scheme, legacy 4): AES-256 pages with an HMAC each, the key derived from the passphrase by
 * PBKDF2-SHA512: a published format, so the case stays readable by other SQLCipher 4 software
 * should Plexus or this driver go away.
 */
function chooseCipher(db: Database.Database): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
}

/** Unlocks (or, on a new file, encrypts) a connection; must run before the first read. */
export function unlock(db: Database.Database, passphrase: string): void {
  chooseCipher(db);
  db.key(Buffer.from(passphrase, 'utf8'));
}

/**
 * Rewrites every page under a new passphrase, or none (null) to decrypt. The connection must
 * be unlocked already (or plain) and in rollback-journal mode: a fresh salt and WAL frames
 * written under the old key do not mix.
 */
export function rekey(db: Database.Database, passphrase: string | null): void {
  if (passphrase !== null) chooseCipher(db);
  db.rekey(Buffer.from(passphrase ?? '', 'utf8'));
}

/** Bytes read to judge whether a file is encrypted: one smallest SQLite page and then some. */
const PROBE = 1024;

/**
 * Whether a file that does not start with SQLite's magic looks like an encrypted database:
 * whole pages, and bytes that are random from the first on (SQLCipher starts with its salt).
 * Random bytes take ~250 distinct values in 1,024; text, CSV or a zip header far fewer, and
 * a stray binary file is rarely a whole number of 512-byte pages as well.
 */
export function looksEncrypted(path: string): boolean {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  if (size < PROBE || size % 512 !== 0) return false;
  const bytes = Buffer.alloc(PROBE);
  const fd = openSync(path, 'r');
  try {
    if (readSync(fd, bytes, 0, PROBE, 0) < PROBE) return false;
  } finally {
    closeSync(fd);
  }
  if (bytes.subarray(0, 6).toString('latin1') === 'SQLite') return false;
  return new Set(bytes).size >= 200;
}

export function wrongPassphrase(path: string): PlexusError {
  return new PlexusError(
    'WRONG_PASSPHRASE',
    `${path}: the passphrase does not unlock this encrypted case (the file was not changed)`,
    [{ file: path, message: 'wrong passphrase' }],
  );
}

export function passphraseRequired(path: string): PlexusError {
  return new PlexusError('PASSPHRASE_REQUIRED', `${path}: the case is encrypted; its passphrase is needed`, [
    { file: path, message: 'encrypted case' },
  ]);
}

/**
 * Unlocks a connection to an encrypted case and checks it before anything writes to it: a
 * wrong passphrase fails on page 1, before SQLite looks at the log, so the file keeps every
 * byte. Answers the case version, as readCaseHeader does for a plain file. Keying costs a
 * deliberately slow key derivation, so the connection that checks is the one that stays open.
 */
export function unlockCase(db: Database.Database, path: string, passphrase: string): { userVersion: number } {
  try {
    unlock(db, passphrase);
    const applicationId = db.pragma('application_id', { simple: true });
    const userVersion = db.pragma('user_version', { simple: true });
    if (applicationId !== PLEXUS_APPLICATION_ID)
      throw new PlexusError(
        'NOT_A_CASE',
        `${path}: not a Plexus case (an encrypted database of another application)`,
        [{ file: path, message: 'an encrypted database of another application' }],
      );
    return { userVersion: typeof userVersion === 'number' ? userVersion : 0 };
  } catch (error) {
    if (error instanceof PlexusError) throw error;
    // SQLite reads page 1 through the key: a wrong one gives garbage, which it calls "not a database".
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') throw wrongPassphrase(path);
    throw new PlexusError('IO', `${path}: cannot read the encrypted case (${(error as Error).message})`, [
      { file: path, message: (error as Error).message },
    ]);
  }
}

/**
 * unlockCase on a connection of its own, closed again. Read-write, though it only reads: a
 * read-only one would leave -wal and -shm files behind on a case in WAL mode, which only the
 * last writer's close removes.
 */
export function readEncryptedHeader(path: string, passphrase: string): { userVersion: number } {
  const db = new Database(path, { fileMustExist: true });
  try {
    return unlockCase(db, path, passphrase);
  } finally {
    db.close();
  }
}
