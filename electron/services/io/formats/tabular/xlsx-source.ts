import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import ExcelJS from 'exceljs';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { checkFileSize } from './decode';
import { checkRowLimit, type TableRow } from './table-row';

/**
 * Sheets of an .xlsx workbook as tables, streamed with exceljs's WorkbookReader so a large
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

async function* sheetRows(path: string, wanted: SheetVisitor, names: string[]): AsyncGenerator<TableRow> {
  await checkFileSize(path);
  const file = basename(path);
  const input = createReadStream(path);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    // Styles hold the number formats that tell a date from a number.
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let count = 0;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name;
      names.push(name);
      if (!wanted(name)) {
        // Drained, not skipped: exceljs may be streaming this sheet from a temporary file it
        // deletes as soon as we move on, and an unread stream would then fail to open it.
        for await (const _row of sheet) void _row;
        continue;
      }
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
    // A preview stops early: stop unzipping the rest of the workbook too.
    input.destroy();
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

/** Every sheet's name (a full pass over the workbook, skipping the rows). */
export async function xlsxSheetNames(path: string): Promise<string[]> {
  const names: string[] = [];
  for await (const _row of sheetRows(path, () => false, names)) {
    // no sheet is wanted: only the names are collected
  }
  return names;
}
