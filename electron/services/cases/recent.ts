import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecentCase } from '../../../graph-schema/contract/case';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 20;

const StoredRecent = z.object({
  path: z.string().min(1),
  name: z.string(),
  openedAt: z.string(),
  /** Only whether the case is encrypted: a passphrase is never written here. */
  encrypted: z.boolean().optional(),
});
type StoredRecent = z.infer<typeof StoredRecent>;

/**
 * The recent-cases list in `<home>/recent.json`. It is a convenience: a file that cannot be
 * read or parsed counts as empty rather than stopping the app from starting.
 */
export class RecentCases {
  private readonly file: string;

  constructor(home: string) {
    this.file = join(home, RECENT_FILE);
  }

  async list(): Promise<RecentCase[]> {
    const stored = await this.read();
    return stored.map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  async record(path: string, name: string, openedAt: Date, encrypted = false): Promise<void> {
    const rest = (await this.read()).filter((r) => r.path !== path);
    const entry = { path, name, openedAt: openedAt.toISOString(), ...(encrypted ? { encrypted } : {}) };
    const next = [entry, ...rest].slice(0, MAX_RECENT);
    await this.write(next);
  }

  private async read(): Promise<StoredRecent[]> {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    const entries = raw.flatMap((item) => {
      const parsed = StoredRecent.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    // Newest first even if someone edited the file by hand; ISO strings sort as time.
    return entries
      .sort((a, b) => (a.openedAt < b.openedAt ? 1 : a.openedAt > b.openedAt ? -1 : 0))
      .slice(0, MAX_RECENT);
  }

  /** Temp file + rename, so a crash mid-write never leaves a half-written list. */
  private async write(entries: StoredRecent[]): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await writeFile(temp, `${JSON.stringify(entries, null, 2)}\n`, 'utf8');
      await rename(temp, this.file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
