import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { PlexusError } from '../../../../graph-schema/model/errors';

/** "PLXS": marks a SQLite file as a Plexus case (PRAGMA application_id, header offset 68). */
export const PLEXUS_APPLICATION_ID = 0x504c5853;

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export interface CaseHeader {
  pageSize: number;
  /** PRAGMA user_version: the store mirrors its schema version there. */
  userVersion: number;
  /** True when the file was last written in WAL mode. */
  wal: boolean;
}

/**
 * Reads and checks the 100-byte SQLite header with plain file I/O, so a file we refuse is
 * never handed to SQLite (which would create -wal/-shm files or rewrite the header).
 */
export function readCaseHeader(path: string): CaseHeader {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      throw new PlexusError('NOT_A_CASE', `${path}: not a file`, [{ file: path, message: 'not a file' }]);
    size = stat.size;
  } catch (error) {
    if (error instanceof PlexusError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PlexusError('NOT_FOUND', `${path}: no such case file`, [
        { file: path, message: 'no such file' },
      ]);
    }
    throw new PlexusError('IO', `${path}: cannot read (${(error as Error).message})`, [
      { file: path, message: (error as Error).message },
    ]);
  }
  // The header plus the first byte of page 1's b-tree header.
  const header = Buffer.alloc(HEADER_SIZE + 1);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, HEADER_SIZE + 1, 0);
  } finally {
    closeSync(fd);
  }
  const notACase = (why: string) =>
    new PlexusError('NOT_A_CASE', `${path}: not a Plexus case (${why})`, [{ file: path, message: why }]);
  if (read <= HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    throw notACase('not an SQLite database');
  }
  if (header.readUInt32BE(68) !== PLEXUS_APPLICATION_ID)
    throw notACase('an SQLite database of another application');

  const corrupt = (why: string) =>
    new PlexusError('CASE_CORRUPT', `${path}: the case file is damaged (${why})`, [
      { file: path, message: why },
    ]);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) throw corrupt(`bad page size ${rawPageSize}`);
  if (size % pageSize !== 0) throw corrupt(`size ${size} is not a whole number of ${pageSize}-byte pages`);
  // Page 1 holds the schema table's b-tree right after the header: a table leaf or interior page.
  const pageType = header[HEADER_SIZE];
  if (pageType !== 0x0d && pageType !== 0x05) throw corrupt('the schema page is not a b-tree page');
  return { pageSize, userVersion: header.readUInt32BE(60), wal: header[18] === 2 && header[19] === 2 };
}
