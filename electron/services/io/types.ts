import type { z } from 'zod';
import type {
  DataFormatName,
  MappingDraft,
  ParsedMapping,
  RejectReason,
  SourcePlace,
} from '../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { ItemKind } from '../../../graph-schema/model/sources';
import type { GraphStore } from '../store/graph-store';

/**
 * What every importer yields, one record at a time, whatever the file looked like. Entities
 * carry the file's own key for them (a node id, an FtM id, a name in a spreadsheet): links
 * name their ends by those keys, and the import engine turns keys into entity ids, matches
 * them against the case, validates every record against the schema and writes everything in
 * one transaction. Keys are exact: "Ali" and "ALI" are two entities unless the engine merges them.
 */
export type ImportRecord =
  | {
      kind: 'entity';
      key: string;
      /** An EntityInput without `id`: type, label, aliases, props and the common fields. */
      input: Record<string, unknown>;
      place: SourcePlace;
    }
  | {
      kind: 'link';
      sourceKey: string;
      targetKey: string;
      /** A LinkInput without `id`, `source` and `target`. */
      input: Record<string, unknown>;
      place: SourcePlace;
      /** The file's key for the link, given only when a citation names it (a STIX relationship id). */
      key?: string;
    }
  /**
   * A source the file describes (a STIX external reference, an FtM Document Plexus wrote),
   * named by the file's key for it. `id`: the Plexus id it had, when the file was a Plexus export.
   */
  | { kind: 'source'; key: string; input: ImportSource; place: SourcePlace }
  /** A citation of an item by a source, both named by their keys in the file. */
  | {
      kind: 'citation';
      itemKind: ItemKind;
      itemKey: string;
      sourceKey: string;
      input: ImportCitation;
      place: SourcePlace;
    }
  /** Something the importer could not turn into a record: reported, the import goes on. */
  | { kind: 'reject'; place: SourcePlace; message: string; reason?: RejectReason };

/** A source as a file gives it; the engine reuses a case source with its id, or its title, origin and date. */
export interface ImportSource {
  id?: string;
  title: string;
  origin: string;
  informationDate: string | null;
  file: { name: string; sha256: string; size: number } | null;
}

/** A citation's own part; its grade is checked by the engine (an unknown grade fails the import). */
export interface ImportCitation {
  field: string | null;
  reliability: string;
  credibility: string;
  note: string;
}

export interface ReadOptions {
  /**
   * The schema in force, loaded once by the app's services (or the CLI) and passed down:
   * importers read type names and property kinds from it, never from a copy of their own.
   */
  schema: SchemaIndex;
  /** Tabular formats: how columns become entities and links (required for them). */
  mapping?: ParsedMapping;
  /** Stops the read: the importer returns at its next record. */
  signal?: AbortSignal;
  /** Rows (or elements) read so far, for the progress bar. */
  onRows?: (rows: number) => void;
  /** How the file was read, when the analyst should know (a guessed encoding): goes in the report. */
  notice?: (notice: ReadNotice) => void;
}

export interface ReadNotice {
  message: string;
  /** The encoding a file that is not UTF-8 was read in, when nobody chose it: a guess. */
  guessedEncoding?: string;
}

/** How a table is read: its shape (for the header rule) and read options, from any mapping. */
export type ReadMapping = Pick<
  z.output<typeof MappingDraft>,
  'shape' | 'sheet' | 'header' | 'delimiter' | 'encoding'
>;

/** First rows of a tabular file, for the wizard's preview, and what more rows hold. */
export interface TablePreview {
  sheets: string[];
  columns: string[];
  rows: string[][];
  /** Distinct values per column over the scanned rows; [] for a column with too many. */
  values: string[][];
  scannedRows: number;
  formulaCells: number;
  /** Text files not in UTF-8: the encoding guessed for them (ReadNotice). */
  guessedEncoding?: string;
}

export interface Importer {
  readonly format: DataFormatName;
  /** File name endings this format uses, without the dot. */
  readonly extensions: readonly string[];
  /** Whether the first bytes look like this format (used when the ending is ambiguous or missing). */
  sniff(head: Buffer): boolean;
  read(path: string, options: ReadOptions): AsyncIterable<ImportRecord>;
  /** Tabular formats only. */
  preview?(path: string, mapping: ReadMapping | undefined, maxRows: number): Promise<TablePreview>;
}

/** What every export is given: the schema in force, loaded once by the caller (as for reads). */
export interface WriteOptions {
  schema: SchemaIndex;
}

export interface Exporter {
  readonly format: DataFormatName;
  /** Writes the whole store; answers every file written (a CSV pair writes two). */
  write(
    store: GraphStore,
    path: string,
    options: WriteOptions,
  ): Promise<{ files: string[]; entities: number; links: number }>;
}

/** Limits that refuse a file before reading it whole, named in the message. */
export const IMPORT_LIMITS = {
  /** Bytes. */
  maxFileSize: 2 * 1024 ** 3,
  maxRows: 10_000_000,
  /** XML nesting depth (billion-laughs style files are refused long before this). */
  maxXmlDepth: 256,
  /** Bytes: what all the parts of a zipped file (an .xlsx workbook) may inflate to together. */
  maxExpandedSize: 4 * 1024 ** 3,
  /**
   * Inflated size over packed size, per part of a zipped file (parts under 1 MB excepted): a
   * zip bomb packs a thousandfold, and Apache POI draws its line for Office files at 100 too.
   */
  maxExpansionRatio: 100,
} as const;
