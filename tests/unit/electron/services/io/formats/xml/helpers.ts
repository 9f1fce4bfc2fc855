import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportRecord, Importer, ReadOptions } from '../../../../../../../electron/services/io/types';
import { loadSchema } from '../../../../../../../electron/services/schema/load-types';
import { SchemaIndex } from '../../../../../../../graph-schema/model/schema';

/** The schema in force, passed to every read as the app's services pass theirs. */
export const schema = new SchemaIndex(loadSchema([]));

/** Test files written to a temporary folder, removed by `cleanup`. */
export function tempFiles(): {
  write: (name: string, content: string | Buffer) => string;
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-xml-'));
  return {
    dir,
    write: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function readAll(
  importer: Importer,
  path: string,
  options: Partial<ReadOptions> = {},
): Promise<ImportRecord[]> {
  const records: ImportRecord[] = [];
  for await (const record of importer.read(path, { schema, ...options })) records.push(record);
  return records;
}

export type EntityRecord = Extract<ImportRecord, { kind: 'entity' }>;
export type LinkRecord = Extract<ImportRecord, { kind: 'link' }>;
export type RejectRecord = Extract<ImportRecord, { kind: 'reject' }>;

export const entitiesOf = (records: ImportRecord[]) =>
  records.filter((r): r is EntityRecord => r.kind === 'entity');
export const linksOf = (records: ImportRecord[]) => records.filter((r): r is LinkRecord => r.kind === 'link');
export const rejectsOf = (records: ImportRecord[]) =>
  records.filter((r): r is RejectRecord => r.kind === 'reject');

export function entityByKey(records: ImportRecord[], key: string): EntityRecord {
  const found = entitiesOf(records).find((r) => r.key === key);
  if (!found) throw new Error(`no entity record with key ${key}`);
  return found;
}

/**
 * The real public files: the repository root's parent folder + shared/data/public. Never
 * copied into the project; tests using them skip, saying why, when the folder is absent.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const PUBLIC_DIR = resolve(here, '../../../../../../../..', 'shared', 'data', 'public');
export const publicFilesPresent = existsSync(PUBLIC_DIR);
export const publicFile = (name: string) => join(PUBLIC_DIR, name);
