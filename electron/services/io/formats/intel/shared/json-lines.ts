import { createReadStream } from 'node:fs';
import { open, readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import { IMPORT_LIMITS } from '../../../types';
import { errorOffset, lineAndColumn } from '../../../engine/json-position';

/** Where a JSON value sits: its 1-based line, or `[index]` in a file that is one array. */
export type JsonPlace = { line: number } | { element: string };

/** One JSON value of a file, or why its line is not JSON. */
export type JsonItem = JsonPlace & ({ value: unknown } | { error: string });

/** A JSON array (not lines) is parsed whole, so it gets a tighter limit than a lines file. */
export const MAX_JSON_DOCUMENT = 256 * 1024 ** 2;

export function ioError(path: string, what: string, error: unknown): PlexusError {
  const reason = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'NOT_FOUND' : 'IO';
  return new PlexusError(code, `${basename(path)}: ${what} (${reason})`, [{ file: path, message: reason }]);
}

/** Refuses a file over the import size limit before reading it, naming the limit. */
export async function checkSize(path: string, limit: number = IMPORT_LIMITS.maxFileSize): Promise<number> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw ioError(path, 'cannot read the file', error);
  }
  if (size > limit) {
    throw new PlexusError(
      'VALIDATION',
      `${basename(path)}: ${size} bytes is over the limit of ${limit} bytes`,
      [{ file: path, rule: 'maxFileSize', message: `over ${limit} bytes` }],
    );
  }
  return size;
}

/** The first non-blank character of the file (after a byte-order mark). */
async function firstCharacter(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0);
    return (
      /\S/u.exec(
        buffer
          .subarray(0, bytesRead)
          .toString('utf8')
          .replace(/^\uFEFF/u, ''),
      )?.[0] ?? ''
    );
  } finally {
    await handle.close();
  }
}

/** A JSON document read whole (a STIX bundle, an FtM array), within MAX_JSON_DOCUMENT. */
export async function readJsonDocument(path: string): Promise<unknown> {
  await checkSize(path, MAX_JSON_DOCUMENT);
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).replace(/^\uFEFF/u, '');
  } catch (error) {
    throw ioError(path, 'cannot read the file', error);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = (error as Error).message;
    const { line } = lineAndColumn(text, errorOffset(text, reason));
    throw new PlexusError('VALIDATION', `${basename(path)}: line ${line}: not valid JSON (${reason})`, [
      { file: path, line, rule: 'json', message: reason },
    ]);
  }
}

/**
 * JSON lines streamed line by line (memory stays flat); a file that is one JSON array is
 * tolerated (Aleph exports, hand-made files) and read whole within MAX_JSON_DOCUMENT, its
 * items placed by their index.
 */
export async function* readJsonItems(path: string, signal?: AbortSignal): AsyncGenerator<JsonItem> {
  await checkSize(path);
  if ((await firstCharacter(path)) === '[') {
    const doc = await readJsonDocument(path);
    const items = Array.isArray(doc) ? doc : [doc];
    for (let i = 0; i < items.length && !signal?.aborted; i++) yield { element: `[${i}]`, value: items[i] };
    return;
  }
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      if (signal?.aborted) return;
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/u, '') : raw;
      if (text.trim() === '') continue;
      try {
        yield { line, value: JSON.parse(text) as unknown };
      } catch (error) {
        yield { line, error: `not valid JSON (${(error as Error).message})` };
      }
    }
  } catch (error) {
    throw ioError(path, 'cannot read the file', error);
  } finally {
    lines.close();
    input.destroy();
  }
}
