import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSchema } from '../../../../../../electron/services/schema/load-types';
import { SchemaIndex } from '../../../../../../graph-schema/model/schema';

/** Shared by the case-file unit tests: a temp folder, the real schema, file fingerprints. */
export const schema = new SchemaIndex(loadSchema());
export const options = { actor: 'unit-test', schema, now: () => new Date('2024-05-01T12:00:00.000Z') };

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'plexus-case-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** True when SQLite left a -wal, -shm or -journal file next to `path`. */
export function hasSidecars(path: string): boolean {
  return ['-wal', '-shm', '-journal'].some((suffix) => existsSync(path + suffix));
}
