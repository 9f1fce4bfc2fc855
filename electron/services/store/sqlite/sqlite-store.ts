import { hostname } from 'node:os';
import { basename, extname } from 'node:path';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { z } from 'zod';
import {
  ExpandRequest,
  SearchRequest,
  type ExpandResult,
  type Items,
  type SearchResult,
} from '../../../../graph-schema/model/queries';
import { PlexusError, validationError, placesFromZod } from '../../../../graph-schema/model/errors';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import type { PreparedBatch } from '../../../../graph-schema/model/validate';
import type { GraphStore, ItemsBatch, StoreCounts, WriterContext } from '../graph-store';
import { SqliteCharts } from './charts';
import { SqliteSources } from './sources';
import { evidenceOfRestored, parseOrThrow, withEvidence } from '../source-checks';
import { Evidence, stampEvidence, type RemovedItems } from '../../../../graph-schema/model/sources';
import { SqlitePatterns } from './patterns';
import { Rows, type LinkRow } from './entity-rows';
import { sqlitePathSource } from './path-source';
import { commonNeighboursQuery, connectQuery, pathsQuery } from '../path-queries';
import {
  CommonNeighboursRequest,
  ConnectRequest,
  PathsRequest,
  type CommonNeighboursResult,
  type ConnectResult,
  type PathsResult,
} from '../../../../graph-schema/contract/paths';
import { putItems } from './put-items';
import { search } from './search';
import { Statements } from './statements';
import { readMeta, writeMeta } from './store-meta';
import { expand } from './traverse';
import type {
  AcceptedHistory,
  HistoryCheck,
  HistoryEntry,
  HistoryFilter,
} from '../../../../graph-schema/contract/history';
import type { HistoryKey } from '../history/chain';
import { Journal } from './history/journal';
import { listHistory } from './history/log';
import { checkHistory } from './history/verify';
import { Transactions } from './transactions';
import { Writes } from './writes';

/** Page cache while closing: 16 MiB, the size measured to keep a big import's close flat. */
const CLOSE_CACHE_SIZE = -16384;

export type SqliteStoreOptions = WriterContext & {
  schema: SchemaIndex;
  /** Seals the history's head; from the user's profile, never from the case file. */
  historyKey?: HistoryKey;
  /** The analyst's name where one is set, entered beside the OS user in the history. */
  analyst?: string;
};

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw validationError(placesFromZod(result.error));
  return result.data;
}

