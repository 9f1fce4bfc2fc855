import { basename } from 'node:path';
import { parse, type Info } from 'csv-parse';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { openDecoded } from './decode';
import { checkRowLimit, type TableRow } from './table-row';

const DELIMITERS = [',', ';', '\t', '|'];

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

/**
 * Rows of a CSV or TSV file, streamed: decoded by detected encoding, quoted commas and
 * newlines kept inside their field, empty lines skipped, each row with the line it starts on.
 */
export async function* csvRows(
  path: string,
  options: { delimiter: string | undefined; encoding: string | undefined },
): AsyncGenerator<TableRow> {
  const file = basename(path);
  const { text, head } = await openDecoded(path, options.encoding);
  const parser = text.pipe(
    parse({
      delimiter: options.delimiter ?? guessDelimiter(head),
      // A stray quote inside an unquoted field ("Joe "the Hat" Smith") is text, not an error.
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  text.on('error', (error) => parser.destroy(error));
  // info.lines is where a record ends; where it starts follows from the last end and skipped lines.
  let lastEnd = 0;
  let lastEmpty = 0;
  let count = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: Info }>) {
      const line = lastEnd + 1 + (item.info.empty_lines - lastEmpty);
      lastEnd = item.info.lines;
      lastEmpty = item.info.empty_lines;
      checkRowLimit(file, ++count);
      yield { line, cells: item.record };
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
