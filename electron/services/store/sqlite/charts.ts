import { refuseReadOnly } from './read-only';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { ChartBodyInput, ChartSummary, SavedChart } from '../../../../graph-schema/chart/saved-chart';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { ChartStore } from '../chart-store';
import {
  auditNow,
  byName,
  chartFromRow,
  chartNotFound,
  checkVersion,
  createdRow,
  duplicatedRow,
  parseChartBody,
  parseChartName,
  renamedRow,
  savedRow,
  summaryOf,
  type ChartAudit,
  type ChartRow,
} from '../chart-rows';
import type { WriterContext } from '../graph-store';
import { sqliteFailure } from './statements';
import { CHART_BODY } from '../../../../graph-schema/migrations/bodies';
import { bodyVersion } from '../../../../graph-schema/model/stored-body';

type StoredChartRow = ChartRow & { bodyVersion: number };

/** The charts table (migration 3) as ChartRow: column names mapped once, here. */
const SUMMARY_COLUMNS =
  'id, name, version, entity_count AS entityCount, link_count AS linkCount, ' +
  'created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt, updated_by AS updatedBy';
const COLUMNS = `${SUMMARY_COLUMNS}, body, body_version AS bodyVersion`;

/** The chart body version this build writes (`version` is the chart's save count). */
const CHART_VERSION = bodyVersion(CHART_BODY);

const UPSERT =
  'INSERT INTO charts (id, name, version, body, body_version, entity_count, link_count, created_at, created_by, updated_at, updated_by) ' +
  'VALUES (@id, @name, @version, @body, @bodyVersion, @entityCount, @linkCount, @createdAt, @createdBy, @updatedAt, @updatedBy) ' +
  'ON CONFLICT (id) DO UPDATE SET name = excluded.name, version = excluded.version, body = excluded.body, body_version = excluded.body_version, ' +
  'entity_count = excluded.entity_count, link_count = excluded.link_count, ' +
  'updated_at = excluded.updated_at, updated_by = excluded.updated_by';

/**
 * Saved charts in a case file. Stateless over the store's connection (the store hands one
 * out per use): statements are prepared per call, as charts are saved by hand, not in bulk.
 * Each write is one immediate transaction, so the version check and the write cannot be split.
 */
export class SqliteCharts implements ChartStore {
  constructor(
    private readonly db: Database.Database,
    private readonly location: string,
    private readonly writer: WriterContext,
  ) {}

  async list(): Promise<ChartSummary[]> {
    const rows = this.read(
      () => this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM charts`).all() as Omit<ChartRow, 'body'>[],
    );
    return rows.map(summaryOf).sort(byName);
  }

  async get(id: string): Promise<SavedChart> {
    const row = this.read(() => this.find(id));
    if (!row) throw chartNotFound(id);
    return chartFromRow(row, row.bodyVersion);
  }

  async create(body: ChartBodyInput): Promise<SavedChart> {
    const parsed = parseChartBody(body);
    return this.write((audit) => this.put(createdRow(parsed, audit)));
  }

  async save(id: string, body: ChartBodyInput, expectedVersion: number): Promise<SavedChart> {
    const parsed = parseChartBody(body);
    const expected = checkVersion(expectedVersion);
    return this.write((audit) => this.put(savedRow(this.find(id), id, parsed, expected, audit)));
  }

  async duplicate(id: string, name: string): Promise<SavedChart> {
    const checked = parseChartName(name);
    return this.write((audit) => this.put(duplicatedRow(this.find(id), id, checked, audit)));
  }

  async rename(id: string, name: string): Promise<SavedChart> {
    const checked = parseChartName(name);
    return this.write((audit) => this.put(renamedRow(this.find(id), id, checked, audit)));
  }

  async delete(id: string): Promise<void> {
    this.write(() => {
      if (this.db.prepare('DELETE FROM charts WHERE id = ?').run(id).changes === 0) throw chartNotFound(id);
    });
  }

  private find(id: string): StoredChartRow | undefined {
    return this.db.prepare(`SELECT ${COLUMNS} FROM charts WHERE id = ?`).get(id) as
      StoredChartRow | undefined;
  }

  /** A rename or duplicate keeps the body as stored, so it keeps the version it was stored with. */
  private put(row: ChartRow & { bodyVersion?: number }): SavedChart {
    const stored = { ...row, bodyVersion: row.bodyVersion ?? CHART_VERSION };
    this.db.prepare(UPSERT).run(stored);
    return chartFromRow(stored, stored.bodyVersion);
  }

  private write<T>(work: (audit: ChartAudit) => T): T {
    refuseReadOnly(this.writer, this.location);
    // An import stream holds the connection's transaction open across awaits; a chart
    // write now would join it and commit or roll back with the import.
    if (this.db.inTransaction)
      throw new PlexusError(
        'CONFLICT',
        `${this.location}: an import is being written; try again when it ends`,
      );
    const audit = auditNow(this.writer);
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
