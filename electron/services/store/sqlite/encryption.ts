import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { looksEncrypted, readEncryptedHeader, rekey, unlock } from './cipher';
import { readCaseHeader } from './file-header';
import { sqliteFailure } from './statements';

/** What a case's encryption becomes: `from` unlocks it now (null: plain), `to` after (null: plain). */
export interface EncryptionChange {
  from: string | null;
  to: string | null;
}

/** For tests: runs once the new file is written and checked, just before it replaces the case. */
export interface EncryptionHooks {
  beforeReplace?: (tempPath: string) => void;
}

function refuse(path: string, why: string): PlexusError {
  return new PlexusError('VALIDATION', `${path}: ${why}`, [{ file: path, message: why }]);
}

/** Checks a case is a Plexus case this passphrase (or none, for a plain one) unlocks; changes nothing. */
export function checkCase(path: string, passphrase: string | null): void {
  if (passphrase === null) readCaseHeader(path);
  else readEncryptedHeader(path, passphrase);
}

/** WRONG_PASSPHRASE unless the passphrase unlocks this encrypted case; reads only. */
export function checkPassphrase(path: string, passphrase: string): void {
  if (looksEncrypted(path)) {
    readEncryptedHeader(path, passphrase);
    return;
  }
  readCaseHeader(path);
  throw refuse(path, 'the case is not encrypted');
}

/** A connection to a case file, unlocked when it has a passphrase. */
function connect(path: string, passphrase: string | null): Database.Database {
  const db = new Database(path, { fileMustExist: true });
  if (passphrase !== null) unlock(db, passphrase);
  db.pragma('busy_timeout = 5000');
  return db;
}

/**
 * Puts what the write-ahead log holds into the case file itself, so a byte copy of the file
 * is the whole case. A log that stays (another program has the case open) stops the change.
 */
function foldLog(path: string, passphrase: string | null): void {
  const db = connect(path, passphrase);
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (result && result.busy !== 0) throw openElsewhere(path);
  } finally {
    db.close();
  }
  const log = `${path}-wal`;
  if (existsSync(log) && statSync(log).size > 0) throw openElsewhere(path);
}

function openElsewhere(path: string): PlexusError {
  return new PlexusError('CONFLICT', `${path}: the case is open in another program; close it there first`, [
    { file: path, message: 'open elsewhere' },
  ]);
}

/** The hidden copies of this case an earlier change left when it was killed (one may be in plain text). */
function removeLeftCopies(path: string): void {
  const prefix = `.${basename(path)}.`;
  for (const name of readdirSync(dirname(path)))
    if (name.startsWith(prefix) && /\.rekey(-journal|-wal|-shm)?$/.test(name))
      rmSync(join(dirname(path), name), { force: true });
}

/** The copy rewritten under the new passphrase, back in WAL mode as every case is. */
function rewrite(temp: string, change: EncryptionChange): void {
  const db = connect(temp, change.from);
  try {
    // Rekeying writes a new salt: a rollback journal, not WAL frames under the old key.
    db.pragma('journal_mode = DELETE');
    rekey(db, change.to);
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** The new file opens with the new passphrase (or none) and SQLite finds every page sound. */
function verify(temp: string, to: string | null): void {
  checkCase(temp, to);
  const db = connect(temp, to);
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`quick_check: ${String(result)}`);
  } finally {
    db.close();
  }
}

/**
 * Encrypts, decrypts or changes the passphrase of a closed case file. The case is first
 * checked with `from` (a wrong passphrase: WRONG_PASSPHRASE, the file untouched), then copied
 * beside itself, the copy rewritten and checked, and only then renamed over the case. A crash
 * or error at any step leaves the original case as it was (and at worst a hidden copy beside it,
 * removed by the next change of this case).
 */
export function changeCaseEncryption(
  path: string,
  change: EncryptionChange,
  hooks: EncryptionHooks = {},
): void {
  const encrypted = looksEncrypted(path);
  if (change.from === null && encrypted) throw refuse(path, 'the case is already encrypted');
  if (change.from !== null && !encrypted && existsSync(path)) throw refuse(path, 'the case is not encrypted');
  if (change.from === null && change.to === null) throw refuse(path, 'nothing to change');
  checkCase(path, change.from);
  removeLeftCopies(path);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.rekey`);
  try {
    foldLog(path, change.from);
    copyFileSync(path, temp, constants.COPYFILE_EXCL);
    rewrite(temp, change);
    verify(temp, change.to);
    hooks.beforeReplace?.(temp);
    renameSync(temp, path);
  } catch (error) {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
    const mapped = sqliteFailure(error, path);
    if (mapped instanceof PlexusError) throw mapped;
    throw new PlexusError(
      'IO',
      `${path}: cannot change the case's encryption (${(error as Error).message})`,
      [{ file: path, message: (error as Error).message }],
    );
  }
}
