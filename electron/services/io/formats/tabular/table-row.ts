import { PlexusError } from '../../../../../graph-schema/model/errors';
import { IMPORT_LIMITS } from '../../types';

/** One row of a table, whatever file it came from: its first line (or sheet row) and cells as text. */
export interface TableRow {
  line: number;
  cells: string[];
}

/**
 * Cells stay as the file has them: names and keys are cleaned where they are read, but a
 * mapped notes or text field keeps its leading spaces and tabs.
 */
export const isBlank = (value: string): boolean => value.trim() === '';

/** Names for the columns of a headerless table, as the wizard shows them. */
export const numberedColumns = (count: number): string[] =>
  Array.from({ length: count }, (_, i) => `Column ${i + 1}`);

/** Throws the row limit error once a file passes it: refused, with the limit named. */
export function checkRowLimit(file: string, rows: number): void {
  if (rows > IMPORT_LIMITS.maxRows) {
    throw new PlexusError(
      'VALIDATION',
      `${file}: more than ${IMPORT_LIMITS.maxRows} rows, over the import row limit`,
      [{ file, rule: 'maxRows', message: `over ${IMPORT_LIMITS.maxRows} rows` }],
    );
  }
}
