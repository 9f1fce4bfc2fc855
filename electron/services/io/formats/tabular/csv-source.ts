import { basename } from 'node:path';
import { Parser } from 'csv-parse';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { openDecoded } from './decode';
import type { ReadOptions } from '../../types';
import { checkRowLimit, type TableRow } from './table-row';

const DELIMITERS = [',', ';', '\t', '|'];
/** Bytes parsed at a time: a few dozen rows. */
const SLICE_BYTES = 4096;

/**
 * Excel writes ';' where the decimal mark is a comma: the delimiter used most on the first
 * line, outside quotes, is the one. A comma when the line has none.
 */
export function guessDelimiter(head: string): string {
  const firstLine = (head.split(/\r?\n/u, 1)[0] ?? '').replace(/"[^"]*"/gu, '');
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) [best, bestCount] = [d, count];
  }
  return best;
}

/** The parts of csv-parse's parser core used here: fed chunks by hand, it calls push per record. */
interface ParserCore {
  parse(
    chunk: Buffer | undefined,
    end: boolean,
    push: (record: string[]) => void,
    close: () => void,
  ): Error | undefined;
  info: { lines: number; empty_lines: number };
}

/**
 * Rows of a CSV or TSV file, streamed: decoded by detected encoding, quoted commas and
 * newlines kept inside their field, empty lines skipped, each row with the line it starts on.
 * csv-parse's parser core is fed each chunk directly (no object stream, no per-record info
 * object): a chunk's rows are collected in one array, then handed out.
 */
export async function* csvRows(
  path: string,
  options: {
    delimiter: string | undefined;
    encoding: string | undefined;
    notice?: ReadOptions['notice'];
  },
): AsyncGenerator<TableRow> {
  const file = basename(path);
  const { text, head, notice } = await openDecoded(path, options.encoding);
  if (notice) options.notice?.(notice);
  const core = (
    new Parser({
      delimiter: options.delimiter ?? guessDelimiter(head),
      // A stray quote inside an unquoted field ("Joe "the Hat" Smith") is text, not an error.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { api: ParserCore }
  ).api;
  // info.lines is where a record ends (at push); where it starts follows from the last end and skipped lines.
  let lastEnd = 0;
  let lastEmpty = 0;
  let count = 0;
  let rows: TableRow[] = [];
  const push = (record: string[]) => {
    const { lines, empty_lines: empty } = core.info;
    rows.push({ line: lastEnd + 1 + (empty - lastEmpty), cells: record });
    lastEnd = lines;
    lastEmpty = empty;
  };
  const close = () => undefined;
  const feed = (chunk: Buffer | undefined, end: boolean): TableRow[] => {
    const error = core.parse(chunk, end, push, close);
    if (error) throw error;
    const out = rows;
    rows = [];
    return out;
  };
  try {
    for await (const chunk of text as AsyncIterable<Buffer | string>) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      // Parsed a slice at a time, each slice's rows handed out before the next is parsed: a
      // row lives only while it is read, so the young generation does not promote it.
      for (let at = 0; at < bytes.length; at += SLICE_BYTES) {
        for (const row of feed(bytes.subarray(at, at + SLICE_BYTES), false)) {
          checkRowLimit(file, ++count);
          yield row;
        }
      }
    }
    for (const row of feed(undefined, true)) {
      checkRowLimit(file, ++count);
      yield row;
    }
  } catch (error) {
    if (error instanceof PlexusError) throw error;
    const where = (error as { lines?: number }).lines;
    const message = (error as Error).message;
    throw new PlexusError('VALIDATION', `${file}${where ? ` line ${where}` : ''}: ${message}`, [
      where ? { file, line: where, message } : { file, message },
    ]);
  } finally {
    text.destroy();
  }
}
