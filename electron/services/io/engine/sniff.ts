import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DataFormatName } from '../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../graph-schema/model/errors';

/** Enough of a file to tell its format, however long its first record is. */
export const HEAD_BYTES = 64 * 1024;

/** The first bytes of a file; NOT_FOUND or IO naming it when it cannot be read. */
export async function readHead(path: string, bytes = HEAD_BYTES): Promise<Buffer> {
  try {
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await file.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead);
    } finally {
      await file.close();
    }
  } catch (error) {
    const name = basename(path);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new PlexusError('NOT_FOUND', `${name}: no such file (${path})`, [
        { file: path, message: 'no such file' },
      ]);
    const reason = (error as Error).message;
    throw new PlexusError('IO', `${name}: cannot read the file (${reason})`, [
      { file: path, message: reason },
    ]);
  }
}

/** The head as text: UTF-16 when its byte-order mark says so, UTF-8 otherwise, without the mark. */
export function headText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le');
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le');
  const text = head.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function parsedObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which JSON format a .json file holds: the native case export, a STIX bundle, or
 * FollowTheMoney entities one per line. Undefined when the head is not one of them.
 */
export function sniffJson(head: Buffer): DataFormatName | undefined {
  const text = headText(head).trimStart();
  if (!text.startsWith('{')) return undefined;
  const newline = text.indexOf('\n');
  const first = parsedObject(newline < 0 ? text : text.slice(0, newline));
  if (first) {
    if (first.format === 'plexus-case') return 'json';
    if (first.type === 'bundle') return 'stix';
    if (typeof first.schema === 'string') return 'ftm';
  }
  // Pretty-printed objects: the keys sit on the first lines, in any order.
  if (/^\{\s*"format"\s*:\s*"plexus-case"/.test(text)) return 'json';
  if (/"type"\s*:\s*"bundle"/.test(text.slice(0, 4096))) return 'stix';
  if (/"schema"\s*:\s*"[A-Z]\w*"/.test(text) && /"properties"\s*:/.test(text)) return 'ftm';
  return undefined;
}

/** Text that splits into columns: tabs make it TSV, anything else CSV. */
export function sniffDelimited(head: Buffer): 'csv' | 'tsv' {
  const text = headText(head);
  const newline = text.indexOf('\n');
  const line = newline < 0 ? text : text.slice(0, newline);
  return line.includes('\t') ? 'tsv' : 'csv';
}
