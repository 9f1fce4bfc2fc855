import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { CASE_EXTENSION, type CaseFile } from '../../../graph-schema/contract/case';
import { PlexusError } from '../../../graph-schema/model/errors';
import { isEncryptedCaseFile } from '../store/sqlite';

/**
 * Where a case named by the user lives: a bare name ("Operation Tern") or a relative path
 * lands in the cases folder, an absolute path stays put; the extension is added when missing.
 */
export function resolveCasePath(casesDir: string, path: string): string {
  const trimmed = path.trim();
  if (trimmed === '')
    throw new PlexusError('VALIDATION', 'path: a case needs a name', [
      { field: 'path', rule: 'required', message: 'path: a case needs a name' },
    ]);
  const full = resolve(casesDir, trimmed);
  return full.toLowerCase().endsWith(CASE_EXTENSION) ? full : `${full}${CASE_EXTENSION}`;
}

/** The name a user knows a case by: its file name without the extension. */
export function caseName(path: string): string {
  const file = basename(path);
  return file.toLowerCase().endsWith(CASE_EXTENSION) ? file.slice(0, -CASE_EXTENSION.length) : file;
}

export function ioError(action: string, path: string, error: unknown): PlexusError {
  const reason = error instanceof Error ? error.message : String(error);
  return new PlexusError('IO', `Cannot ${action} ${path}: ${reason}`, [{ file: path, message: reason }]);
}

/** The case files in a folder, by name. A folder not made yet holds none. */
export async function listCaseFiles(dir: string): Promise<CaseFile[]> {
  const files = await listFiles(dir, (name) => name.toLowerCase().endsWith(CASE_EXTENSION));
  return files.map((f) => ({
    ...f,
    name: caseName(f.path),
    ...(isEncryptedCaseFile(f.path) ? { encrypted: true } : {}),
  }));
}

/** Plain files in a folder whose names `accept` takes, by name. A folder not made yet holds none. */
export async function listFiles(dir: string, accept: (name: string) => boolean): Promise<CaseFile[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioError('read the folder', dir, error);
  }
  const files: CaseFile[] = [];
  for (const name of names) {
    if (!accept(name)) continue;
    const path = join(dir, name);
    try {
      const info = await stat(path);
      if (!info.isFile()) continue;
      files.push({ path, name, size: info.size, modifiedAt: info.mtime.toISOString() });
    } catch {
      continue; // removed between readdir and stat
    }
  }
  return files.sort((a, b) => a.name.localeCompare(b.name));
}
