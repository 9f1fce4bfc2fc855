import type { Entity, Link } from '../../../graph-schema/model/records';
import type {
  Items,
  ExpandRequest,
  ExpandResult,
  SearchRequest,
  SearchResult,
} from '../../../graph-schema/model/queries';
import type { StoreKind } from '../../../graph-schema/contract/case';
import type { PreparedBatch } from '../../../graph-schema/model/validate';
import type {
  AcceptedHistory,
  HistoryCheck,
  HistoryEntry,
  HistoryFilter,
} from '../../../graph-schema/contract/history';
import type { ChartStore } from './chart-store';
import type { SourceStore } from './source-store';
import type { Evidence, RemovedItems } from '../../../graph-schema/model/sources';
import type { PatternStore } from './pattern-store';
import type {
  CommonNeighboursRequest,
  CommonNeighboursResult,
  ConnectRequest,
  ConnectResult,
  PathsRequest,
  PathsResult,
} from '../../../graph-schema/contract/paths';

/** One batch of an import stream: inputs carry their ids, like createItems. */
export interface ItemsBatch {
  entities: readonly unknown[];
  links: readonly unknown[];
  /**
   * Entities created by an earlier batch of the same stream, patched as updateEntity would:
   * an importer learns more about an entity after it was written (a later row of the file).
   */
  updates?: readonly { id: string; patch: unknown }[];
}

export interface StoreCounts {
  entityCount: number;
  linkCount: number;
  entityCounts: Record<string, number>;
  linkCounts: Record<string, number>;
}

/**
 * The port every store implements: the embedded case file and the Neo4j server. Both must
 * pass tests/contract. Inputs are `unknown` on purpose: the store validates them against the
 * schema (graph-schema/model/validate) inside its own transaction, so every caller — IPC,
 * CLI, importers — gets the same rules and the same VALIDATION errors naming the field.
 * Every write is all-or-nothing.
 */
export interface GraphStore {
  readonly kind: StoreKind;
  /** A case file path, or server URI and database. */
  readonly location: string;
  /** What the user calls it: the case file name without extension, or the database name. */
  readonly name: string;
  readonly schemaVersion: number;
  /** Every write is refused with FORBIDDEN (a read-only server connection, a case another window holds). */
  readonly readOnly: boolean;
  /** Why a store that is normally writable was opened read-only, in words; absent otherwise. */
  readonly readOnlyReason?: string;
  /** The case's saved charts, kept in the same file or database as the data. */
  readonly charts: ChartStore;
  /** Sources and citations (evidence), kept beside the records in the same file or database. */
  readonly sources: SourceStore;
  /** The case's saved pattern searches, and pattern runs (issue 14). */
  readonly patterns: PatternStore;

  counts(): Promise<StoreCounts>;

  getEntities(ids: readonly string[]): Promise<Entity[]>;
  getLinks(ids: readonly string[]): Promise<Link[]>;
  /** Links whose two ends are both among `ids`. */
  linksAmong(ids: readonly string[]): Promise<Link[]>;
  /** How many links each entity has in the whole store (unknown ids are left out): ranks a hub's neighbours. */
  degrees(ids: readonly string[]): Promise<Record<string, number>>;

  /**
   * Creates all or none. An input with an id that exists already is a CONFLICT. `reason`, on
   * this and the other writes: the analyst's why, entered in the case history where one is kept.
   */
  createEntities(inputs: readonly unknown[], reason?: string): Promise<Entity[]>;
  /**
   * `expectedUpdatedAt`: the version the caller edited; when the stored record is newer the
   * update is refused with CONFLICT naming the item (two analysts editing one entity).
   */
  updateEntity(id: string, patch: unknown, expectedUpdatedAt?: string, reason?: string): Promise<Entity>;
  /**
   * Deletes the entities and every link touching them, in one transaction, with their
   * citations. Unknown ids are ignored. Answers what went, citations included.
   */
  deleteEntities(ids: readonly string[], reason?: string): Promise<RemovedItems>;

  createLinks(inputs: readonly unknown[], reason?: string): Promise<Link[]>;
  updateLink(id: string, patch: unknown, expectedUpdatedAt?: string, reason?: string): Promise<Link>;
  deleteLinks(ids: readonly string[], reason?: string): Promise<RemovedItems>;

