import type { z } from 'zod';
import { placesFromZod, validationError } from '../../../../graph-schema/model/errors';
import {
  ExpandRequest,
  SearchRequest,
  type ExpandResult,
  type Items,
  type SearchResult,
} from '../../../../graph-schema/model/queries';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { PreparedBatch } from '../../../../graph-schema/model/validate';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { ChartStore } from '../chart-store';
import type {
  AcceptedHistory,
  HistoryCheck,
  HistoryEntry,
  HistoryFilter,
  HistoryOp,
} from '../../../../graph-schema/contract/history';
import type { HistoryWitness } from '../history/witness';
import { checkServerHistory, listServerHistory } from './history';
import type { GraphStore, ItemsBatch, StoreCounts, WriterContext } from '../graph-store';
import { Neo4jCharts } from './charts';
import { Neo4jSources } from './sources';
import { evidenceOfRestored, parseOrThrow } from '../source-checks';
import { Evidence, type RemovedItems } from '../../../../graph-schema/model/sources';
import { Neo4jPatterns } from './patterns';
import { neo4jLocation, type Neo4jConfig } from './config';
import * as cypher from './cypher';
import { entityFromProperties, linkFromRow } from './records';
import { neo4jPathSource } from './path-source';
import { commonNeighboursQuery, connectQuery, pathsQuery } from '../path-queries';
import {
  CommonNeighboursRequest,
  ConnectRequest,
  PathsRequest,
  type CommonNeighboursResult,
  type ConnectResult,
  type PathsResult,
} from '../../../../graph-schema/contract/paths';
import { Rows } from './rows';
import { search } from './search';
import type { BoltDriver, Run } from './session';
import { readOnlyError, Sessions } from './session';
import { expand } from './traverse';
import { newEntities, recordEntities, type Audit } from '../write-checks';
import { checkEntityType, checkLinkType } from './names';
import { checkLinkInputs } from './writes';
import { checked, once, streamItems, streamPrepared } from './imports';
import { WriteTransactions } from './transactions';

export type Neo4jStoreOptions = WriterContext & {
  schema: SchemaIndex;
  /** Entered in the history beside the OS user, where one is set. */
  analyst?: string;
  /** What this computer last wrote or checked in each server's history (its profile). */
  witness?: HistoryWitness;
};

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(placesFromZod(result.error));
  return result.data;
}

