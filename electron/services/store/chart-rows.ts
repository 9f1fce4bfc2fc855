import { randomUUID } from 'node:crypto';
import { ChartBody, type ChartSummary, type SavedChart } from '../../../graph-schema/chart/saved-chart';
import { PlexusError, placesFromZod, validationError } from '../../../graph-schema/model/errors';
import { CHART_BODY } from '../../../graph-schema/migrations/bodies';
import { readStoredBody } from '../../../graph-schema/model/stored-body';

/**
 * The rules of chart writes, shared by every store: each store finds the stored row inside
 * its own transaction, asks here what the new row is (or which error), and writes it. Pure,
 * so the case file's synchronous transactions and Neo4j's async ones apply the same rules.
 */

/** Who writes and when, from the store's WriterContext. */
export interface ChartAudit {
  actor: string;
  now: string;
}

/** What a store keeps per chart: the body as JSON without the name, which has its own column. */
export interface ChartRow {
  id: string;
  name: string;
  version: number;
  body: string;
  entityCount: number;
  linkCount: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

/** Validates a body; VALIDATION names the field ("entities.0.x: ..."). */
export function parseChartBody(input: unknown): ChartBody {
  const parsed = ChartBody.safeParse(input);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error));
  return parsed.data;
}

/** A name checked by the body's own rule, reported on the `name` field. */
export function parseChartName(name: unknown): string {
  const parsed = ChartBody.shape.name.safeParse(name);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error, 'name'));
  return parsed.data;
}

export function chartNotFound(id: string): PlexusError {
  return new PlexusError('NOT_FOUND', `no chart with id ${id}`, [
    { field: 'id', message: `id: ${id} not found` },
  ]);
}

function found(row: ChartRow | undefined, id: string): ChartRow {
  if (!row) throw chartNotFound(id);
  return row;
}

function toRow(
  body: ChartBody,
  id: string,
  version: number,
  created: ChartAudit,
  updated: ChartAudit,
): ChartRow {
  const { name, ...rest } = body;
  return {
    id,
    name,
    version,
    body: JSON.stringify(rest),
    entityCount: body.entities.length,
    linkCount: body.links.length,
    createdAt: created.now,
    createdBy: created.actor,
    updatedAt: updated.now,
    updatedBy: updated.actor,
  };
}

function createdOf(row: ChartRow): ChartAudit {
  return { actor: row.createdBy, now: row.createdAt };
}

/**
 * The saved chart of a stored row, its body read through the chart body's version and schema
 * (`bodyVersion`: as the store keeps it beside the body; none is version 1).
 */
export function chartFromRow(row: ChartRow, bodyVersion?: number): SavedChart {
  const body = readStoredBody(CHART_BODY, row.id, bodyVersion, row.body);
  return {
    ...body,
    name: row.name,
    id: row.id,
    version: row.version,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

export function summaryOf(row: Omit<ChartRow, 'body'>): ChartSummary {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    entities: row.entityCount,
    links: row.linkCount,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
  };
}

/** Both stores order the list the same way, whatever their collation: by name, then id. */
export function byName(a: ChartSummary, b: ChartSummary): number {
  return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function createdRow(body: ChartBody, audit: ChartAudit): ChartRow {
  return toRow(body, randomUUID(), 1, audit, audit);
}

/** The optimistic check: a save names the version it started from. */
export function savedRow(
  stored: ChartRow | undefined,
  id: string,
  body: ChartBody,
  expectedVersion: number,
  audit: ChartAudit,
): ChartRow {
  const row = found(stored, id);
  if (row.version !== expectedVersion) {
    throw new PlexusError(
      'CONFLICT',
      `the chart "${row.name}" was saved by someone else meanwhile (version ${row.version}, this copy is version ${expectedVersion}): reload it before saving`,
      [
        {
          field: 'version',
          rule: 'stale',
          message: `version: ${expectedVersion} is not the stored version ${row.version}`,
        },
      ],
    );
  }
  return toRow(body, id, row.version + 1, createdOf(row), audit);
}

export function renamedRow(
  stored: ChartRow | undefined,
  id: string,
  name: string,
  audit: ChartAudit,
): ChartRow {
  const row = found(stored, id);
  return { ...row, name, version: row.version + 1, updatedAt: audit.now, updatedBy: audit.actor };
}

export function duplicatedRow(
  stored: ChartRow | undefined,
  id: string,
  name: string,
  audit: ChartAudit,
): ChartRow {
  const row = found(stored, id);
  return {
    ...row,
    id: randomUUID(),
    name,
    version: 1,
    createdAt: audit.now,
    createdBy: audit.actor,
    updatedAt: audit.now,
    updatedBy: audit.actor,
  };
}

/** A whole number of at least 1: anything else can never match a stored version. */
export function checkVersion(version: unknown): number {
  if (typeof version === 'number' && Number.isInteger(version) && version >= 1) return version;
  throw validationError([
    { field: 'version', rule: 'version', message: 'version: must be a whole number from 1' },
  ]);
}

/** The audit for a write now, from a store's WriterContext. */
export function auditNow(writer: { actor: string; now?: () => Date }): ChartAudit {
  return { actor: writer.actor, now: (writer.now ?? (() => new Date()))().toISOString() };
}
