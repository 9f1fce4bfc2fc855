import {
  PREVIEW_MAX_VALUES,
  PREVIEW_VALUE_ROWS,
  looksLikeFormula,
} from '../../../../../graph-schema/contract/io';
import type { Importer, ReadMapping, ReadOptions, TablePreview } from '../../types';
import { csvRows } from './csv-source';
import { hasHeader, readTable } from './read-table';
import { isBlank, numberedColumns, type TableRow } from './table-row';
import { xlsxRows, xlsxSheetNames } from './xlsx-source';

/**
 * The CSV, TSV and xlsx importers: a row source each, one table reader for all. The schema
 * (for type names and property kinds) comes with each read, from the caller.
 */

type RowSource = (
  path: string,
  mapping: ReadMapping | undefined,
  notice?: ReadOptions['notice'],
) => AsyncIterable<TableRow>;

/** Distinct values of one column, until there are too many to map one by one. */
class ColumnValues {
  private readonly seen = new Set<string>();
  private full = false;

  add(value: string): void {
    const text = value.trim();
    if (this.full || text === '' || this.seen.has(text)) return;
    if (this.seen.size >= PREVIEW_MAX_VALUES) this.full = true;
    else this.seen.add(text);
  }

  list(): string[] {
    return this.full ? [] : [...this.seen].sort((a, b) => a.localeCompare(b));
  }
}

/**
 * The first rows to show, and over more rows (PREVIEW_VALUE_ROWS) each column's distinct
 * values (for mapping its words to types) and how many cells look like formulas.
 */
async function previewRows(
  rows: AsyncIterable<TableRow>,
  header: boolean,
  maxRows: number,
): Promise<Omit<TablePreview, 'sheets' | 'guessedEncoding'>> {
  let columns: string[] | undefined;
  const out: string[][] = [];
  const values: ColumnValues[] = [];
  let scannedRows = 0;
  let formulaCells = 0;
  for await (const row of rows) {
    if (row.cells.every(isBlank)) continue;
    if (columns === undefined && header) {
      columns = row.cells.map((c) => c.trim());
      continue;
    }
    if (scannedRows >= PREVIEW_VALUE_ROWS) break;
    scannedRows += 1;
    if (out.length < maxRows) out.push(row.cells);
    row.cells.forEach((cell, i) => {
      (values[i] ??= new ColumnValues()).add(cell);
      if (looksLikeFormula(cell)) formulaCells += 1;
    });
  }
  const width = Math.max(0, ...out.map((r) => r.length));
  const named = columns ?? numberedColumns(width);
  return {
    columns: named,
    rows: out,
    values: named.map((_, i) => values[i]?.list() ?? []),
    scannedRows,
    formulaCells,
  };
}

/** Text that looks like a table: no NUL bytes (UTF-16 carries its mark) and the delimiter on line one. */
function looksDelimited(head: Buffer, delimiters: string[]): boolean {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const text = utf16
    ? head.toString(head[0] === 0xff ? 'utf16le' : 'latin1').replace(/\0/gu, '')
    : head.toString('latin1');
  if (!utf16 && text.includes('\0')) return false;
  const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
  return delimiters.some((d) => firstLine.includes(d));
}

function tableImporter(
  format: Importer['format'],
  extensions: string[],
  source: RowSource,
  sniff: (head: Buffer) => boolean,
  sheets: (path: string) => Promise<string[]>,
): Importer {
  return {
    format,
    extensions,
    sniff,
    read: (path, options) =>
      readTable(path, source(path, options.mapping, options.notice), options.schema, options),
    async preview(path, mapping, maxRows): Promise<TablePreview> {
      let guessedEncoding: string | undefined;
      const rows = source(path, mapping, (notice) => {
        guessedEncoding = notice.guessedEncoding ?? guessedEncoding;
      });
      const table = await previewRows(rows, hasHeader(mapping), maxRows);
      return { sheets: await sheets(path), ...table, ...(guessedEncoding ? { guessedEncoding } : {}) };
    },
  };
}

export function createTabularImporters() {
  const noSheets = async () => [];
  const csv = tableImporter(
    'csv',
    ['csv', 'txt'],
    (path, m, notice) => csvRows(path, { delimiter: m?.delimiter, encoding: m?.encoding, notice }),
    (head) => looksDelimited(head, [',', ';']),
    noSheets,
  );
  const tsv = tableImporter(
    'tsv',
    ['tsv', 'tab'],
    (path, m, notice) => csvRows(path, { delimiter: m?.delimiter ?? '\t', encoding: m?.encoding, notice }),
    (head) => looksDelimited(head, ['\t']),
    noSheets,
  );
  const xlsx = tableImporter(
    'xlsx',
    ['xlsx'],
    (path, m) => xlsxRows(path, m?.sheet),
    // A zip (PK\3\4) holding an xl/ folder; other zipped Office files have word/ or ppt/.
    (head) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && head.includes('xl/'),
    xlsxSheetNames,
  );
  return { csv, tsv, xlsx };
}
