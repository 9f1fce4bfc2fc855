import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { formatGrade, parseGrade, type Grade } from '../../graph-schema/model/grade-order';
import { isPartialDate } from '../../graph-schema/model/partial-date';
import { MAX_STORED_FILE_BYTES, type ItemKind } from '../../graph-schema/model/sources';
import { sourceForDocument } from '../../graph-schema/model/document-source';
import type { GraphStore } from '../services/store/graph-store';
import { CASE_OPTION, withCase } from './open-case';
import { emit, plural, table, type OutputOptions } from './output';

interface SourceAddOptions extends OutputOptions {
  case: string;
  title?: string;
  document?: string;
  origin?: string;
  date?: string;
  file?: string;
  store?: boolean;
}

interface CiteOptions extends OutputOptions {
  case: string;
  source: string;
  entity?: string;
  link?: string;
  field?: string;
  grade?: Grade;
  note?: string;
}

function grade(value: string): Grade {
  const parsed = parseGrade(value);
  if (!parsed) throw new InvalidArgumentError('expected a grade as a letter A-F and a digit 1-6, e.g. B2.');
  return parsed;
}

function date(value: string): string {
  if (!isPartialDate(value))
    throw new InvalidArgumentError('expected a date as YYYY, YYYY-MM or YYYY-MM-DD.');
  return value;
}

/** A file's fingerprint, and its bytes as base64 when the case is to keep them. */
function fileInput(path: string, keep: boolean) {
  const size = statSync(path).size;
  if (keep && size > MAX_STORED_FILE_BYTES)
    throw new InvalidArgumentError(`${path}: ${size} bytes is more than a case keeps; leave out --store`);
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { name: basename(path), sha256, size, ...(keep ? { content: bytes.toString('base64') } : {}) };
}

/** The source a Document entity stands as; the store refuses an entity that is not a Document. */
async function documentSource(store: GraphStore, id: string, title: string | undefined) {
  const [document] = await store.getEntities([id]);
  return document ? sourceForDocument(document, title) : { title: title ?? id, documentId: id };
}

/** `plexus source add|list` and `plexus cite`: the evidence behind a case's claims. */
export function registerSource(program: Command): void {
  const group = program.command('source').description('the sources (documents, reports) a case cites');

  group
    .command('add')
    .description('add a source and print its id')
    .requiredOption(...CASE_OPTION)
    .option('--title <title>', 'what the source is called, e.g. "Statement of 1 March"')
    .option(
      '--document <id>',
      'a Document entity the source stands for (title, origin and date from the Document unless given)',
    )
    .option('--origin <origin>', 'who or what it came from')
    .option('--date <date>', 'date of the information: YYYY, YYYY-MM or YYYY-MM-DD', date)
    .option('--file <path>', 'a file behind the source: its SHA-256 is recorded')
    .option('--store', 'keep the file itself inside the case, not only its SHA-256')
    .option('--json', 'print the whole record as JSON')
    .action(async (options: SourceAddOptions) => {
      if (options.store && !options.file) throw new InvalidArgumentError('--store needs --file');
      const { title, document } = options;
      if (title === undefined && document === undefined)
        throw new InvalidArgumentError('give --title, or --document to take it from a Document entity');
      const source = await withCase(options.case, async (store) => {
        const base = document === undefined ? { title } : await documentSource(store, document, title);
        return store.sources.create({
          ...base,
          ...(options.origin !== undefined ? { origin: options.origin } : {}),
          ...(options.date !== undefined ? { informationDate: options.date } : {}),
          ...(options.file !== undefined ? { file: fileInput(options.file, options.store === true) } : {}),
        });
      });
      emit(options, source, () => [source.id]);
    });

  group
    .command('list')
    .description("list the case's sources and how often each is cited")
    .requiredOption(...CASE_OPTION)
    .option('--json', 'print the sources as JSON')
    .action(async (options: OutputOptions & { case: string }) => {
      const { sources, cited } = await withCase(options.case, async (store) => {
        const evidence = await store.sources.evidence();
        const counts = new Map<string, number>();
        for (const c of evidence.citations) counts.set(c.sourceId, (counts.get(c.sourceId) ?? 0) + 1);
        return { sources: await store.sources.list(), cited: counts };
      });
      emit(options, sources, () => [
        ...table(
          ['Id', 'Title', 'Origin', 'Date', 'File', 'Document', 'Cited'],
          sources.map((s) => [
            s.id,
            s.title,
            s.origin,
            s.informationDate ?? '',
            s.file ? `${s.file.name} ${s.file.sha256.slice(0, 12)}${s.file.stored ? ' (kept)' : ''}` : '',
            s.documentId ?? '',
            String(cited.get(s.id) ?? 0),
          ]),
        ),
        plural(sources.length, 'source'),
      ]);
    });

  program
    .command('cite')
    .description(
      "cite a source for an entity or a link (or one field of it), with a grade; the item's grade follows",
    )
    .requiredOption(...CASE_OPTION)
    .requiredOption('--source <id>', 'the source cited')
    .option('--entity <id>', 'the entity the source backs')
    .option('--link <id>', 'the link the source backs')
    .option('--field <field>', 'one field only: label, notes, validFrom, validTo, aliases or props.<name>')
    .option(
      '--grade <grade>',
      'Admiralty grade of this citation, e.g. B2 (default F6: cannot be judged)',
      grade,
    )
    .option('--note <text>', 'where in the source, or why')
    .option('--json', 'print the citation as JSON')
    .action(async (options: CiteOptions) => {
      if ((options.entity === undefined) === (options.link === undefined))
        throw new InvalidArgumentError('name one item: --entity <id> or --link <id>');
      const itemKind: ItemKind = options.entity !== undefined ? 'entity' : 'link';
      const citation = await withCase(options.case, (store) =>
        store.sources.cite({
          sourceId: options.source,
          itemKind,
          itemId: options.entity ?? options.link,
          ...(options.field !== undefined ? { field: options.field } : {}),
          ...(options.grade ?? {}),
          ...(options.note !== undefined ? { note: options.note } : {}),
        }),
      );
      emit(options, citation, () => [`${citation.id} ${formatGrade(citation)}`]);
    });
}
