import type Database from 'better-sqlite3-multiple-ciphers';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { PATTERN_BODY } from '../../../../graph-schema/migrations/bodies';
import type { PatternResult, SavedPattern } from '../../../../graph-schema/model/pattern';
import { bodyVersion, readStoredBody } from '../../../../graph-schema/model/stored-body';
import { checkPattern } from '../../../../graph-schema/model/pattern-check';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { WriterContext } from '../graph-store';
import {
  byPatternName,
  checkPatternName,
  patternNameTaken,
  patternNotFound,
  patternResult,
  type PatternStore,
} from '../pattern-store';
import { patternRow, patternSql } from './pattern-sql';
import { refuseReadOnly } from './read-only';
import { sqliteFailure } from './statements';

interface PatternDbRow {
  name: string;
  body: string;
  bodyVersion: number;
  updatedAt: string;
  updatedBy: string;
}

const COLUMNS = 'name, body, body_version AS bodyVersion, updated_at AS updatedAt, updated_by AS updatedBy';

const PATTERN_VERSION = bodyVersion(PATTERN_BODY);

/** What the store lends its patterns: the schema, the writer and its record reads. */
export interface SqlitePatternHost {
  schema: SchemaIndex;
  writer: WriterContext;
  getEntities(ids: readonly string[]): Promise<Entity[]>;
  getLinks(ids: readonly string[]): Promise<Link[]>;
}

/** Saved patterns (migration 7) and pattern runs on a case file; stateless over the store's connection. */
export class SqlitePatterns implements PatternStore {
  constructor(
    private readonly db: Database.Database,
    private readonly location: string,
    private readonly host: SqlitePatternHost,
  ) {}

  async list(): Promise<SavedPattern[]> {
    const rows = this.read(() => this.db.prepare(`SELECT ${COLUMNS} FROM patterns`).all() as PatternDbRow[]);
    return rows.map(savedPattern).sort(byPatternName);
  }

  async get(name: string): Promise<SavedPattern> {
    const row = this.read(() => this.find(name));
    if (!row) throw patternNotFound(name);
    return savedPattern(row);
  }

  async save(name: string, pattern: unknown): Promise<SavedPattern> {
    const checkedName = checkPatternName(name);
    const checked = checkPattern(pattern, this.host.schema);
    return this.write((row) => {
      const saved = {
        name: checkedName,
        body: JSON.stringify(checked),
        bodyVersion: PATTERN_VERSION,
        ...row,
      };
      this.db
        .prepare(
          'INSERT INTO patterns (name, body, body_version, updated_at, updated_by) VALUES (@name, @body, @bodyVersion, @updatedAt, @updatedBy) ' +
            'ON CONFLICT (name) DO UPDATE SET body = excluded.body, body_version = excluded.body_version, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
        )
        .run(saved);
      return savedPattern(saved);
    });
  }

  async rename(from: string, to: string): Promise<SavedPattern> {
    const checkedTo = checkPatternName(to);
    return this.write((audit) => {
      const row = this.find(from);
      if (!row) throw patternNotFound(from);
      if (checkedTo !== from && this.find(checkedTo)) throw patternNameTaken(checkedTo);
      this.db
        .prepare(
          'UPDATE patterns SET name = @to, updated_at = @updatedAt, updated_by = @updatedBy WHERE name = @from',
        )
        .run({ from, to: checkedTo, ...audit });
      return savedPattern({ ...row, name: checkedTo, ...audit });
    });
  }

  async delete(name: string): Promise<void> {
    this.write(() => {
      if (this.db.prepare('DELETE FROM patterns WHERE name = ?').run(name).changes === 0)
        throw patternNotFound(name);
    });
  }

  async run(input: unknown): Promise<PatternResult> {
    const pattern = checkPattern(input, this.host.schema);
    const { sql, params } = patternSql(pattern);
    const rows = this.read(() => this.db.prepare(sql).all(params) as Record<string, unknown>[]);
    return patternResult(
      rows.map((row) => patternRow(row, pattern)),
      pattern.limit,
      this.host,
    );
  }

  private find(name: string): PatternDbRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM patterns WHERE name = ?`).get(name) as
      PatternDbRow | undefined;
  }

  private write<T>(work: (audit: { updatedAt: string; updatedBy: string }) => T): T {
    refuseReadOnly(this.host.writer, this.location);
    // An import stream holds the connection's transaction open across awaits (as charts.ts).
    if (this.db.inTransaction)
      throw new PlexusError(
        'CONFLICT',
        `${this.location}: an import is being written; try again when it ends`,
      );
    const audit = {
      updatedAt: (this.host.writer.now ?? (() => new Date()))().toISOString(),
      updatedBy: this.host.writer.actor,
    };
    try {
      return this.db.transaction(() => work(audit)).immediate();
    } catch (error) {
      throw sqliteFailure(error, this.location);
    }
  }

  private read<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw sqliteFailure(error, this.location);
    }
  }
}

/** A stored body is parsed at the read edge, never cast; a pattern is named by its name. */
function savedPattern(row: PatternDbRow): SavedPattern {
  return {
    name: row.name,
    pattern: readStoredBody(PATTERN_BODY, row.name, row.bodyVersion, row.body),
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}
