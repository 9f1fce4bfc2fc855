import { z } from 'zod';
import { Classification, Confidence, Credibility, Reliability } from '../model/grading';
import { Reason } from '../model/errors';
import { DEFAULT_GRADING } from '../model/records';

/**
 * Import and export formats, the column mapping for tabular files, and what an import reports.
 * One importer/exporter per format lives in electron/services/io/formats.
 */

export const DATA_FORMATS = ['json', 'csv', 'tsv', 'xlsx', 'graphml', 'gexf', 'ftm', 'anx', 'stix'] as const;
export const DataFormatName = z.enum(DATA_FORMATS);
export type DataFormatName = z.infer<typeof DataFormatName>;

/** What Plexus knows of one format: the one table the server, the CLI and the wizard read. */
export interface DataFormatInfo {
  /** What analysts call it. */
  label: string;
  /**
   * File name endings, without the leading dot, the usual one first (an export's default).
   * Endings shared with other formats (json, txt) are looked inside before deciding.
   */
  endings: readonly string[];
  reads: boolean;
  writes: boolean;
  /** Its rows need a mapping to entity and link types (the wizard's mapping step, --mapping). */
  needsMapping: boolean;
}

export const DATA_FORMAT_TABLE: Readonly<Record<DataFormatName, DataFormatInfo>> = {
  json: {
    label: 'Plexus JSON (lossless)',
    endings: ['json'],
    reads: true,
    writes: true,
    needsMapping: false,
  },
  csv: { label: 'CSV', endings: ['csv', 'txt'], reads: true, writes: true, needsMapping: true },
  tsv: {
    label: 'TSV (tab-separated)',
    endings: ['tsv', 'tab'],
    reads: true,
    writes: true,
    needsMapping: true,
  },
  xlsx: { label: 'Excel workbook (.xlsx)', endings: ['xlsx'], reads: true, writes: true, needsMapping: true },
  graphml: {
    label: 'GraphML (yEd, Gephi)',
    endings: ['graphml'],
    reads: true,
    writes: true,
    needsMapping: false,
  },
  gexf: { label: 'GEXF (Gephi)', endings: ['gexf'], reads: true, writes: true, needsMapping: false },
  ftm: {
    label: 'FollowTheMoney entities (JSON lines)',
    endings: ['ftm.json', 'jsonl', 'ijson', 'ndjson'],
    reads: true,
    writes: true,
    needsMapping: false,
  },
  anx: {
    label: 'i2 Analyst’s Notebook (ANX)',
    endings: ['anx'],
    reads: true,
    writes: true,
    needsMapping: false,
  },
  stix: { label: 'STIX 2.1 bundle', endings: ['stix.json'], reads: true, writes: true, needsMapping: false },
};

/** Endings more than one format uses: the file's first bytes decide. */
export const SHARED_ENDINGS: readonly string[] = ['json', 'txt'];

/** Formats whose rows need a mapping to entity and link types (the wizard's mapping step). */
export const TABULAR_FORMATS: readonly DataFormatName[] = DATA_FORMATS.filter(
  (f) => DATA_FORMAT_TABLE[f].needsMapping,
);

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

/**
 * A type read from a column, per row. `values` maps the column's words to type names as the
 * analyst chose them ("Ownership" -> OWNS); a word not listed is matched by name ("owns",
 * "Owns"); a word nothing matches takes `fallback` (entities: the analyst's default type) or,
 * for links, the generic LINKED_TO. The word itself is kept on the item either way.
 */
export const TypeColumn = z.strictObject({
  column: z.string().min(1),
  values: z.record(z.string(), z.string().min(1)).optional(),
  fallback: z.string().min(1).optional(),
});
export type TypeColumn = z.infer<typeof TypeColumn>;
export const FixedType = z.strictObject({ fixed: z.string().min(1) });

/** A type taken from a column, or fixed for every row. */
export const ColumnOrFixed = z.union([TypeColumn, FixedType]);
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

/** The link type and the columns that feed link fields. */
export const LinkColumns = z.strictObject({
  type: ColumnOrFixed,
  fields: z.record(z.string(), z.string()).default({}),
});
export type LinkColumns = z.input<typeof LinkColumns>;