  /**
   * Puts back complete records exactly as given, audit fields included (undo of a delete,
   * lossless import). Validated like a create; an id that exists already is a CONFLICT. The
   * evidence a delete answered goes back in the same transaction, grades untouched.
   * `caseEvidence` (an import of a native JSON file): sources and citations put back as
   * restoreEvidence does, in the same transaction as the records, so a failure leaves neither.
   */
  restore(items: RemovedItems, caseEvidence?: Evidence): Promise<{ entities: number; links: number }>;

  /**
   * Creates entities and links in ONE transaction (an import): links may name entities
   * created in the same call or already stored. Inputs carry their ids. All or nothing.
   */
  createItems(items: { entities: readonly unknown[]; links: readonly unknown[] }): Promise<{
    entities: number;
    links: number;
  }>;

  /**
   * createItems for an import too large to hold: ONE transaction around every batch, written
   * as it arrives, so links may name entities of earlier batches. Any throw, the iterable's
   * own included (a cancel), rolls everything back. While it is open every other write on
   * this store is refused with CONFLICT; reads may run.
   */
  createItemsStream(batches: AsyncIterable<ItemsBatch>): Promise<{ entities: number; links: number }>;

  /**
   * createItemsStream for the import engine's own batches: records that went through
   * prepareEntity/prepareLink once already (the engine checked them against the schema and
   * the ends' types it read), so the store only stamps the audit fields and checks what
   * needs the stored data: ids already taken (CONFLICT) and link ends that exist nowhere.
   * The same single transaction, the same refusal of other writes while it is open.
   */
  createPreparedStream(
    batches: AsyncIterable<PreparedBatch> | Iterable<PreparedBatch>,
  ): Promise<{ entities: number; links: number }>;

  /**
   * Inserts or replaces complete records by id, audit fields as given (publish merges a case
   * file into a server this way). Validated like restore; all or nothing.
   */
  putItems(items: Items): Promise<{ created: number; updated: number }>;

  /**
   * Small named JSON values kept with the data, in the same file or database: where a case
   * was taken offline from and the versions it took, saved charts. Undefined when absent.
   */
  readMeta(key: string): Promise<unknown>;
  writeMeta(key: string, value: unknown): Promise<void>;

  /** Cancels the queries running now; answers how many. A store whose queries cannot run long answers 0. */
  cancelRunning(): Promise<number>;

  search(request: SearchRequest): Promise<SearchResult>;
  expand(request: ExpandRequest): Promise<ExpandResult>;
  /** Several paths (shortest, all shortest, k shortest, all simple) under the analysis filters. */
  findPaths(request: PathsRequest): Promise<PathsResult>;
  /** The shortest paths between every pair of a selection, merged (i2's connecting network). */
  connect(request: ConnectRequest): Promise<ConnectResult>;
  /** Entities linked to all, or at least minShared, of a selection. */
  commonNeighbours(request: CommonNeighboursRequest): Promise<CommonNeighboursResult>;

  /** Every entity, then every link, in batches: export without holding the case in memory. */
  scanEntities(batchSize?: number): AsyncIterable<Entity[]>;
  scanLinks(batchSize?: number): AsyncIterable<Link[]>;

  /** The history of every write, newest first, filtered (issue 12): a case file's or a server's. */
  listHistory(filter: HistoryFilter): Promise<{ entries: HistoryEntry[]; more: boolean }>;
  /** 'open': the seal, counts and last entry, cheap at any size; 'full': every entry and item. */
  verifyHistory(depth: 'open' | 'full'): Promise<HistoryCheck>;
  /**
   * A server's history taken as it is now (rebuilt or restored on purpose): what this profile
   * last saw there forgotten, then checked in full. A case file refuses (VALIDATION).
   */
  acceptHistory(): Promise<AcceptedHistory>;

  /**
   * The analyst name the following writes enter in the history beside the OS user (issue 12);
   * undefined for none. Optional: a store that keeps no history has nothing to enter it in.
   */
  setAnalyst?(name: string | undefined): void;

  close(): Promise<void>;
}

/** Who is writing, for the created/updated-by fields, and the clock (tests pin it). */
export interface WriterContext {
  actor: string;
  now?: () => Date;
  /** Set when this writer may not write (the case is held by another window): the reason, in words. */
  readOnlyReason?: string;
}
