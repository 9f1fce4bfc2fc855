import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlexusError } from '../../../../../graph-schema/model/errors';

/**
 * Writing XML exports: escaping, and a file that appears only when complete (written to a
 * temporary name and renamed), so a failed export never leaves half a file behind.
 */

// XML 1.0 cannot carry these control characters at all, not even as references.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * Escapes text for an attribute value or element content. Line breaks and tabs become
 * character references: a parser normalises raw ones in attributes to spaces, losing them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** ` a="1" b="2"` from pairs, skipping undefined values. */
export function xmlAttrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

export type Write = (text: string) => Promise<void>;

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
    out.destroy();
    await rm(temporary, { force: true });
    if (error instanceof PlexusError) throw error;
    const message = `${basename(path)}: cannot write the export (${(error as Error).message})`;
    throw new PlexusError('IO', message, [{ file: path, message }]);
  }
}
