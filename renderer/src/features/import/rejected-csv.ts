import { neutraliseFormula, type RejectedItem } from '../../../../graph-schema/contract';

/**
 * The rejected rows as a CSV the analyst can open in Excel and fix: quoted where needed, and
 * a value that Excel would run as a formula (= + - @, tab, CR) neutralised with a leading ',
 * on every line of the cell.
 */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const REJECTED_COLUMNS = ['file', 'line', 'element', 'field', 'message'] as const;

/** CRLF rows and a byte-order mark: what Excel needs to read UTF-8 names correctly. */
export function rejectedCsv(items: readonly RejectedItem[]): string {
  const rows = items.map((item) =>
    [item.place.file, item.place.line, item.place.element, item.place.field, item.message]
      .map(csvCell)
      .join(','),
  );
  return `\uFEFF${[REJECTED_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** "people.csv" -> "people-rejected.csv", whatever the folder separator. */
export function rejectedFileName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? 'import';
  const stem = base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
  return `${stem || 'import'}-rejected.csv`;
}

/**
 * Saves text through the browser's download: the same in the desktop shell and browser mode,
 * and the renderer needs no file-system access for it.
 */
export function downloadText(name: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next turn: some engines read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
