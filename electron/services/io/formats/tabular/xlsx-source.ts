import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { checkFileSize } from './decode';
import { checkRowLimit, type TableRow } from './table-row';
import { openWorkbookZip, type WorkbookZip } from './xlsx-zip';

/**
 * Sheets of an .xlsx workbook as tables, streamed with exceljs's sheet reader so a large
 * sheet never sits in memory whole. Every cell becomes text, as a CSV field would be.
 */

/** 0.1 + 0.2 is stored as 0.30000000000000004: 15 significant digits is what Excel shows. */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/** A date with no time of day is a date to the analyst; one with a time keeps it. */
function dateText(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return xlsxCellText(v.result);
    if (v.text !== undefined) return xlsxCellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return String(value);
}

type SheetVisitor = (name: string) => boolean;

/** One sheet as exceljs's streaming reader gives it: its name and its rows, read on demand. */
interface SheetReader extends AsyncIterable<ExcelJS.Row> {
  name: string;
}

/**
 * The part parsers of exceljs's streaming WorkbookReader. Its own parse() reads the zip as a
 * stream and, meeting a sheet before the shared strings, writes the whole inflated sheet to the
 * temp folder, where a killed import leaves it. Driving the parsers from the zip's directory
 * needs no temp file: the parts are read in the order they are needed. (exceljs 4.4.0; the
 * xlsx tests fail if these names change.)
 */
interface PartParsers {
  _parseRels(stream: Readable): Promise<void>;
  _parseWorkbook(stream: Readable): Promise<void>;
  _parseSharedStrings(stream: Readable): AsyncIterable<unknown>;
  _parseStyles(stream: Readable): Promise<void>;
  _parseWorksheet(chunks: AsyncIterable<Buffer>, sheetNo: string): Iterable<{ value: SheetReader }>;
}

const SHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/u;

/** The workbook's sheets in the zip's order; a sheet's part is inflated only when its rows are read. */
async function* workbookSheets(zip: WorkbookZip): AsyncGenerator<SheetReader> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(null as unknown as Readable, {
    sharedStrings: 'cache',
    // Styles hold the number formats that tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  }) as unknown as PartParsers;
  const part = (name: string) => {
    const entry = zip.parts.get(name);
    return entry && zip.open(entry);
  };
  const rels = await part('xl/_rels/workbook.xml.rels');
  if (rels) await reader._parseRels(rels);
  const book = await part('xl/workbook.xml');
  if (book) await reader._parseWorkbook(book);
  const strings = await part('xl/sharedStrings.xml');
  if (strings) for await (const _ of reader._parseSharedStrings(strings)) void _;
  const styles = await part('xl/styles.xml');
  if (styles) await reader._parseStyles(styles);
  for (const [name, entry] of zip.parts) {
    const sheetNo = SHEET_PART.exec(name)?.[1];
    if (sheetNo === undefined) continue;
    const chunks = {
      [Symbol.asyncIterator]: async function* () {
        yield* (await zip.open(entry)) as AsyncIterable<Buffer>;
      },
    };
    for (const { value } of reader._parseWorksheet(chunks, sheetNo)) yield value;
  }
}

async function* sheetRows(path: string, wanted: SheetVisitor, names: string[]): AsyncGenerator<TableRow> {
  await checkFileSize(path);
  const file = basename(path);
  let zip: WorkbookZip | undefined;
  let count = 0;
  try {
    zip = await openWorkbookZip(path);
    for await (const sheet of workbookSheets(zip)) {
      names.push(sheet.name);
      // A sheet not wanted is never inflated.
      if (!wanted(sheet.name)) continue;
      for await (const row of sheet) {
        const values = (row.values as unknown[]).slice(1);
        checkRowLimit(file, ++count);
        yield { line: row.number, cells: Array.from(values, (v) => xlsxCellText(v)) };
      }
    }
  } catch (error) {
    if (error instanceof PlexusError) throw error;
    throw new PlexusError(
      'VALIDATION',
      `${file}: not a readable .xlsx workbook (${(error as Error).message})`,
      [{ file, message: (error as Error).message }],
    );
  } finally {
    // A preview stops early: stop inflating the rest of the workbook too.
    zip?.close();
  }
}

/**
 * Rows of one sheet: the named one, or the first. A named sheet that is missing is an error
 * listing the sheets there are.
 */
export async function* xlsxRows(path: string, sheet: string | undefined): AsyncGenerator<TableRow> {
  const names: string[] = [];
  let chosen: string | undefined;
  const wanted = (name: string) => {
    if (chosen !== undefined) return false;
    if (sheet === undefined || name === sheet) chosen = name;
    return chosen !== undefined;
  };
  yield* sheetRows(path, wanted, names);
  if (chosen === undefined) {
    const file = basename(path);
    const known = names.length > 0 ? names.join(', ') : 'none';
    throw new PlexusError('VALIDATION', `${file}: no sheet named "${sheet ?? ''}" (sheets: ${known})`, [
      { file, field: 'sheet', message: `no sheet named "${sheet ?? ''}"` },
    ]);
  }
}

/** Every sheet's name (no sheet is inflated). */
export async function xlsxSheetNames(path: string): Promise<string[]> {
  const names: string[] = [];
  for await (const _row of sheetRows(path, () => false, names)) {
    // no sheet is wanted: only the names are collected
  }
  return names;
}
