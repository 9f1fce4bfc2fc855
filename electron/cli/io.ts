import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import {
  DATA_FORMATS,
  DATA_FORMAT_TABLE,
  DEFAULT_IMPORT_GRADING,
  MATCH_RULES,
  neutraliseFormula,
  type DataFormatName,
  type ImportGrading,
  type ImportReport,
  type MatchRule,
  type RejectedItem,
} from '../../graph-schema/contract/io';
import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  Credibility,
  Reliability,
  type Classification,
  type Confidence,
} from '../../graph-schema/model/grading';
import { PlexusError } from '../../graph-schema/model/errors';
import type { EngineProgress } from '../services/io/engine';
import { loadMapping } from '../services/io/import-service';
import { exportFile, formatByName, importFile } from '../services/io/registry';
import { CASE_OPTION, withCase } from './open-case';
import { cliSchema } from './schema';
import { emit, plural, type OutputOptions } from './output';

interface ImportOptions extends OutputOptions {
  case: string;
  format?: DataFormatName;
  mapping?: string;
  match: MatchRule;
  confidence: Confidence;
  grading: string;
  classification: Classification;
  dryRun?: boolean;
  rejects?: string;
}

interface ExportOptions extends OutputOptions {
  case: string;
  format?: DataFormatName;
}

/** Rejected rows printed under the summary; --rejects writes them all. */
const SHOWN_REJECTS = 10;

const formatOption = (what: string, can: 'reads' | 'writes') =>
  new Option('--format <format>', `the data format (${what})`).choices(
    DATA_FORMATS.filter((f) => DATA_FORMAT_TABLE[f][can]),
  );

/** Formats whose rows need --mapping, from the contract's format table. */
const MAPPED_FORMATS = DATA_FORMATS.filter((f) => DATA_FORMAT_TABLE[f].needsMapping).join(', ');

const DEFAULT_ADMIRALTY = `${DEFAULT_IMPORT_GRADING.reliability}${DEFAULT_IMPORT_GRADING.credibility}`;

/** "B2" -> reliability B, credibility 2: the Admiralty code as analysts write it. */
function parseGrading(code: string): Pick<ImportGrading, 'reliability' | 'credibility'> {
  const text = code.trim().toUpperCase();
  const reliability = Reliability.safeParse(text.charAt(0));
  const credibility = Credibility.safeParse(text.slice(1));
  if (!reliability.success || !credibility.success) {
    const message = `--grading ${code}: write the source grading as a letter A-F and a digit 1-6, e.g. B2`;
    throw new PlexusError('VALIDATION', message, [{ field: 'grading', rule: 'format', message }]);
  }
  return { reliability: reliability.data, credibility: credibility.data };
}

function gradingOf(options: ImportOptions): ImportGrading {
  return {
    confidence: options.confidence,
    ...parseGrading(options.grading),
    classification: options.classification,
  };
}

/** Progress on a terminal only: piped stderr stays clean for scripts and logs. */
function progressReporter(): ((progress: EngineProgress) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return ({ phase, rowsRead }) =>
    process.stderr.write(
      `\r${phase === 'writing' ? 'Writing' : 'Reading'}: ${rowsRead.toLocaleString('en')} rows `,
    );
}

/** "people.csv line 4 (validTo)": where a rejected row was, the way an analyst looks it up. */
function placeText({ place }: RejectedItem): string {
  const at =
    place.line !== undefined ? ` line ${place.line}` : place.element !== undefined ? ` ${place.element}` : '';
  return `${basename(place.file)}${at}${place.field ? ` (${place.field})` : ''}`;
}

/**
 * An import that rejected everything it read "succeeded" with nothing in the case: a script
 * must see it fail (exit 1), with the first reason, after the report is printed.
 */
function nothingImported(report: ImportReport, file: string): PlexusError | undefined {
  const first = report.rejected[0];
  if (!first || report.created.entities + report.created.links + report.merged > 0) return undefined;
  const message = `${basename(file)}: nothing imported, every row was rejected (${report.rejectedTotal} rejected; first: ${placeText(first)}: ${first.message})`;
  return new PlexusError('VALIDATION', message, [{ file, message }]);
}

