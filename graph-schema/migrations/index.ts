import { initialSql } from './case-file/001-initial';
import { storeMetaSql } from './case-file/002-store-meta';
import { chartsSql } from './case-file/003-charts';
import { nameReadingsSql } from './case-file/004-name-readings';
import { historySql } from './case-file/005-history';
import { sourcesSql } from './case-file/006-sources';
import { patternsSql } from './case-file/007-patterns';
import { bodyVersionsSql } from './case-file/008-body-versions';
import { historyEvidenceSql } from './case-file/009-history-evidence';

/**
 * Versioned changes to the case-file layout, applied in order, each in its own transaction
 * and recorded with a hash of its SQL. Never edit a shipped migration: add a new one.
 * Pure data, so graph-schema stays free of Node; the runner lives with the SQLite store.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  /**
   * After the SQL, in the same transaction, the store computes every entity's label key
   * and search row again (their folding is code, not SQL). The runner refuses to apply it
   * without that step.
   */
  reindexSearch?: true;
  /** After the SQL, the store enters every stored item in the new history (005). */
  adoptHistory?: true;
}

export const CASE_FILE_MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initialSql },
  { version: 2, name: 'store-meta', sql: storeMetaSql },
  { version: 3, name: 'charts', sql: chartsSql },
  { version: 4, name: 'name-readings', sql: nameReadingsSql, reindexSearch: true },
  { version: 5, name: 'history', sql: historySql, adoptHistory: true },
  { version: 6, name: 'sources', sql: sourcesSql },
  { version: 7, name: 'patterns', sql: patternsSql },
  { version: 8, name: 'body-versions', sql: bodyVersionsSql },
  { version: 9, name: 'history-evidence', sql: historyEvidenceSql },
];

/** The newest layout this build writes. */
export const CASE_FILE_VERSION = CASE_FILE_MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);