/** A database on a Neo4j server: every call one session and one transaction (session.ts). */
export class Neo4jStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  readonly location: string;
  readonly name: string;
  readonly readOnly: boolean;
  readonly charts: ChartStore;
  readonly sources: Neo4jSources;
  readonly patterns: Neo4jPatterns;
  private readonly sessions: Sessions;
  private readonly index: SchemaIndex;
  private readonly tx: WriteTransactions;

  constructor(
    private readonly driver: BoltDriver,
    config: Neo4jConfig,
    readonly schemaVersion: number,
    private readonly options: Neo4jStoreOptions,
  ) {
    this.location = neo4jLocation(config);
    this.name = config.database;
    this.readOnly = config.readOnly;
    this.sessions = new Sessions(driver, config);
    this.index = options.schema;
    this.tx = new WriteTransactions(
      this.sessions,
      this.index,
      this.location,
      options.analyst,
      options.witness,
    );
    this.charts = new Neo4jCharts(
      this.sessions,
      (work) => this.tx.write(work),
      () => this.refuseIfReadOnly(),
      options,
    );
    this.sources = new Neo4jSources({
      sessions: this.sessions,
      // A citation regrades its item: entered in the history, as on a case file.
      write: (work) => this.journaled('edit', undefined, work),
      refuseIfReadOnly: () => this.refuseIfReadOnly(),
      audit: () => this.audit(),
      rows: (run) => this.rows(run),
      writes: (run) => this.writes(run),
      journal: (run) => this.tx.journal(run),
    });
    this.patterns = new Neo4jPatterns({
      schema: this.index,
      sessions: this.sessions,
      write: (work) => this.tx.write(work),
      refuseIfReadOnly: () => this.refuseIfReadOnly(),
      audit: () => this.audit(),
      getEntities: (ids) => this.getEntities(ids),
      getLinks: (ids) => this.getLinks(ids),
    });
  }

  /** One statement for all the counts (cypher.countAll), read from the server's count store. */
  async counts(): Promise<StoreCounts> {
    const out: StoreCounts = { entityCount: 0, linkCount: 0, entityCounts: {}, linkCounts: {} };
    const statement = cypher.countAll(
      this.index.schema.entityTypes.map((t) => checkEntityType(this.index, t.name)),
      this.index.schema.linkTypes.map((t) => checkLinkType(this.index, t.name)),
    );
    if (!statement) return out;
    for (const { kind, type, n } of await this.sessions.read((run) => run(statement))) {
      if (typeof type !== 'string' || typeof n !== 'number' || n === 0) continue;
      if (kind === 'entity') {
        out.entityCounts[type] = n;
        out.entityCount += n;
      } else {
        out.linkCounts[type] = n;
        out.linkCount += n;
      }
    }
    return out;
  }

  async getEntities(ids: readonly string[]): Promise<Entity[]> {
    return this.sessions.read((run) => this.rows(run).entities(ids));
  }

  async getLinks(ids: readonly string[]): Promise<Link[]> {
    return this.sessions.read((run) => this.rows(run).links(ids));
  }

  async linksAmong(ids: readonly string[]): Promise<Link[]> {
    if (ids.length === 0) return [];
    return this.sessions.read(async (run) =>
      (await run(cypher.LINKS_AMONG, { ids: [...new Set(ids)] })).map(linkFromRow),
    );
  }

  async degrees(ids: readonly string[]): Promise<Record<string, number>> {
    if (ids.length === 0) return {};
    const rows = await this.sessions.read((run) => run(cypher.DEGREES, { ids: [...new Set(ids)] }));
    return Object.fromEntries(rows.map((row) => [String(row.id), Number(row.degree)]));
  }

  async createEntities(inputs: readonly unknown[], reason?: string): Promise<Entity[]> {
    this.refuseIfReadOnly();
    const audit = this.audit();
    const entities = newEntities(this.index, inputs, audit);
    return this.journaled('create', reason, (run) => this.writes(run).createEntities(entities), audit);
  }

  async updateEntity(
    id: string,
    patch: unknown,
    expectedUpdatedAt?: string,
    reason?: string,
  ): Promise<Entity> {
    const audit = this.audit();
    return this.journaled(
      'update',
      reason,
      (run) => this.writes(run).updateEntity(id, patch, audit, expectedUpdatedAt),
      audit,
    );
  }

  async deleteEntities(ids: readonly string[], reason?: string): Promise<RemovedItems> {
    return this.journaled('delete', reason, (run) => this.writes(run).deleteEntities(ids));
  }

  async createLinks(inputs: readonly unknown[], reason?: string): Promise<Link[]> {
    this.refuseIfReadOnly();
    checkLinkInputs(this.index, inputs);
    const audit = this.audit();
    return this.journaled('create', reason, (run) => this.writes(run).createLinks(inputs, audit), audit);
  }

  async updateLink(id: string, patch: unknown, expectedUpdatedAt?: string, reason?: string): Promise<Link> {
    const audit = this.audit();
    return this.journaled(
      'update',
      reason,
      (run) => this.writes(run).updateLink(id, patch, audit, expectedUpdatedAt),
      audit,
    );
  }

  async deleteLinks(ids: readonly string[], reason?: string): Promise<RemovedItems> {
    return this.journaled('delete', reason, (run) => this.writes(run).deleteLinks(ids));
  }

  setAnalyst(name: string | undefined): void {
    this.tx.analyst = name;
  }

  async restore(items: RemovedItems, caseEvidence?: Evidence): Promise<{ entities: number; links: number }> {
    this.refuseIfReadOnly();
    const entities = recordEntities(this.index, items.entities);
    checkLinkInputs(this.index, items.links);
    const evidence = evidenceOfRestored(items);
    const imported = caseEvidence && parseOrThrow(Evidence, caseEvidence, 'evidence.');
    return this.journaled('restore', undefined, async (run) => {
      const counts = await this.writes(run).restore(entities, items.links, evidence);
      if (imported) await this.sources.restoreEvidenceIn(run, imported);
      return counts;
    });
  }

  /** Entities and link types are checked before the transaction opens; link ends inside it. */
  async createItems(items: {
    entities: readonly unknown[];
    links: readonly unknown[];
  }): Promise<{ entities: number; links: number }> {
    this.refuseIfReadOnly();
    const audit = this.audit();
    const entities = newEntities(this.index, items.entities, audit);
    checkLinkInputs(this.index, items.links);
    return streamItems(this.tx, once({ entities, links: items.links }), audit, false);
  }

  /** One explicit transaction, UNWIND writes per batch; a throw anywhere rolls it back. */
  async createItemsStream(batches: AsyncIterable<ItemsBatch>): Promise<{ entities: number; links: number }> {
    this.refuseIfReadOnly();
    const audit = this.audit();
    return streamItems(this.tx, checked(this.index, batches, audit), audit, true);
  }

  /** createItemsStream for the import engine's checked batches: stamped, not checked again. */
  async createPreparedStream(
    batches: AsyncIterable<PreparedBatch> | Iterable<PreparedBatch>,
  ): Promise<{ entities: number; links: number }> {
    this.refuseIfReadOnly();
    return streamPrepared(this.tx, this.sources, batches, this.audit());
  }

  async putItems(items: Items): Promise<{ created: number; updated: number }> {
    this.refuseIfReadOnly();
    const entities = recordEntities(this.index, items.entities);
    checkLinkInputs(this.index, items.links);
    return this.journaled('put', undefined, (run) => this.writes(run).put(entities, items.links));
  }

  async readMeta(key: string): Promise<unknown> {
    const rows = await this.sessions.read((run) => run(cypher.READ_META, { key }));
    const value = rows[0]?.value;
    return typeof value === 'string' ? (JSON.parse(value) as unknown) : undefined;
  }

  async writeMeta(key: string, value: unknown): Promise<void> {
    const json = value === undefined ? undefined : JSON.stringify(value);
    await this.tx.write((run) =>
      json === undefined ? run(cypher.DELETE_META, { key }) : run(cypher.WRITE_META, { key, value: json }),
    );
  }

  async cancelRunning(): Promise<number> {
    return this.sessions.cancelAll();
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const req = parse(SearchRequest, request);
    return this.sessions.read((run) => search(run, this.rows(run), req));
  }

  async expand(request: ExpandRequest): Promise<ExpandResult> {
    const req = parse(ExpandRequest, request);
    return this.sessions.read((run) => expand(run, req));
  }

  async findPaths(request: PathsRequest): Promise<PathsResult> {
    const req = parse(PathsRequest, request);
    return this.sessions.read((run) => pathsQuery(this.pathSource(run), this.index, req));
  }

  async connect(request: ConnectRequest): Promise<ConnectResult> {
    const req = parse(ConnectRequest, request);
    return this.sessions.read((run) => connectQuery(this.pathSource(run), this.index, req));
  }

  async commonNeighbours(request: CommonNeighboursRequest): Promise<CommonNeighboursResult> {
    const req = parse(CommonNeighboursRequest, request);
    return this.sessions.read((run) => commonNeighboursQuery(this.pathSource(run), this.index, req));
  }

  private pathSource(run: Run) {
    return neo4jPathSource(run, this.rows(run));
  }

  async *scanEntities(batchSize = 1000): AsyncIterable<Entity[]> {
    yield* this.scan(cypher.SCAN_ENTITIES, batchSize, (row) => entityFromProperties(row.entity));
  }

  async *scanLinks(batchSize = 1000): AsyncIterable<Link[]> {
    yield* this.scan(cypher.SCAN_LINKS, batchSize, linkFromRow);
  }

  async listHistory(filter: HistoryFilter): Promise<{ entries: HistoryEntry[]; more: boolean }> {
    return this.sessions.read((run) => listServerHistory(run, filter));
  }

  async verifyHistory(depth: 'open' | 'full'): Promise<HistoryCheck> {
    const witness = this.options.witness && { store: this.options.witness, location: this.location };
    const { entityCount, linkCount } = await this.counts();
    return this.sessions.read((run) => checkServerHistory(run, depth, witness, entityCount + linkCount));
  }

  async acceptHistory(): Promise<AcceptedHistory> {
    const forgot = this.options.witness?.forget(this.location) ?? false;
    // Checked in full: a chain that holds is witnessed again from its head, a broken one is not.
    return { forgot, ...(await this.verifyHistory('full')) };
  }

  async close(): Promise<void> {
    await this.sessions.cancelAll();
    await this.driver.close();
  }

  /** Keyset pagination on id, one short transaction per batch: no transaction held across yields. */
  private async *scan<T extends { id: string }>(
    statement: string,
    batchSize: number,
    map: (row: Parameters<typeof linkFromRow>[0]) => T,
  ): AsyncIterable<T[]> {
    const size = Math.max(1, Math.trunc(batchSize));
    let after = '';
    for (;;) {
      const batch = (await this.sessions.read((run) => run(statement, { after, size }))).map(map);
      if (batch.length === 0) return;
      after = batch[batch.length - 1]?.id ?? after;
      yield batch;
      if (batch.length < size) return;
    }
  }

  private journaled<T>(
    op: HistoryOp,
    reason: string | undefined,
    work: (run: Run) => Promise<T>,
    audit: Audit = this.audit(),
  ): Promise<T> {
    return this.tx.journaled(op, reason, work, audit);
  }

  private rows(run: Run): Rows {
    return new Rows(run, this.index);
  }

  private writes(run: Run) {
    return this.tx.writes(run);
  }

  /** Checked before validation too, so a read-only store answers FORBIDDEN, not VALIDATION. */
  private refuseIfReadOnly(): void {
    if (this.readOnly) throw readOnlyError(this.location);
  }

  private audit(): Audit {
    return { actor: this.options.actor, now: (this.options.now ?? (() => new Date()))().toISOString() };
  }
}