/** The listed rejected rows as CSV (file,line,element,field,message); the file appears only when complete. */
async function writeRejects(path: string, rejected: readonly RejectedItem[]): Promise<void> {
  const rows = rejected.map(({ place, message }) =>
    [place.file, place.line?.toString() ?? '', place.element ?? '', place.field ?? '', message].map(
      neutraliseFormula,
    ),
  );
  const text = stringify([['file', 'line', 'element', 'field', 'message'], ...rows]);
  const temporary = `${path}.${process.pid}.partial`;
  try {
    await writeFile(temporary, `\uFEFF${text}`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const reason = (error as Error).message;
    throw new PlexusError('IO', `${basename(path)}: cannot write the rejected rows (${reason})`, [
      { file: path, message: reason },
    ]);
  }
}

function summary(report: ImportReport, file: string, grading: ImportGrading): string[] {
  const made = `${plural(report.created.entities, 'entity', 'entities')} and ${plural(report.created.links, 'link')}`;
  const graded = `${grading.confidence}, ${grading.reliability}${grading.credibility}, ${grading.classification}`;
  const lines = [
    `${report.dryRun ? 'Dry run, nothing written: would import' : 'Imported'} ${made} from ${basename(file)} ` +
      `(${plural(report.rowsRead, 'row')} read, ${report.merged} matched in the case, ${report.rejectedTotal} rejected)`,
    `Items the file does not grade: ${graded}`,
    ...(report.evidence
      ? [
          `Evidence: ${plural(report.evidence.citations, 'citation')}, ${plural(report.evidence.sources, 'new source')}`,
        ]
      : []),
    ...(report.notices ?? []).map((notice) => `Note: ${notice}`),
  ];
  if (report.rejected.length > 0) {
    lines.push('Rejected:');
    for (const item of report.rejected.slice(0, SHOWN_REJECTS))
      lines.push(`  ${placeText(item)}: ${item.message}`);
    if (report.rejectedTotal > SHOWN_REJECTS) lines.push(`  … ${report.rejectedTotal - SHOWN_REJECTS} more`);
  }
  return lines;
}

/** Ctrl-C stops the read; the import then leaves the case exactly as it was. */
async function cancellable<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  try {
    return await work(controller.signal);
  } finally {
    process.off('SIGINT', stop);
  }
}

export function registerIo(program: Command): void {
  program
    .command('import')
    .description('read a data file into a case, all or nothing')
    .argument('<file>', 'the file to read')
    .requiredOption(...CASE_OPTION)
    .addOption(formatOption('detected from the name and first bytes when absent', 'reads'))
    .option('--mapping <file>', `a mapping template saved from the import wizard (${MAPPED_FORMATS})`)
    .addOption(
      new Option('--match <rule>', 'how file entities meet the case’s')
        .choices([...MATCH_RULES])
        .default('identifier'),
    )
    .addOption(
      new Option('--confidence <level>', 'confidence of every item the file does not grade')
        .choices([...CONFIDENCE_LEVELS])
        .default(DEFAULT_IMPORT_GRADING.confidence),
    )
    .option(
      '--grading <code>',
      'source grading (reliability A-F, credibility 1-6) of every item the file does not grade',
      DEFAULT_ADMIRALTY,
    )
    .addOption(
      new Option('--classification <marking>', 'marking of every item the file does not mark')
        .choices([...CLASSIFICATIONS])
        .default(DEFAULT_IMPORT_GRADING.classification),
    )
    .option('--dry-run', 'report what would be created, matched and rejected; write nothing')
    .option('--rejects <file>', 'write the rejected rows as CSV: file,line,element,field,message')
    .option('--json', 'print the report as JSON')
    .action(async (file: string, options: ImportOptions) => {
      const path = resolve(file);
      const grading = gradingOf(options);
      const mapping = options.mapping ? await loadMapping(resolve(options.mapping)) : undefined;
      const onProgress = progressReporter();
      const report = await withCase(options.case, (store) =>
        cancellable((signal) =>
          importFile(
            store,
            {
              path,
              match: options.match,
              grading,
              dryRun: options.dryRun ?? false,
              ...(options.format ? { format: options.format } : {}),
              ...(mapping ? { mapping } : {}),
            },
            { schema: cliSchema(), signal, ...(onProgress ? { onProgress } : {}) },
          ),
        ),
      ).finally(() => {
        if (onProgress) process.stderr.write('\n');
      });
      if (options.rejects) await writeRejects(resolve(options.rejects), report.rejected);
      emit(options, report, () => summary(report, path, grading));
      const refused = nothingImported(report, path);
      if (refused) throw refused;
    });

  program
    .command('export')
    .description('write the whole case to a data file (csv writes an entity and a link file)')
    .argument('<file>', 'the file to write')
    .requiredOption(...CASE_OPTION)
    .addOption(formatOption('from the file name when absent', 'writes'))
    .option('--json', 'print the files written as JSON')
    .action(async (file: string, options: ExportOptions) => {
      const path = resolve(file);
      const format = options.format ?? formatByName(path);
      if (!format) {
        const writable = DATA_FORMATS.filter((f) => DATA_FORMAT_TABLE[f].writes).join(', ');
        const message = `${basename(path)}: say which format to write with --format (${writable})`;
        throw new PlexusError('VALIDATION', message, [{ field: 'format', rule: 'required', message }]);
      }
      const result = await withCase(options.case, (store) =>
        exportFile(store, path, format, { schema: cliSchema() }),
      );
      emit(options, result, () => [
        `Exported ${plural(result.entities, 'entity', 'entities')} and ${plural(result.links, 'link')} to ${result.files.join(' and ')}`,
      ]);
    });
}
