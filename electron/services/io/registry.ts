import { basename, extname } from 'node:path';
import type { z } from 'zod';
import {
  DATA_FORMATS,
  DATA_FORMAT_TABLE,
  Mapping,
  SHARED_ENDINGS,
  type DataFormatName,
  type ImportPreview,
  type ImportReport,
  type ImportRequest,
  type ParsedMapping,
} from '../../../graph-schema/contract/io';
import { PlexusError } from '../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { GraphStore } from '../store/graph-store';
import { checkFileSize, importLimits, runImport, type EngineProgress, type ImportLimits } from './engine';
import { readHead, sniffDelimited, sniffJson } from './engine/sniff';
import { ensureFolderFor } from './export-folder';
import { ftmExporter, ftmImporter, stixExporter, stixImporter } from './formats/intel';
import {
  csvExporter,
  tsvExporter,
  csvImporter,
  suggestMapping,
  tsvImporter,
  xlsxExporter,
  xlsxImporter,
} from './formats/tabular';
import {
  anxExporter,
  anxImporter,
  gexfExporter,
  gexfImporter,
  graphmlExporter,
  graphmlImporter,
} from './formats/xml';
import { countNativeJson, exportNativeJson, importNativeJson } from './native-json';
import type { Exporter, ImportRecord, Importer, ReadMapping, WriteOptions } from './types';

/**
 * Every format Plexus reads and writes, found by name or by looking at a file. The native
 * JSON format is not read record by record: it is the lossless form of a case and goes back
 * in whole, ids and audit fields kept (native-json.ts); every other format goes through the
 * import engine.
 */

type EngineFormat = Exclude<DataFormatName, 'json'>;

const IMPORTERS: Record<EngineFormat, Importer> = {
  csv: csvImporter,
  tsv: tsvImporter,
  xlsx: xlsxImporter,
  graphml: graphmlImporter,
  gexf: gexfImporter,
  anx: anxImporter,
  ftm: ftmImporter,
  stix: stixImporter,
};

const nativeJsonExporter: Exporter = {
  format: 'json',
  write: async (store, path) => {
    const { entities, links } = await exportNativeJson(store, path);
    return { files: [path], entities, links };
  },
};

const EXPORTERS: Partial<Record<DataFormatName, Exporter>> = {
  json: nativeJsonExporter,
  csv: csvExporter,
  tsv: tsvExporter,
  xlsx: xlsxExporter,
  graphml: graphmlExporter,
  gexf: gexfExporter,
  anx: anxExporter,
  ftm: ftmExporter,
  stix: stixExporter,
};

/** Rows the wizard's preview shows. */
export const PREVIEW_ROWS = 20;

/** The reader of a format; undefined for 'json', which native-json.ts restores whole. */
export function importerFor(format: DataFormatName): Importer | undefined {
  return format === 'json' ? undefined : IMPORTERS[format];
}

export function exporterFor(format: DataFormatName): Exporter | undefined {
  return EXPORTERS[format];
}

/**
 * Endings that name one format outright, longest first (".ftm.json" before ".json"), from the
 * contract's format table; endings several formats share (.json, .txt) need a look inside.
 */
const NAMED_ENDINGS: readonly [string, DataFormatName][] = DATA_FORMATS.flatMap((format) =>
  DATA_FORMAT_TABLE[format].endings
    .filter((ending) => !SHARED_ENDINGS.includes(ending))
    .map((ending): [string, DataFormatName] => [`.${ending}`, format]),
).sort((a, b) => b[0].length - a[0].length);

function byEnding(name: string): DataFormatName | undefined {
  return NAMED_ENDINGS.find(([ending]) => name.endsWith(ending))?.[1];
}

/** The format a file name alone names (an export's target), if any: .json is the native format here. */
export function formatByName(path: string): DataFormatName | undefined {
  const name = basename(path).toLowerCase();
  return byEnding(name) ?? (extname(name) === '.json' ? 'json' : undefined);
}

/** Whether a file's name alone says Plexus can read it (what the import wizard lists). */
export function looksImportable(path: string): boolean {
  return formatByName(path) !== undefined || extname(path).toLowerCase() === '.txt';
}

/** The file name first, then its first bytes; VALIDATION naming the file when neither tells. */
export async function detectFormat(path: string): Promise<DataFormatName> {
  const name = basename(path).toLowerCase();
  const named = byEnding(name);
  if (named) return named;
  const head = await readHead(path);
  if (extname(name) === '.txt') return sniffDelimited(head);
  const json = sniffJson(head);
  if (json) return json;
  const sniffed = Object.values(IMPORTERS).find((importer) => safeSniff(importer, head));
  if (sniffed) return sniffed.format;
  const message = `${basename(path)}: cannot tell the file's format; choose one (${Object.keys(IMPORTERS).join(', ')} or json)`;
  throw new PlexusError('VALIDATION', message, [{ file: path, field: 'format', rule: 'detect', message }]);
}

/** A sniffer that throws on odd bytes has simply not recognised the file. */
function safeSniff(importer: Importer, head: Buffer): boolean {
  try {
    return importer.sniff(head);
  } catch {
    return false;
  }
}

/** A parsed request; the grading may be left to the default (tests, scripts). */
export type ImportFileRequest = Omit<z.output<typeof ImportRequest>, 'grading'> & {
  grading?: z.output<typeof ImportRequest>['grading'];
};

