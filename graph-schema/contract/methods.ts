import { z } from 'zod';
import { Entity, EntityInput, EntityPatch, Id, Link, LinkInput, LinkPatch } from '../model/records';
import { ChosenExpandRequest, ExpandOrHub, ExpandSummary, ExpandUnlessHubRequest } from '../model/hubs';
import { ExpandResult, SearchRequest, SearchResult } from '../model/queries';
import { Schema } from '../model/schema';
import { RemovedItems } from '../model/sources';
import { CaseFile, CaseInfo, Passphrase, RecentCase } from './case';
import {
  DataFormatName,
  ImportPreview,
  ImportProgress,
  ImportReport,
  ImportRequest,
  Mapping,
  MappingDraft,
} from './io';
import { ConnectionInput, ConnectionTest, SaveConnectionRequest, SavedConnection } from './connections';
import { PublishRequest, PublishResult, TakeOfflineRequest, TakeOfflineResult } from './transfer';

import {
  CommonNeighboursRequest,
  CommonNeighboursResult,
  ConnectRequest,
  ConnectResult,
  PathsRequest,
  PathsResult,
} from './paths';
import { chartMethods } from './chart-methods';
import { historyMethods, WriteReason } from './history';
import { AnalystName, analystMethods } from './analyst';
import { sourceMethods } from './source-methods';
import { patternMethods } from './pattern-methods';
import { FilePath, graph, Ids, None, type MethodSpec } from './method-spec';

/**
 * The one API between the renderer and Node. Each method exists once, here (the chart
 * methods in chart-methods.ts); the IPC handler table, the preload bridge, browser mode's
 * HTTP transport and the renderer's typed client are all derived from this object.
 */