/** How the file is read, whatever its shape. */
const readOptions = {
  /** xlsx: the sheet to read; the first when absent. */
  sheet: z.string().optional(),
  /** The first row holds column names (edge lists have none; a matrix always has one). */
  header: z.boolean().default(true),
  delimiter: z.string().length(1).optional(),
  /** A declared or known encoding (utf-8, windows-1252, utf-16le...); detected when absent. */
  encoding: z.string().optional(),
};

/**
 * The column mapping of a tabular file, one form per shape, each naming exactly the parts
 * that shape reads: the wizard, the CLI's templates and the importers agree by construction.
 */
export const Mapping = z.discriminatedUnion('shape', [
  z.strictObject({ shape: z.literal('entities'), ...readOptions, entity: EntityColumns }),
  z.strictObject({
    shape: z.literal('links'),
    ...readOptions,
    /** The columns naming the two ends by key. */
    sourceKey: z.string().min(1),
    targetKey: z.string().min(1),
    link: LinkColumns,
  }),
  z.strictObject({
    shape: z.literal('link-rows'),
    ...readOptions,
    source: EntityColumns,
    target: EntityColumns,
    link: LinkColumns,
  }),
  z.strictObject({
    shape: z.literal('matrix'),
    ...readOptions,
    /** The entity type of every named entity. */
    entityType: z.string().min(1),
    /** A cell is a tie of one type: no column holds it. */
    link: z.strictObject({ type: FixedType, fields: z.record(z.string(), z.string()).default({}) }),
  }),
  z.strictObject({
    shape: z.literal('edge-list'),
    ...readOptions,
    entityType: z.string().min(1),
    /** The columns of the two ends (Column 1 and Column 2 when absent), or both ends described. */
    sourceKey: z.string().min(1).optional(),
    targetKey: z.string().min(1).optional(),
    source: EntityColumns.optional(),
    target: EntityColumns.optional(),
    link: LinkColumns,
  }),
]);
export type Mapping = z.input<typeof Mapping>;
export type ParsedMapping = z.output<typeof Mapping>;

/**
 * A mapping with the parts of any shape, none required: what the wizard edits, what a
 * preview's read options ride on, and how Plexus before the per-shape Mapping saved templates.
 * `toMapping` keeps the parts its shape reads and checks them.
 */
export const MappingDraft = z.object({
  shape: TableShape,
  ...readOptions,
  entity: EntityColumns.optional(),
  source: EntityColumns.optional(),
  target: EntityColumns.optional(),
  sourceKey: z.string().optional(),
  targetKey: z.string().optional(),
  link: LinkColumns.optional(),
  entityType: z.string().optional(),
});
export type MappingDraft = z.input<typeof MappingDraft>;

const SHAPE_PARTS: Record<TableShape, readonly (keyof MappingDraft)[]> = {
  entities: ['entity'],
  links: ['sourceKey', 'targetKey', 'link'],
  'link-rows': ['source', 'target', 'link'],
  matrix: ['entityType', 'link'],
  'edge-list': ['entityType', 'sourceKey', 'targetKey', 'source', 'target', 'link'],
};
const READ_PARTS = ['sheet', 'header', 'delimiter', 'encoding'] as const;

