import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { IMPORT_LIMITS } from '../types';

export interface ImportLimits {
  maxFileSize: number;
  maxRows: number;
}

export function importLimits(given: Partial<ImportLimits> = {}): ImportLimits {
  return {
    maxFileSize: given.maxFileSize ?? IMPORT_LIMITS.maxFileSize,
    maxRows: given.maxRows ?? IMPORT_LIMITS.maxRows,
  };
}

/** 2147483648 -> "2.0 GB": how a limit or a size reads in a message. */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** Refuses a missing file or one over the size limit before a byte of it is read. */
export async function checkFileSize(path: string, maxFileSize: number): Promise<number> {
  const name = basename(path);
  let bytes: number;
  try {
    const info = await stat(path);
    if (!info.isFile())
      throw new PlexusError('IO', `${name}: not a file (${path})`, [{ file: path, message: 'not a file' }]);
    bytes = info.size;
  } catch (error) {
    if (error instanceof PlexusError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PlexusError('NOT_FOUND', `${name}: no such file (${path})`, [
        { file: path, message: 'no such file' },
      ]);
    const reason = (error as Error).message;
    throw new PlexusError('IO', `${name}: cannot read the file (${reason})`, [
      { file: path, message: reason },
    ]);
  }
  if (bytes > maxFileSize) {
    const message = `${name}: the file is ${sizeText(bytes)}, over the import limit of ${sizeText(maxFileSize)} (maxFileSize)`;
    throw new PlexusError('VALIDATION', message, [{ file: path, rule: 'maxFileSize', message }]);
  }
  return bytes;
}

/** A file with more rows than the limit is refused whole, not cut short. */
export function tooManyRows(path: string, maxRows: number): PlexusError {
  const message = `${basename(path)}: more than ${maxRows.toLocaleString('en')} rows, the import limit (maxRows)`;
  return new PlexusError('VALIDATION', message, [{ file: path, rule: 'maxRows', message }]);
}

export function cancelled(path: string): PlexusError {
  return new PlexusError('CANCELLED', `${basename(path)}: import cancelled; the case is unchanged`);
}