export const contract = {
  // ---- window sessions ----------------------------------------------------------------------
  openSession: {
    summary:
      "Start this window's session (its own open case, import and queries); `resume` takes back the session a reload left.",
    request: z.strictObject({
      resume: z.string().min(1).max(100).optional(),
      /** The analyst name set in this window's preferences, from the session's first write (setAnalyst). */
      analyst: AnalystName.optional(),
    }),
    response: z.strictObject({ id: z.string() }),
    errors: [],
    scope: 'app',
  },
  keepSession: {
    summary: 'Tell the server this window is still there, so its session and open case are kept.',
    request: None,
    response: z.strictObject({ kept: z.literal(true) }),
    errors: ['NO_SESSION'],
  },
  closeSession: {
    summary:
      "End this window's session and close its case; `soon` waits a few seconds for a reload to resume it.",
    request: z.strictObject({ soon: z.boolean().default(false) }),
    response: z.strictObject({ closed: z.boolean() }),
    errors: ['NO_SESSION'],
  },
  getSchema: {
    summary: 'The entity and link types in force, with their properties, icons and colours.',
    request: None,
    response: Schema,
    errors: [],
    scope: 'app',
  },
  createCase: {
    summary:
      'Create a case file and open it, encrypted when a passphrase is given. A bare name lands in the cases folder.',
    request: z.strictObject({ path: FilePath, passphrase: Passphrase.optional() }),
    response: CaseInfo,
    errors: ['CONFLICT', 'IO'],
  },
  openCase: {
    summary: 'Open a case file, migrating an older one; an encrypted one needs its passphrase.',
    request: z.strictObject({ path: FilePath, passphrase: Passphrase.optional() }),
    response: CaseInfo,
    errors: [
      'NOT_FOUND',
      'NOT_A_CASE',
      'CASE_TOO_NEW',
      'CASE_CORRUPT',
      'PASSPHRASE_REQUIRED',
      'WRONG_PASSPHRASE',
      'IO',
    ],
  },
  encryptCase: {
    summary: 'Encrypt the open case file with a passphrase (rewritten on a copy, then swapped in).',
    request: z.strictObject({ passphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'CONFLICT', 'IO'],
  },
  decryptCase: {
    summary: 'Decrypt the open case file, given its passphrase.',
    request: z.strictObject({ passphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'WRONG_PASSPHRASE', 'CONFLICT', 'IO'],
  },
  changeCasePassphrase: {
    summary: "Change the open case file's passphrase, given the current one.",
    request: z.strictObject({ passphrase: Passphrase, newPassphrase: Passphrase }),
    response: CaseInfo,
    errors: ['NO_CASE_OPEN', 'VALIDATION', 'FORBIDDEN', 'WRONG_PASSPHRASE', 'CONFLICT', 'IO'],
  },
  openDemoCase: {
    summary: 'Open the fictional demo case, generating it on first use.',
    request: None,
    response: CaseInfo,
    errors: ['IO'],
  },
  closeCase: {
    summary: 'Close the open case, if any.',
    request: None,
    response: z.strictObject({ closed: z.boolean() }),
    errors: [],
  },
  getCaseInfo: {
    summary: 'The open case with its counts, or null.',
    request: None,
    response: CaseInfo.nullable(),
    errors: [],
  },
  listRecentCases: {
    summary: 'Recently opened cases, newest first.',
    request: None,
    response: z.array(RecentCase),
    errors: [],
    scope: 'app',
  },
  listCaseFiles: {
    summary: 'Case files in the cases folder.',
    request: None,
    response: z.strictObject({ dir: z.string(), files: z.array(CaseFile) }),
    errors: ['IO'],
    scope: 'app',
  },
  listImportFiles: {
    summary: 'Data files in the cases folder that Plexus can import (by their ending).',
    request: None,
    response: z.strictObject({ dir: z.string(), files: z.array(CaseFile) }),
    errors: ['IO'],
    scope: 'app',
  },
  getEntities: {
    summary: 'Entities by id; unknown ids are left out.',
    request: Ids,
    response: z.array(Entity),
    errors: graph,
  },
  getLinks: {
    summary: 'Links by id; unknown ids are left out.',
    request: Ids,
    response: z.array(Link),
    errors: graph,
  },
  linksAmong: {
    summary: 'Every link whose two ends are both among the given entities.',
    request: Ids,
    response: z.array(Link),
    errors: graph,
  },
  createEntity: {
    summary: 'Create an entity.',
    request: z.strictObject({ entity: EntityInput, reason: WriteReason }),
    response: Entity,
    errors: [...graph, 'CONFLICT'],
  },
  updateEntity: {
    summary: 'Change fields of an entity.',
    /** expectedUpdatedAt: the version edited; a newer stored one is a CONFLICT, never overwritten. */
    request: z.strictObject({
      id: Id,
      patch: EntityPatch,
      expectedUpdatedAt: z.string().optional(),
      reason: WriteReason,
    }),
    response: Entity,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT'],
  },
  deleteEntities: {
    summary:
      'Delete entities and, in the same transaction, their links. Returns what was removed, with its citations.',
    request: Ids.extend({ reason: WriteReason }),
    response: RemovedItems,
    errors: graph,
  },
  createLink: {
    summary: 'Create a link between two entities the schema allows it between.',
    request: z.strictObject({ link: LinkInput, reason: WriteReason }),
    response: Link,
    errors: [...graph, 'CONFLICT'],
  },
  updateLink: {
    summary: 'Change fields of a link.',
    request: z.strictObject({
      id: Id,
      patch: LinkPatch,
      expectedUpdatedAt: z.string().optional(),
      reason: WriteReason,
    }),
    response: Link,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT'],
  },
  deleteLinks: {
    summary: 'Delete links. Returns what was removed, with its citations.',
    request: Ids.extend({ reason: WriteReason }),
    response: RemovedItems,
    errors: graph,
  },
  restoreItems: {
    summary: 'Put back entities and links exactly as they were, with their citations (undo of a delete).',
    request: RemovedItems,
    response: z.strictObject({ entities: z.number().int(), links: z.number().int() }),
    errors: [...graph, 'CONFLICT'],
  },
  search: {
    summary: 'Ranked full-text search over labels, aliases and identifiers.',
    request: SearchRequest,
    response: SearchResult,
    errors: graph,
  },
  expand: {
    summary:
      'Neighbours of one or many entities, up to 3 hops, with filters, a limit, a time window and nearest or most linked first.',
    request: ChosenExpandRequest,
    response: ExpandResult,
    errors: graph,
  },
  summarizeExpand: {
    summary: 'What an expansion would add, counted by entity type, link type and time, before adding it.',
    request: ChosenExpandRequest,
    response: ExpandSummary,
    errors: graph,
  },
  expandUnlessHub: {
    summary:
      'Expand, in one store round, unless it reaches more than hubThreshold entities: then only what it would add is counted, nothing added.',
    request: ExpandUnlessHubRequest,
    response: ExpandOrHub,
    errors: graph,
  },
  findPaths: {
    summary:
      'Paths between two entities (shortest, all shortest, k shortest, all simple up to n hops) under link type, direction, confidence, grade and time filters.',
    request: PathsRequest,
    response: PathsResult,
    errors: [...graph, 'NOT_FOUND'],
  },
  connect: {
    summary: "The shortest paths between every pair of a selection, merged (i2's connecting network).",
    request: ConnectRequest,
    response: ConnectResult,
    errors: [...graph, 'NOT_FOUND'],
  },
  commonNeighbours: {
    summary: 'Entities linked to all (or at least some) of a selection.',
    request: CommonNeighboursRequest,
    response: CommonNeighboursResult,
    errors: [...graph, 'NOT_FOUND'],
  },
  exportCase: {
    summary:
      'Write the whole case, or only the items on a chart, to a file in a data format (csv writes an entity and a link file).',
    request: z.strictObject({
      path: FilePath,
      format: DataFormatName,
      /** A chart's items: only these are written (links only when both ends are listed). */
      only: z
        .strictObject({ entities: z.array(Id).max(100_000), links: z.array(Id).max(500_000) })
        .optional(),
    }),
    response: z.strictObject({
      /** Every file written: one, or the entity and link files of a CSV pair. */
      files: z.array(z.string()),
      entities: z.number().int(),
      links: z.number().int(),
    }),
    errors: [...graph, 'IO'],
  },
  previewImport: {
    summary: "Detect a file's format and show its first rows (or counts), with a suggested mapping.",
    request: z.strictObject({
      path: FilePath,
      format: DataFormatName.optional(),
      /** Only its shape and read options (sheet, header, delimiter, encoding) are read. */
      mapping: MappingDraft.optional(),
    }),
    response: ImportPreview,
    errors: ['NOT_FOUND', 'IO'],
  },
  importCase: {
    summary: 'Read a data file into the open case in one transaction; a dry run reports and writes nothing.',
    request: ImportRequest,
    response: ImportReport,
    errors: [...graph, 'NOT_FOUND', 'CONFLICT', 'CANCELLED', 'FORBIDDEN', 'IO'],
  },
  importProgress: {
    summary: 'How far the running import is: rows read and rows per second.',
    request: None,
    response: ImportProgress,
    errors: [],
  },
  cancelImport: {
    summary: 'Cancel the running import; the case stays exactly as it was.',
    request: None,
    response: z.strictObject({ cancelled: z.boolean() }),
    errors: [],
  },
  saveMapping: {
    summary: 'Save a column mapping as a reusable template file (for the wizard and the CLI).',
    request: z.strictObject({ path: FilePath, mapping: Mapping }),
    response: z.strictObject({ path: z.string() }),
    errors: ['IO'],
  },
  loadMapping: {
    summary: 'Read a mapping template file.',
    request: z.strictObject({ path: FilePath }),
    response: Mapping,
    errors: ['NOT_FOUND', 'IO'],
  },
  listConnections: {
    summary: 'Saved Neo4j server connections (never their passwords).',
    request: None,
    response: z.array(SavedConnection),
    errors: ['IO'],
    scope: 'app',
  },
  saveConnection: {
    summary: 'Add or change a saved connection; the password goes to the OS keychain.',
    request: SaveConnectionRequest,
    response: SavedConnection,
    errors: ['NOT_FOUND', 'IO'],
    scope: 'app',
  },
  deleteConnection: {
    summary: 'Forget a saved connection and its password.',
    request: z.strictObject({ id: z.string().min(1) }),
    response: z.strictObject({ deleted: z.boolean() }),
    errors: ['IO'],
    scope: 'app',
  },
  testConnection: {
    summary: "Reach a server: its version and edition, and whether the database holds Plexus's schema.",
    request: z.strictObject({
      connection: ConnectionInput,
      /** A saved connection being edited: an empty password means "use the stored one". */
      id: z.string().min(1).optional(),
    }),
    response: ConnectionTest,
    errors: ['CONNECTION', 'AUTH', 'NOT_FOUND', 'FORBIDDEN', 'TIMEOUT'],
    scope: 'app',
  },
  openConnection: {
    summary:
      'Open a saved connection as the current store. SCHEMA_REQUIRED until the user consents (prepareSchema).',
    request: z.strictObject({
      id: z.string().min(1),
      /** Used instead of the stored one, and not kept. */
      password: z.string().max(1000).optional(),
      /** The user consented: create constraints, indexes and the version node, or migrate. */
      prepareSchema: z.boolean().default(false),
    }),
    response: CaseInfo,
    errors: ['NOT_FOUND', 'CONNECTION', 'AUTH', 'FORBIDDEN', 'SCHEMA_REQUIRED', 'CASE_TOO_NEW', 'TIMEOUT'],
  },
  cancelQueries: {
    summary: 'Cancel the queries running against the current store.',
    request: None,
    response: z.strictObject({ cancelled: z.number().int() }),
    errors: [],
  },
  takeOffline: {
    summary: 'Copy the given entities and their neighbourhood, with all fields, into a new case file.',
    request: TakeOfflineRequest,
    response: TakeOfflineResult,
    errors: [...graph, 'CONFLICT', 'IO'],
  },
  publishCase: {
    summary: 'Merge a case file into the current store by id; conflicts are listed, never overwritten.',
    request: PublishRequest,
    response: PublishResult,
    errors: [...graph, 'NOT_FOUND', 'NOT_A_CASE', 'FORBIDDEN', 'IO'],
  },

  ...chartMethods,
  ...historyMethods,
  ...analystMethods,
  ...sourceMethods,
  ...patternMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** What a caller sends (defaults may be left out). */
export type Request<M extends MethodName> = z.input<Contract[M]['request']>;
/** What a handler receives after validation (defaults filled in). */
export type ParsedRequest<M extends MethodName> = z.output<Contract[M]['request']>;
export type Response<M extends MethodName> = z.output<Contract[M]['response']>;

/** The renderer's view of the API: one async function per method. */
export type PlexusApi = { [M in MethodName]: (request: Request<M>) => Promise<Response<M>> };

/** Methods that need no window session (see MethodSpec.scope). */
export type AppMethodName = {
  [M in MethodName]: Contract[M] extends { scope: 'app' } ? M : never;
}[MethodName];
export type SessionMethodName = Exclude<MethodName, AppMethodName>;

export function isAppMethod(method: MethodName): method is AppMethodName {
  return (contract[method] as MethodSpec).scope === 'app';
}

export function isMethodName(value: string): value is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, value);
}