/** A case file: one SQLite database, one connection, every call one transaction. */
export class SqliteStore implements GraphStore {
  readonly kind = 'case-file' as const;
  /** Writable unless opened beside another window that holds the file (readOnlyReason says so). */
  readonly readOnly: boolean;
  readonly readOnlyReason?: string;
  readonly name: string;
  private readonly sql: Statements;
  private readonly rows: Rows;
  private readonly writes: Writes;
  private readonly journal: Journal;
  private readonly tx: Transactions;
  /** Saved charts: a stateless view over this connection, so one per use costs nothing. */
  get charts(): SqliteCharts {
    return new SqliteCharts(this.db, this.location, this.options);
  }
  /** Sources and citations: a view over this connection, writing through this store's transactions. */
  get sources(): SqliteSources {
    return new SqliteSources({
      sql: this.sql,
      rows: this.rows,
      writes: this.writes,
      write: (work) => this.tx.write(work),
      read: (work) => this.tx.read(work),
      journal: this.journal,
    });
  }
  /** Saved patterns and pattern runs (issue 14): stateless like charts. */
  get patterns(): SqlitePatterns {
    return new SqlitePatterns(this.db, this.location, {
      schema: this.options.schema,
      writer: this.options,
      getEntities: (ids) => this.getEntities(ids),
      getLinks: (ids) => this.getLinks(ids),
    });
  }

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
    readonly schemaVersion: number,
    private readonly options: SqliteStoreOptions,
  ) {
    this.name = basename(location, extname(location));
    this.readOnly = options.readOnlyReason !== undefined;
    if (options.readOnlyReason !== undefined) this.readOnlyReason = options.readOnlyReason;
    this.sql = new Statements(db);
    this.journal = new Journal(this.sql, options.historyKey, hostname(), location);
    this.rows = new Rows(this.sql, options.schema, this.journal);
    this.writes = new Writes(this.rows, options.schema);
    this.tx = new Transactions(db, this.sql, this.journal, location, this.name, options);
  }

  setAnalyst(name: string | undefined): void {
    this.tx.analyst = name;
  }

  async counts(): Promise<StoreCounts> {
    return this.tx.read(() => {
      const out: StoreCounts = { entityCount: 0, linkCount: 0, entityCounts: {}, linkCounts: {} };
      for (const { kind, type, n } of this.rows.counts()) {
        if (kind === 'entity') {
          out.entityCounts[type] = n;
          out.entityCount += n;
        } else {
          out.linkCounts[type] = n;
          out.linkCount += n;
        }
      }
      return out;
    });
  }

  async getEntities(ids: readonly string[]): Promise<Entity[]> {
    return this.tx.read(() => this.rows.entitiesById(ids));
  }

  async getLinks(ids: readonly string[]): Promise<Link[]> {
    return this.tx.read(() => this.rows.linksById(ids));
  }

  async linksAmong(ids: readonly string[]): Promise<Link[]> {
    return this.tx.read(() => {
      const rids = [...this.rows.ridsOf(ids).values()];
      if (rids.length === 0) return [];
      const json = JSON.stringify(rids);
      const rows = this.sql
        .get(
          'SELECT rid, id, body, body_version FROM links WHERE source IN (SELECT value FROM json_each(@ids)) AND target IN (SELECT value FROM json_each(@ids)) ORDER BY rid',
        )
        .raw()
        .all({ ids: json }) as LinkRow[];
      return this.rows.linksOfRows(rows);
    });
  }

  async degrees(ids: readonly string[]): Promise<Record<string, number>> {
    return this.tx.read(() => {
      const out: Record<string, number> = {};
      // Two index look-ups per entity (links_out, links_in), never a scan of the links.
      const count = this.sql.get(
        'SELECT (SELECT count(*) FROM links WHERE source = @rid) + (SELECT count(*) FROM links WHERE target = @rid)',
      );
      for (const [id, rid] of this.rows.ridsOf(ids)) out[id] = count.pluck().get({ rid }) as number;
      return out;
    });
  }

  async createEntities(inputs: readonly unknown[], reason?: string): Promise<Entity[]> {
    return this.tx.write((audit) => this.writes.createEntities(inputs, audit), 'create', reason);
  }

  async updateEntity(
    id: string,
    patch: unknown,
    expectedUpdatedAt?: string,
    reason?: string,
  ): Promise<Entity> {
    return this.tx.write(
      (audit) => this.writes.updateEntity(id, patch, audit, expectedUpdatedAt),
      'update',
      reason,
    );
  }

  async deleteEntities(ids: readonly string[], reason?: string): Promise<RemovedItems> {
    return this.tx.write(
      () => {
        const going = this.rows.linksTouching([...this.rows.ridsOf(ids).values()]).values();
        const evidence = this.sources.evidenceOfSync([
          ...ids.map((itemId) => ({ itemKind: 'entity' as const, itemId })),
          ...[...going].map((l) => ({ itemKind: 'link' as const, itemId: l.id })),
        ]);
        this.sources.citationsRemovedSync(evidence.citations);
        return withEvidence(this.writes.deleteEntities(ids), evidence);
      },
      'delete',
      reason,
    );
  }

  async createLinks(inputs: readonly unknown[], reason?: string): Promise<Link[]> {
    return this.tx.write((audit) => this.writes.createLinks(inputs, audit), 'create', reason);
  }

  async updateLink(id: string, patch: unknown, expectedUpdatedAt?: string, reason?: string): Promise<Link> {
    return this.tx.write(
      (audit) => this.writes.updateLink(id, patch, audit, expectedUpdatedAt),
      'update',
      reason,
    );
  }

  async deleteLinks(ids: readonly string[], reason?: string): Promise<RemovedItems> {
    return this.tx.write(
      () => {
        const evidence = this.sources.evidenceOfSync(
          ids.map((itemId) => ({ itemKind: 'link' as const, itemId })),
        );
        this.sources.citationsRemovedSync(evidence.citations);
        return withEvidence(this.writes.deleteLinks(ids), evidence);
      },
      'delete',
      reason,
    );
  }

  async restore(items: RemovedItems, caseEvidence?: Evidence): Promise<{ entities: number; links: number }> {
    const evidence = evidenceOfRestored(items);
    const imported = caseEvidence && parseOrThrow(Evidence, caseEvidence, 'evidence.');
    return this.tx.write(() => {
      const { evidence: _evidence, ...records } = items;
      const counts = this.writes.restore(records);
      if (evidence) this.sources.restoreWithItemsSync(evidence);
      if (imported) this.sources.restoreEvidenceSync(imported);
      return counts;
    }, 'restore');
  }

  /** One batch in one synchronous transaction: the same writes as a stream of one. */
  async createItems(items: {
    entities: readonly unknown[];
    links: readonly unknown[];
  }): Promise<{ entities: number; links: number }> {
    return this.tx.write((audit) => this.writes.createItems(items, audit), 'import');
  }

  /** One transaction across the batches (Transactions.stream); other writes wait for its end. */
  async createItemsStream(batches: AsyncIterable<ItemsBatch>): Promise<{ entities: number; links: number }> {
    return this.tx.stream(batches, (batch, audit) => this.writes.createItems(batch, audit));
  }

  /**
   * GraphStore.createPreparedStream: the import engine's checked records are written without
   * a second check; only ids taken and ends that are nowhere are refused.
   */
  async createPreparedStream(
    batches: AsyncIterable<PreparedBatch> | Iterable<PreparedBatch>,
  ): Promise<{ entities: number; links: number }> {
    // Row ids of the entities this stream writes: its links' ends need no query.
    const written = new Map<string, number>();
    return this.tx.stream(batches, (batch, audit) => {
      const counts = this.writes.createPrepared(batch, audit, written);
      // The file's sources and citations, after the items they cite (the last batch holds them).
      if (batch.evidence)
        this.sources.restoreEvidenceSync(stampEvidence(batch.evidence, audit.now, audit.actor));
      return counts;
    });
  }

  async putItems(items: Items): Promise<{ created: number; updated: number }> {
    return this.tx.write(() => putItems(this.rows, this.options.schema, items), 'put');
  }

  async readMeta(key: string): Promise<unknown> {
    return this.tx.read(() => readMeta(this.sql, key));
  }

  async writeMeta(key: string, value: unknown): Promise<void> {
    this.tx.write(() => writeMeta(this.sql, key, value));
  }

  /** better-sqlite3 runs each query synchronously to the end: nothing is ever running to cancel. */
  async cancelRunning(): Promise<number> {
    return 0;
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const req = parse(SearchRequest, request);
    return this.tx.read(() => search(this.sql, this.rows, req));
  }

  async expand(request: ExpandRequest): Promise<ExpandResult> {
    const req = parse(ExpandRequest, request);
    return this.tx.read(() => expand(this.sql, this.rows, req));
  }

  async findPaths(request: PathsRequest): Promise<PathsResult> {
    return pathsQuery(this.pathSource(), this.options.schema, parse(PathsRequest, request));
  }

  async connect(request: ConnectRequest): Promise<ConnectResult> {
    return connectQuery(this.pathSource(), this.options.schema, parse(ConnectRequest, request));
  }

  async commonNeighbours(request: CommonNeighboursRequest): Promise<CommonNeighboursResult> {
    const req = parse(CommonNeighboursRequest, request);
    return commonNeighboursQuery(this.pathSource(), this.options.schema, req);
  }

  private pathSource() {
    return sqlitePathSource(this.sql, this.rows, (work) => this.tx.read(work));
  }

  async *scanEntities(batchSize = 1000): AsyncIterable<Entity[]> {
    const query = 'SELECT rid, body, body_version FROM entity_bodies WHERE rid > ? ORDER BY rid LIMIT ?';
    for await (const rows of this.scan<[number, string, number]>(query, batchSize))
      yield rows.map(([rid, body, version]) => this.rows.entity(rid, version, body));
  }

  async *scanLinks(batchSize = 1000): AsyncIterable<Link[]> {
    const query = 'SELECT rid, id, body, body_version FROM links WHERE rid > ? ORDER BY rid LIMIT ?';
    for await (const rows of this.scan<LinkRow>(query, batchSize)) yield this.rows.linksOfRows(rows);
  }

  async listHistory(filter: HistoryFilter): Promise<{ entries: HistoryEntry[]; more: boolean }> {
    return this.tx.read(() => listHistory(this.sql, filter));
  }

  async verifyHistory(depth: 'open' | 'full'): Promise<HistoryCheck> {
    return this.tx.read(() => checkHistory(this.sql, depth, this.options.historyKey));
  }

  /** A case file's history is sealed with this profile's key: nothing to take on trust. */
  acceptHistory(): Promise<AcceptedHistory> {
    return Promise.reject(
      new PlexusError(
        'VALIDATION',
        `${this.location}: a case file's history is sealed with this profile's key; there is no server history to accept`,
      ),
    );
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    try {
      // A closing connection needs no big cache, and optimize and the last WAL checkpoint
      // would fill it (measured: +100 MiB peak at the end of a 1M-row import).
      this.db.pragma(`cache_size = ${CLOSE_CACHE_SIZE}`);
      // optimize may write statistics; a read-only connection leaves that to the holder.
      if (!this.readOnly) this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }

  /** Keyset pagination on the row id (each row's first column): steady cost per batch, no OFFSET rescans. */
  private async *scan<R extends [number, ...unknown[]]>(
    query: string,
    batchSize: number,
  ): AsyncIterable<R[]> {
    const size = Math.max(1, Math.trunc(batchSize));
    let after = 0;
    for (;;) {
      const rows = this.tx.read(() => this.sql.get(query).raw().all(after, size) as R[]);
      if (rows.length === 0) return;
      after = rows[rows.length - 1]?.[0] ?? after;
      yield rows;
      if (rows.length < size) return;
    }
  }
}
