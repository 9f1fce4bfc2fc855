import { join } from 'node:path';
import { z } from 'zod';
import { SavedConnection } from '../../../graph-schema/contract/connections';
import { PlexusError } from '../../../graph-schema/model/errors';
import { readJsonFile, writeJsonFileAtomic } from './json-file';

export const CONNECTIONS_FILE = 'connections.json';

/**
 * What connections.json holds for one connection. Built field by field from the saved shape
 * minus hasPassword, and strict, so a password can never ride along into the file.
 */
export const StoredConnection = SavedConnection.omit({ hasPassword: true });
export type StoredConnection = z.infer<typeof StoredConnection>;

const StoredFile = z.object({ version: z.literal(1), connections: z.array(z.unknown()) });

/** The saved connections in `<home>/connections.json`: names, addresses and users, no secrets. */
export class ConnectionFile {
  readonly file: string;

  constructor(home: string) {
    this.file = join(home, CONNECTIONS_FILE);
  }

  /**
   * A file that cannot be parsed is an IO error rather than an empty list: saving over it
   * would silently drop every connection the analyst had. Malformed entries are skipped.
   */
  async read(): Promise<StoredConnection[]> {
    let raw: unknown;
    try {
      raw = await readJsonFile(this.file);
    } catch (error) {
      throw this.failure('read', error);
    }
    if (raw === undefined) return [];
    const parsed = StoredFile.safeParse(raw);
    if (!parsed.success) throw this.failure('read', new Error('not a Plexus connections file'));
    return parsed.data.connections.flatMap((item) => {
      const entry = StoredConnection.safeParse(item);
      return entry.success ? [entry.data] : [];
    });
  }

  async write(connections: readonly StoredConnection[]): Promise<void> {
    // Parsing again strips anything that is not a stored field, whatever the caller passed.
    const clean = connections.map((c) => StoredConnection.parse(c));
    try {
      await writeJsonFileAtomic(this.file, { version: 1, connections: clean });
    } catch (error) {
      throw this.failure('write', error);
    }
  }

  private failure(action: string, error: unknown): PlexusError {
    const reason = error instanceof Error ? error.message : String(error);
    return new PlexusError('IO', `Cannot ${action} ${this.file}: ${reason}`, [
      { file: this.file, message: reason },
    ]);
  }
}
