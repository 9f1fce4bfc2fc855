import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, rmdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MAX_UPLOAD_BYTES } from '../../graph-schema/contract/files';
import { PlexusError } from '../../graph-schema/model/errors';

/** A file held for a browser: an upload waiting for the import, or an export waiting for its download. */
export interface HeldFile {
  id: string;
  /** The name the person knows it by (sanitised); the file on disk carries it too. */
  name: string;
  file: string;
  size: number;
  /** The browser-mode session that made it; null before sessions existed or outside them. */
  session: string | null;
}

export interface DownloadSlot {
  /** Where the export writes: a fresh folder of its own, the file named as asked. */
  path: string;
  /** Offers every file the export wrote as a one-time download; answers their tokens. */
  offer(files: readonly string[]): Promise<HeldFile[]>;
  /** The export failed: nothing to offer, the folder goes. */
  drop(): Promise<void>;
}

export interface FileStore {
  readonly root: string;
  /** Streams a body to a temporary file as it arrives, never holding it whole; refuses past `maxBytes`. */
  receive(body: Readable, name: string, session: string | null, maxBytes?: number): Promise<HeldFile>;
  /** The upload with this id, if the same session made it. */
  upload(id: string, session: string | null): HeldFile | undefined;
  discard(id: string, session: string | null): Promise<boolean>;
  /** Removes every upload a session left: its tab went away before importing or closing the wizard. */
  discardSession(session: string): Promise<number>;
  downloadSlot(name: string, session: string | null): Promise<DownloadSlot>;
  /**
   * An offered download, until DOWNLOAD_TTL_MS after the export: long enough to fetch it
   * again from the dialog's link (a browser may hold back a second automatic download).
   */
  download(token: string): HeldFile | undefined;
  /** Every held file goes: the server is stopping. */
  close(): Promise<void>;
}

/** An offered export is removed after this time: downloads must not fill the server's disk. */
export const DOWNLOAD_TTL_MS = 10 * 60 * 1000;

/** 192 bits from the OS: an id or token nobody can guess or enumerate. */
const newId = () => randomBytes(24).toString('base64url');

/**
 * The last path segment of what the browser calls the file, with characters no desktop
 * system accepts replaced: it becomes a file name inside a folder of Plexus's own choosing.
 */
export function safeFileName(name: string, fallback = 'file'): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex -- control characters are exactly what goes
    .replace(/[\u0000-\u001f\u007f:*?"<>|]+/g, '_')
    .replace(/^[.\s]+/, '')
    .trim();
  const short = cleaned.length > 200 ? cleaned.slice(cleaned.length - 200) : cleaned;
  return short === '' ? fallback : short;
}

function gigabytes(bytes: number): string {
  const gb = bytes / 1024 ** 3;
  return gb >= 1 ? `${Number(gb.toFixed(1))} GB` : `${Math.round(bytes / 1024 ** 2)} MB`;
}

export function tooLargeError(name: string, maxBytes: number): PlexusError {
  const message = `${name}: the file is over the import limit of ${gigabytes(maxBytes)} (maxFileSize)`;
  return new PlexusError('VALIDATION', message, [{ file: name, rule: 'maxFileSize', message }]);
}

/** Counts the bytes going through and fails the stream the moment they pass the limit. */
function limiter(maxBytes: number, name: string): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(tooLargeError(name, maxBytes));
      else done(null, chunk);
    },
  });
}

export async function createFileStore(parent: string = tmpdir()): Promise<FileStore> {
  const root = await mkdtemp(join(parent, 'plexus-files-'));
  const uploads = new Map<string, HeldFile>();
  const downloads = new Map<string, { held: HeldFile; timer: NodeJS.Timeout }>();
  let closed = false;

  const folder = async () => {
    if (closed) throw new PlexusError('IO', 'Plexus is stopping: no files are taken now');
    const id = newId();
    const dir = join(root, id);
    await mkdir(dir);
    return { id, dir };
  };
  const inside = (file: string) => {
    const rel = relative(root, file);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
  };
  /** Removes a held file and its own folder (each held file has one). */
  const remove = async (file: string) => {
    if (!inside(file)) return;
    await rm(file, { force: true });
    await rmdir(dirname(file)).catch(() => undefined);
  };

  return {
    root,
    async receive(body, name, session, maxBytes = MAX_UPLOAD_BYTES) {
      const { id, dir } = await folder();
      const clean = safeFileName(name, 'upload');
      const file = join(dir, clean);
      try {
        await pipeline(body, limiter(maxBytes, clean), createWriteStream(file, { flags: 'wx' }));
      } catch (error) {
        // Too large, cancelled or broken off: nothing of it stays behind.
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
      const held: HeldFile = { id, name: clean, file, size: (await stat(file)).size, session };
      uploads.set(id, held);
      return held;
    },
    upload(id, session) {
      const held = uploads.get(id);
      return held && held.session === session ? held : undefined;
    },
    async discard(id, session) {
      const held = uploads.get(id);
      if (!held || held.session !== session) return false;
      uploads.delete(id);
      await remove(held.file);
      return true;
    },
    async discardSession(session) {
      const left = [...uploads.values()].filter((held) => held.session === session);
      for (const held of left) uploads.delete(held.id);
      await Promise.all(left.map((held) => remove(held.file)));
      return left.length;
    },
    async downloadSlot(name, session) {
      const { dir } = await folder();
      const dropDir = () => rm(dir, { recursive: true, force: true });
      return {
        path: join(dir, safeFileName(name, 'export')),
        drop: dropDir,
        async offer(files) {
          const offered: HeldFile[] = [];
          for (const file of files) {
            if (!inside(file)) continue;
            const token = newId();
            const held: HeldFile = {
              id: token,
              name: basename(file),
              file,
              size: (await stat(file)).size,
              session,
            };
            const timer = setTimeout(() => {
              downloads.delete(token);
              void remove(file);
            }, DOWNLOAD_TTL_MS);
            timer.unref();
            downloads.set(token, { held, timer });
            offered.push(held);
          }
          return offered;
        },
      };
    },
    download: (token) => downloads.get(token)?.held,
    async close() {
      closed = true;
      for (const { timer } of downloads.values()) clearTimeout(timer);
      downloads.clear();
      uploads.clear();
      await rm(root, { recursive: true, force: true });
    },
  };
}
