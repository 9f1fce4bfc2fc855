import type { ChartBodyInput, ChartSummary, SavedChart } from '../../../../graph-schema/chart/saved-chart';
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
import * as cypher from './cypher';
import type { Run, Sessions } from './session';
import type { Row } from './values';

/** How the store lets a chart write run: its own write path, which refuses during an import. */
export type WriteGate = <T>(work: (run: Run) => Promise<T>) => Promise<T>;

/**
 * Saved charts as (:PlexusChart {id, name, version, body, ...}) nodes, body as JSON text.
 * Reads use READ sessions; each write is one write transaction that locks the chart before
 * reading its version, so the optimistic check holds between analysts on one server.
 */
export class Neo4jCharts implements ChartStore {
  constructor(
    private readonly sessions: Sessions,
    private readonly write: WriteGate,
    private readonly refuseIfReadOnly: () => void,
    private readonly writer: WriterContext,
  ) {}

  async list(): Promise<ChartSummary[]> {
    const rows = await this.sessions.read((run) => run(cypher.LIST_CHARTS));
    return rows.map((row) => summaryOf(chartRow(row))).sort(byName);
  }

  async get(id: string): Promise<SavedChart> {
    const row = await this.sessions.read((run) => find(run, id));
    if (!row) throw chartNotFound(id);
    return chartFromRow(row);
  }

  async create(body: ChartBodyInput): Promise<SavedChart> {
    this.refuseIfReadOnly();
    const row = createdRow(parseChartBody(body), this.audit());
    return this.write((run) => put(run, row));
  }

  async save(id: string, body: ChartBodyInput, expectedVersion: number): Promise<SavedChart> {
    this.refuseIfReadOnly();
    const parsed = parseChartBody(body);
    const expected = checkVersion(expectedVersion);
    const audit = this.audit();
    return this.write(async (run) => put(run, savedRow(await locked(run, id), id, parsed, expected, audit)));
  }

  async duplicate(id: string, name: string): Promise<SavedChart> {
    this.refuseIfReadOnly();
    const checked = parseChartName(name);
    const audit = this.audit();
    return this.write(async (run) => put(run, duplicatedRow(await find(run, id), id, checked, audit)));
  }

  async rename(id: string, name: string): Promise<SavedChart> {
    this.refuseIfReadOnly();
    const checked = parseChartName(name);
    const audit = this.audit();
    return this.write(async (run) => put(run, renamedRow(await locked(run, id), id, checked, audit)));
  }

  async delete(id: string): Promise<void> {
    this.refuseIfReadOnly();
    await this.write(async (run) => {
      const [row] = await run(cypher.DELETE_CHART, { id });
      if (row?.n !== 1) throw chartNotFound(id);
    });
  }

  private audit(): ChartAudit {
    return auditNow(this.writer);
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function int(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function chartRow(row: Row): ChartRow {
  return {
    id: text(row.id),
    name: text(row.name),
    version: int(row.version),
    body: text(row.body),
    entityCount: int(row.entityCount),
    linkCount: int(row.linkCount),
    createdAt: text(row.createdAt),
    createdBy: text(row.createdBy),
    updatedAt: text(row.updatedAt),
    updatedBy: text(row.updatedBy),
  };
}

async function find(run: Run, id: string): Promise<ChartRow | undefined> {
  const [row] = await run(cypher.CHART_BY_ID, { id });
  return row ? chartRow(row) : undefined;
}

/** The chart read after taking its write lock: the version seen is the one a save replaces. */
async function locked(run: Run, id: string): Promise<ChartRow | undefined> {
  await run(cypher.LOCK_CHART, { id });
  return find(run, id);
}

async function put(run: Run, row: ChartRow): Promise<SavedChart> {
  const { version, entityCount, linkCount, ...props } = row;
  await run(cypher.WRITE_CHART, { id: row.id, props, version, entityCount, linkCount });
  return chartFromRow(row);
}
