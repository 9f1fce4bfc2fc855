import type { ParsedMapping } from '../../../../../graph-schema/contract/io';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { loadSchema } from '../../../schema/load-types';
import type { Importer, TablePreview } from '../../types';
import { csvRows } from './csv-source';
import { hasHeader, readTable } from './read-table';
import { isBlank, numberedColumns, type TableRow } from './table-row';
import { xlsxRows, xlsxSheetNames } from './xlsx-source';

/**
 * The CSV, TSV and xlsx importers: a row source each, one table reader for all. The schema
 * (for type names and property kinds) is the one in force unless a test passes its own.
 */

let loaded: SchemaIndex | undefined;
const defaultIndex = () => (loaded ??= new SchemaIndex(loadSchema()));

type RowSource = (path: string, mapping: ParsedMapping | undefined) => AsyncIterable<TableRow>;

async function previewRows(rows: AsyncIterable<TableRow>, header: boolean, maxRows: number) {
  let columns: string[] | undefined;
  const out: string[][] = [];
  for await (const row of rows) {
    if (row.cells.every(isBlank)) continue;
    if (columns === undefined && header) {
      columns = row.cells.map((c) => c.trim());
      continue;
    }
    if (out.length >= maxRows) break;
    out.push(row.cells);
  }
  const width = Math.max(0, ...out.map((r) => r.length));
  return { columns: columns ?? numberedColumns(width), rows: out };
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
  index: () => SchemaIndex,
): Importer {
  return {
    format,
    extensions,
    sniff,
    read: (path, options) => readTable(path, source(path, options.mapping), index(), options),
    async preview(path, mapping, maxRows): Promise<TablePreview> {
      const table = await previewRows(source(path, mapping), hasHeader(mapping), maxRows);
      return { sheets: await sheets(path), ...table };
    },
  };
}

export function createTabularImporters(index: () => SchemaIndex = defaultIndex) {
  const noSheets = async () => [];
  const csv = tableImporter(
    'csv',
    ['csv', 'txt'],
    (path, m) => csvRows(path, { delimiter: m?.delimiter, encoding: m?.encoding }),
    (head) => looksDelimited(head, [',', ';']),
    noSheets,
    index,
  );
  const tsv = tableImporter(
    'tsv',
    ['tsv', 'tab'],
    (path, m) => csvRows(path, { delimiter: m?.delimiter ?? '\t', encoding: m?.encoding }),
    (head) => looksDelimited(head, ['\t']),
    noSheets,
    index,
  );
  const xlsx = tableImporter(
    'xlsx',
    ['xlsx'],
    (path, m) => xlsxRows(path, m?.sheet),
    // A zip (PK\3\4) holding an xl/ folder; other zipped Office files have word/ or ppt/.
    (head) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) && head.includes('xl/'),
    xlsxSheetNames,
    index,
  );
  return { csv, tsv, xlsx };
}
