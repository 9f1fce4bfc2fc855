import { z } from 'zod';

/**
 * Import and export formats, the column mapping for tabular files, and what an import reports.
 * One importer/exporter per format lives in electron/services/io/formats.
 */

export const DATA_FORMATS = ['json', 'csv', 'tsv', 'xlsx', 'graphml', 'gexf', 'ftm', 'anx', 'stix'] as const;
export const DataFormatName = z.enum(DATA_FORMATS);
export type DataFormatName = z.infer<typeof DataFormatName>;

/** Formats whose rows need a mapping to entity and link types (the wizard's mapping step). */
export const TABULAR_FORMATS: readonly DataFormatName[] = ['csv', 'tsv', 'xlsx'];

/** How a tabular file is laid out. */
export const TABLE_SHAPES = [
  'entities', // one row per entity
  'links', // one row per link, naming two entity keys already in the file or the case
  'link-rows', // one row per link with both ends described (A type, A, B type, B, link, ...)
  'matrix', // adjacency matrix: first row and column name the entities, a cell is a tie
  'edge-list', // headerless source,target[,weight,...] rows
] as const;
export const TableShape = z.enum(TABLE_SHAPES);
export type TableShape = z.infer<typeof TableShape>;

/** A value taken from a column, or fixed for every row. */
export const ColumnOrFixed = z.union([
  z.strictObject({ column: z.string().min(1) }),
  z.strictObject({ fixed: z.string().min(1) }),
]);
export type ColumnOrFixed = z.infer<typeof ColumnOrFixed>;

/**
 * One end of a link, or the entity of an entity row: where its key, label and type come from.
 * `key` defaults to the label column (names are the keys in most spreadsheets).
 */
export const EntityColumns = z.strictObject({
  type: ColumnOrFixed,
  label: z.string().min(1),
  key: z.string().min(1).optional(),
  aliases: z.string().min(1).optional(),
  /** Column -> field: `notes`, `validFrom`, `confidence`, ... or `props.<name>`. */
  fields: z.record(z.string(), z.string()).default({}),
});
export type EntityColumns = z.input<typeof EntityColumns>;

export const Mapping = z.strictObject({
  shape: TableShape,
  /** xlsx: the sheet to read; the first when absent. */
  sheet: z.string().optional(),
  /** The first row holds column names (edge lists have none). */
  header: z.boolean().default(true),
  delimiter: z.string().length(1).optional(),
  /** A declared or known encoding (utf-8, windows-1252, utf-16le...); detected when absent. */
  encoding: z.string().optional(),
  /** shape 'entities'. */
  entity: EntityColumns.optional(),
  /** shapes 'link-rows' (both ends described in the row). */
  source: EntityColumns.optional(),
  target: EntityColumns.optional(),
  /** shape 'links': the columns naming the two ends by key. */
  sourceKey: z.string().optional(),
  targetKey: z.string().optional(),
  /** shapes 'links', 'link-rows', 'matrix', 'edge-list': the link type and link fields. */
  link: z
    .strictObject({
      type: ColumnOrFixed,
      fields: z.record(z.string(), z.string()).default({}),
    })
    .optional(),
  /** shapes 'matrix' and 'edge-list': the entity type of every named entity. */
  entityType: z.string().optional(),
});
export type Mapping = z.input<typeof Mapping>;
export type ParsedMapping = z.output<typeof Mapping>;

/** How imported entities meet the case's existing ones. */
export const MATCH_RULES = ['identifier', 'label', 'never'] as const;
export const MatchRule = z.enum(MATCH_RULES);
export type MatchRule = z.infer<typeof MatchRule>;

/** Where in a file something was found: a line for text formats, an element for XML. */
export const SourcePlace = z.strictObject({
  file: z.string(),
  line: z.number().int().optional(),
  element: z.string().optional(),
  field: z.string().optional(),
});
export type SourcePlace = z.infer<typeof SourcePlace>;

export const RejectedItem = z.strictObject({
  place: SourcePlace,
  message: z.string(),
});
export type RejectedItem = z.infer<typeof RejectedItem>;

export const ImportReport = z.strictObject({
  format: DataFormatName,
  dryRun: z.boolean(),
  rowsRead: z.number().int(),
  created: z.strictObject({ entities: z.number().int(), links: z.number().int() }),
  /** File entities matched to entities already in the case (by the match rule). */
  merged: z.number().int(),
  rejected: z.array(RejectedItem),
  /** More rejected items than the report lists. */
  rejectedTotal: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportRequest = z.strictObject({
  path: z.string().min(1).max(4096),
  /** Detected from the name and first bytes when absent. */
  format: DataFormatName.optional(),
  mapping: Mapping.optional(),
  match: MatchRule.default('identifier'),
  dryRun: z.boolean().default(false),
});
export type ImportRequest = z.input<typeof ImportRequest>;

export const ImportPreview = z.strictObject({
  format: DataFormatName,
  /** xlsx: every sheet's name. */
  sheets: z.array(z.string()),
  /** Tabular formats: the column names (or Column 1..n without a header) and the first rows. */
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Non-tabular formats: how many entities and links the file holds (a full read). */
  counts: z.strictObject({ entities: z.number().int(), links: z.number().int() }).nullable(),
  /** A mapping guessed from the column names, for the wizard to start from. */
  suggested: Mapping.nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const ImportProgress = z.strictObject({
  running: z.boolean(),
  rowsRead: z.number().int(),
  rowsPerSecond: z.number(),
  phase: z.enum(['idle', 'reading', 'writing', 'done', 'cancelled', 'failed']),
});
export type ImportProgress = z.infer<typeof ImportProgress>;
