import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Migration } from '../../../../graph-schema/migrations';

/** Kept outside the migration list: it has to exist before the first migration can be recorded. */
const LEDGER_SQL = `CREATE TABLE IF NOT EXISTS plexus_migrations (
  version INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;

export interface AppliedMigration {
  version: number;
  name: string;
  sha256: string;
  appliedAt: string;
}

export function migrationHash(migration: Migration): string {
  return createHash('sha256').update(migration.sql).digest('hex');
}

export function createLedger(db: Database.Database): void {
  db.exec(LEDGER_SQL);
}

export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  return db
    .prepare('SELECT version, name, sha256, applied_at AS appliedAt FROM plexus_migrations ORDER BY version')
    .all() as AppliedMigration[];
}

/**
 * Compares what the file records with what this build knows, without writing. Returns the
 * migrations still to run. A recorded version we do not know means a newer Plexus wrote the
 * file; a known one with another hash means a shipped migration was edited: both refuse.
 */
export function pendingMigrations(
  db: Database.Database,
  migrations: readonly Migration[],
  file: string,
): Migration[] {
  const hasLedger = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'plexus_migrations'")
    .get();
  if (!hasLedger) {
    throw new PlexusError('CASE_CORRUPT', `${file}: the case file has no migration record`, [
      { file, message: 'no plexus_migrations table' },
    ]);
  }
  const known = new Map(migrations.map((m) => [m.version, m]));
  const newest = Math.max(0, ...migrations.map((m) => m.version));
  const applied = appliedMigrations(db);
  for (const row of applied) {
    if (row.version > newest) {
      throw new PlexusError(
        'CASE_TOO_NEW',
        `${file}: the case was written by a newer Plexus (case version ${row.version}, this build knows up to ${newest})`,
        [{ file, message: `case version ${row.version} > ${newest}` }],
      );
    }
    const mine = known.get(row.version);
    if (!mine) {
      throw new PlexusError(
        'CASE_CORRUPT',
        `${file}: unknown migration ${row.version} (${row.name}) recorded`,
        [{ file, message: `unknown migration ${row.version}` }],
      );
    }
    if (migrationHash(mine) !== row.sha256) {
      throw new PlexusError(
        'CASE_CORRUPT',
        `${file}: migration ${row.version} (${row.name}) differs from the one applied to this case; shipped migrations must never be edited`,
        [{ file, message: `migration ${row.version} hash mismatch` }],
      );
    }
  }
  const done = new Set(applied.map((r) => r.version));
  return [...migrations].filter((m) => !done.has(m.version)).sort((a, b) => a.version - b.version);
}

/**
 * The code step of a migration marked reindexSearch (every entity's label key and search row
 * computed again) or adoptHistory (every stored item entered in the new history).
 */
export type ReindexSearch = (db: Database.Database, migration: Migration) => void;

/**
 * Runs each migration in its own transaction, recording it and mirroring the version in
 * user_version. A migration marked reindexSearch has the store refill the search rows in
 * that transaction, so a failure leaves the case as it was.
 */
export function applyMigrations(
  db: Database.Database,
  pending: readonly Migration[],
  now: string,
  reindexSearch?: ReindexSearch,
): void {
  const record = db.prepare(
    'INSERT INTO plexus_migrations (version, name, sha256, applied_at) VALUES (?, ?, ?, ?)',
  );
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      if (migration.reindexSearch || migration.adoptHistory) {
        if (!reindexSearch) {
          throw new PlexusError(
            'INTERNAL',
            `migration ${migration.version} (${migration.name}) needs ${migration.reindexSearch ? 'the search rows recomputed' : 'its history started'}, and no way to was given`,
          );
        }
        reindexSearch(db, migration);
      }
      record.run(migration.version, migration.name, migrationHash(migration), now);
      // user_version sits in the file header, where openCaseFile reads it before opening.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    })();
  }
}
