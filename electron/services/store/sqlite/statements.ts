import type Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';

/** Prepared statements keyed by their SQL: every query is compiled once per open case. */
export class Statements {
  private readonly cache = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  get(sql: string): Database.Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  /**
   * Inserts rows with multi-row VALUES statements of up to 100 rows: a native call per row
   * costs more than SQLite's insert itself. Each row holds one value per column.
   */
  insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): void {
    const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES `;
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const many = this.get(head + Array<string>(ROWS_PER_STATEMENT).fill(tuple).join(', '));
    const one = this.get(head + tuple);
    let i = 0;
    for (; i + ROWS_PER_STATEMENT <= rows.length; i += ROWS_PER_STATEMENT) {
      many.run(rows.slice(i, i + ROWS_PER_STATEMENT).flat());
    }
    for (; i < rows.length; i++) one.run(rows[i]);
  }
}

const ROWS_PER_STATEMENT = 100;

/** Many ids as one bound parameter: `x IN (SELECT value FROM json_each(?))` needs one statement for any count. */
export const IN_LIST = '(SELECT value FROM json_each(?))';

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Maps SQLite's failures to the codes callers act on; leaves our own errors alone. */
export function sqliteFailure(error: unknown, file: string): unknown {
  if (error instanceof PlexusError) return error;
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  const message = (error as Error).message;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return new PlexusError('CASE_CORRUPT', `${file}: the case file is damaged (${message})`, [
      { file, message },
    ]);
  }
  if (/^SQLITE_(IOERR|FULL|READONLY|CANTOPEN|BUSY|LOCKED|PERM)/.test(code)) {
    return new PlexusError('IO', `${file}: ${message}`, [{ file, message }]);
  }
  return error;
}
