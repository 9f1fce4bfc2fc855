import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlexusError } from '../../../graph-schema/model/errors';

export type Write = (text: string) => Promise<void>;

/**
 * Writes through a stream (honouring back-pressure) into PATH.<pid>.partial and renames it
 * into place only when complete: a failed or interrupted export never leaves a half-written
 * file under the real name.
 */
export async function writeAtomically(path: string, body: (write: Write) => Promise<void>): Promise<void> {
  const temporary = `${path}.${process.pid}.partial`;
  const out = createWriteStream(temporary, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const write: Write = async (text) => {
    if (!out.write(text)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    await body(write);
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(temporary, path);
  } catch (error) {
    // The stream opens its file asynchronously: wait until it is closed, or the file can
    // appear after the rm below when the body failed before the open completed.
    out.destroy();
    if (!out.closed) await once(out, 'close');
    await rm(temporary, { force: true });
    if (error instanceof PlexusError) throw error;
    const message = `${basename(path)}: cannot write the export (${(error as Error).message})`;
    throw new PlexusError('IO', message, [{ file: path, message }]);
  }
}