/** The parts of a draft its shape reads, empty text left out: the input `Mapping` checks. */
export function shapeParts(draft: MappingDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { shape: draft.shape };
  for (const key of [...READ_PARTS, ...SHAPE_PARTS[draft.shape]]) {
    const value = draft[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  // A matrix's link is one fixed type and no fields: a column there reads nothing.
  if (draft.shape === 'matrix' && draft.link) {
    out.link = { type: 'fixed' in draft.link.type ? draft.link.type : { fixed: '' }, fields: {} };
  }
  return out;
}

/**
 * A draft (or a template saved in the old flat form) as the Mapping of its shape: parts of
 * other shapes dropped, the rest checked. Answers zod's result so callers name bad fields.
 */
export function toMapping(draft: unknown) {
  const loose = MappingDraft.safeParse(draft);
  return Mapping.safeParse(loose.success ? shapeParts(loose.data) : draft);
}

/** The confidence and source grading an import gives every item the file does not grade itself. */
export const ImportGrading = z.strictObject({
  confidence: Confidence,
  reliability: Reliability,
  credibility: Credibility,
  classification: Classification,
});
export type ImportGrading = z.infer<typeof ImportGrading>;

/** What the wizard and the CLI show before the analyst changes it: nothing judged yet. */
export const DEFAULT_IMPORT_GRADING: ImportGrading = { ...DEFAULT_GRADING };

/** Distinct values listed per column in a preview, and the rows read to find them. */
export const PREVIEW_MAX_VALUES = 200;
export const PREVIEW_VALUE_ROWS = 5_000;

/** A cell that is a number or a phone number however written: +81 3 1234 5678, -3.5, (0)20 7946. */
const NUMBER_LIKE = /^[+-]?[\d\s().,/-]*\d[\d\s().,/-]*$/u;

/**
 * Whether a spreadsheet would run a cell as a formula when the file is opened or exported
 * again. The rule: a cell starting with `=` (more than the sign alone); with `+` or `-`, unless
 * the whole cell is a number or a phone number (digits, spaces, . , ( ) / -); with `@` followed
 * by a call (`@SUM(`), not a handle or a mention like "@ali". Leading spaces are ignored, as
 * spreadsheets ignore them.
 */
export function looksLikeFormula(cell: string): boolean {
  const text = cell.trimStart();
  const first = text.charAt(0);
  if (first === '=') return text.length > 1;
  if (first === '+' || first === '-') return text.length > 1 && !NUMBER_LIKE.test(text);
  if (first === '@') return /^@[\p{L}\w.]*\(/u.test(text);
  return false;
}

/** A line start (the cell's, or just after a CR or LF) before a character Excel runs as a formula. */
const FORMULA_LINE = /(^|[\r\n])(?=[=+\-@\t\r])/gu;
const NEUTRALISED_LINE = /(^|[\r\n])'(?=[=+\-@\t\r])/gu;

/**
 * The text of a cell we write to CSV, made inert: Excel runs a cell starting with = + - @ (or
 * tab or CR, which it strips first) as a formula, and shows one starting with an apostrophe as
 * text, hiding the apostrophe. Every line of the cell gets it: a tool that splits the cell at
 * its line breaks must not find a formula at the start of the second line.
 */
export function neutraliseFormula(value: string): string {
  return value.replace(FORMULA_LINE, "$1'");
}

/** What neutraliseFormula wrote, taken off again when our own CSV is read back. */
export function restoreFormula(value: string): string {
  return value.includes("'") ? value.replace(NEUTRALISED_LINE, '$1') : value;
}

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

/** One problem of a rejected record: its reason code and the field it is about (a path: props.share). */
export const RejectReason = Reason.extend({ field: z.string().optional() });
export type RejectReason = z.infer<typeof RejectReason>;

export const RejectedItem = z.strictObject({
  place: SourcePlace,
  /** Why, in English: what the CLI and the saved CSV print. */
  message: z.string(),
  /** Why, as codes the UI words in its language; absent when a reader knows no code for it. */
  reasons: z.array(RejectReason).optional(),
  /** The record's kind and type when known: the UI names a field by that type's label. */
  record: z.strictObject({ kind: z.enum(['entity', 'link']), type: z.string() }).optional(),
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
  /** Sources new to the case and citations the file carried (STIX, FtM); absent when none. */
  evidence: z.strictObject({ sources: z.number().int(), citations: z.number().int() }).optional(),
  /** How the file was read, when the analyst should know (a guessed encoding); absent when nothing. */
  notices: z.array(z.string()).optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportRequest = z.strictObject({
  path: z.string().min(1).max(4096),
  /** Detected from the name and first bytes when absent. */
  format: DataFormatName.optional(),
  mapping: Mapping.optional(),
  match: MatchRule.default('identifier'),
  /** Given to every item the file does not grade itself; the wizard and the CLI show it first. */
  grading: ImportGrading.default(DEFAULT_IMPORT_GRADING),
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
  /**
   * Tabular formats: the distinct values of each column (by its index) in the first rows read
   * (up to PREVIEW_VALUE_ROWS rows, PREVIEW_MAX_VALUES values a column), for mapping a
   * column's words to types. A column with more values than that is not listed.
   */
  values: z.array(z.array(z.string())).default([]),
  /** Rows those values were read from (the preview's rows and more). */
  scannedRows: z.number().int().default(0),
  /** Cells in the scanned rows that look like spreadsheet formulas (looksLikeFormula). */
  formulaCells: z.number().int().default(0),
  /**
   * CSV/TSV: the encoding a file that is not UTF-8 was read in, when the mapping names none:
   * a guess, shown so the analyst checks the names and picks the right one if it is wrong.
   */
  guessedEncoding: z.string().optional(),
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