export interface ImportHooks {
  /** The schema in force, loaded once by the app's services (or the CLI) and handed to the importer. */
  schema: SchemaIndex;
  signal?: AbortSignal;
  onProgress?: (progress: EngineProgress) => void;
  limits?: Partial<ImportLimits>;
}

function mappingRequired(format: DataFormatName, mapping: ParsedMapping | undefined): void {
  if (DATA_FORMAT_TABLE[format].needsMapping && !mapping) {
    const message = `a mapping is required for ${format}: choose columns in the import wizard or pass --mapping`;
    throw new PlexusError('VALIDATION', message, [{ field: 'mapping', rule: 'required', message }]);
  }
}

/** Starts the importer only when the engine first asks, so the size check comes before any read. */
async function* lazily(read: () => AsyncIterable<ImportRecord>): AsyncIterable<ImportRecord> {
  yield* read();
}

/** Reads a file into the store in one transaction (or not at all, on a dry run). */
export async function importFile(
  store: GraphStore,
  request: ImportFileRequest,
  hooks: ImportHooks,
): Promise<ImportReport> {
  const { path, match, dryRun, mapping, grading } = request;
  const format = request.format ?? (await detectFormat(path));
  if (format === 'json') return importJson(store, path, dryRun, hooks);
  mappingRequired(format, mapping);
  const importer = IMPORTERS[format];
  let rows = 0;
  const notices: string[] = [];
  const records = lazily(() =>
    importer.read(path, {
      schema: hooks.schema,
      ...(mapping ? { mapping } : {}),
      ...(hooks.signal ? { signal: hooks.signal } : {}),
      onRows: (n) => {
        rows = n;
      },
      notice: ({ message }) => notices.push(message),
    }),
  );
  const report = await runImport(store, records, {
    format,
    file: path,
    schema: hooks.schema,
    match,
    grading,
    dryRun,
    rowsRead: () => rows,
    ...(hooks.signal ? { signal: hooks.signal } : {}),
    ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    ...(hooks.limits ? { limits: hooks.limits } : {}),
  });
  return notices.length > 0 ? { ...report, notices } : report;
}

/** The native format keeps ids, so the match rule does not apply: a record is new, the same, or a conflict. */
async function importJson(
  store: GraphStore,
  path: string,
  dryRun: boolean,
  hooks: ImportHooks,
): Promise<ImportReport> {
  await checkFileSize(path, importLimits(hooks.limits).maxFileSize);
  hooks.onProgress?.({ phase: 'reading', rowsRead: 0 });
  if (hooks.signal?.aborted)
    throw new PlexusError('CANCELLED', `${basename(path)}: import cancelled; the case is unchanged`);
  const result = await importNativeJson(store, path, { dryRun });
  const rowsRead = result.entities + result.links + result.skipped;
  hooks.onProgress?.({ phase: 'writing', rowsRead });
  return {
    format: 'json',
    dryRun,
    rowsRead,
    created: { entities: result.entities, links: result.links },
    merged: result.skipped,
    rejected: [],
    rejectedTotal: 0,
    ...(result.evidence ? { evidence: result.evidence } : {}),
  };
}

/**
 * Writes the whole store; answers every file written. The schema in force comes from the
 * caller, loaded once, as for imports (type labels, i2 names, property kinds).
 */
export async function exportFile(
  store: GraphStore,
  path: string,
  format: DataFormatName,
  options: WriteOptions,
): Promise<{ files: string[]; entities: number; links: number }> {
  const exporter = exporterFor(format);
  if (!exporter) {
    const formats = Object.keys(EXPORTERS).join(', ');
    const message = `no export to ${format}; Plexus writes ${formats}`;
    throw new PlexusError('VALIDATION', message, [{ field: 'format', rule: 'unsupported', message }]);
  }
  await ensureFolderFor(path);
  return exporter.write(store, path, options);
}

/**
 * The wizard's first look: rows, each column's values and a suggested mapping for tables,
 * counts for the rest. Only the mapping's shape and read options are read.
 */
export async function previewFile(
  schema: SchemaIndex,
  path: string,
  format?: DataFormatName,
  mapping?: ReadMapping,
): Promise<ImportPreview> {
  const chosen = format ?? (await detectFormat(path));
  await checkFileSize(path, importLimits().maxFileSize);
  const empty = {
    format: chosen,
    sheets: [],
    columns: [],
    rows: [],
    values: [],
    scannedRows: 0,
    formulaCells: 0,
    counts: null,
    suggested: null,
  };
  if (chosen === 'json') return { ...empty, counts: await countNativeJson(path) };
  const importer = IMPORTERS[chosen];
  if (importer.preview) {
    const table = await importer.preview(path, mapping, PREVIEW_ROWS);
    // Parsed so the wizard starts from a complete mapping (defaults filled); a guess that does not parse is no guess.
    const suggested = Mapping.safeParse(suggestMapping(table.columns));
    return { ...empty, ...table, suggested: suggested.success ? suggested.data : null };
  }
  const keys = new Set<string>();
  let links = 0;
  for await (const record of importer.read(path, { schema })) {
    if (record.kind === 'entity') keys.add(record.key);
    else if (record.kind === 'link') links += 1;
  }
  return { ...empty, counts: { entities: keys.size, links } };
}
