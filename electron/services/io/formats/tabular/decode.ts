import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable, Transform } from 'node:stream';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { IMPORT_LIMITS, type ReadNotice } from '../../types';

/**
 * Text files arrive in whatever encoding the analyst's tools wrote. The bytes decide: a
 * byte-order mark first, then whether the head is valid UTF-8, then a declaration, then
 * chardet. A declaration that the bytes contradict (UTF-8 declared, Latin-1 bytes) loses.
 */

const HEAD_BYTES = 64 * 1024;
/** Below this chardet is guessing between Latin code pages; windows-1252 is the common truth. */
const CHARDET_MIN_CONFIDENCE = 50;

export interface Detected {
  encoding: string;
  /** Bytes of byte-order mark to skip. */
  skip: number;
  /**
   * Said to the analyst when bytes that are not UTF-8 were read in a guessed encoding: a wrong
   * guess turns every accented or CJK name into other letters, silently.
   */
  notice?: ReadNotice;
}

function guessed(file: string, encoding: string, declaredName: string | undefined): Detected {
  const against = declaredName ? ` (the mapping says ${declaredName})` : '';
  return {
    encoding,
    skip: 0,
    notice: {
      message: `${file} is not valid UTF-8${against}: read as ${encoding}; name the encoding in the mapping if the text looks wrong`,
      guessedEncoding: encoding,
    },
  };
}

function bomOf(head: Buffer): Detected | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return undefined;
}

/** UTF-16 without a mark still shows itself: a zero byte beside most ASCII characters. */
function bomlessUtf16(head: Buffer): string | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

function isValidUtf8(head: Buffer): boolean {
  try {
    // stream: true so a character cut by the 64 KB boundary does not count as invalid.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const isAscii = (head: Buffer) => head.every((b) => b < 0x80);
const normalise = (name: string) => name.trim().toLowerCase().replace(/_/g, '-');
const SINGLE_BYTE_LATIN = new Set(['iso-8859-1', 'latin1', 'ascii', 'us-ascii']);

/** Picks the encoding of a file from its first bytes and an optional declaration. */
export function detectEncoding(head: Buffer, declared: string | undefined, file: string): Detected {
  const declaredName = declared ? normalise(declared) : undefined;
  if (declaredName && !iconv.encodingExists(declaredName)) {
    throw new PlexusError('VALIDATION', `${file}: unknown encoding "${declared}"`, [
      { file, field: 'encoding', message: `unknown encoding "${declared}"` },
    ]);
  }
  const bom = bomOf(head);
  if (bom) return bom;
  const utf16 = bomlessUtf16(head);
  if (utf16) return { encoding: utf16, skip: 0 };
  const declaredUtf16 = declaredName?.startsWith('utf-16') || declaredName?.startsWith('ucs-2');
  if (isAscii(head)) {
    // Pure ASCII reads the same in every ASCII-based encoding; honour the declaration when it is one.
    return { encoding: declaredName && !declaredUtf16 ? declaredName : 'utf-8', skip: 0 };
  }
  if (isValidUtf8(head)) return { encoding: 'utf-8', skip: 0 };
  if (declaredName && declaredName !== 'utf-8' && declaredName !== 'utf8' && !declaredUtf16) {
    return { encoding: declaredName, skip: 0 };
  }
  const best = chardet.analyse(head)[0];
  if (best && best.confidence >= CHARDET_MIN_CONFIDENCE && iconv.encodingExists(best.name)) {
    const name = normalise(best.name);
    if (!name.startsWith('utf')) {
      return guessed(file, SINGLE_BYTE_LATIN.has(name) ? 'windows-1252' : name, declaredName);
    }
  }
  return guessed(file, 'windows-1252', declaredName);
}

/** Refuses a file over the size limit before anything is read, naming the limit. */
export async function checkFileSize(path: string): Promise<void> {
  const { size } = await stat(path).catch((error: unknown) => {
    throw new PlexusError('IO', `${basename(path)}: cannot read the file (${(error as Error).message})`);
  });
  if (size > IMPORT_LIMITS.maxFileSize) {
    throw new PlexusError(
      'VALIDATION',
      `${basename(path)}: the file is ${size} bytes, over the import limit of ${IMPORT_LIMITS.maxFileSize} bytes`,
      [{ file: basename(path), rule: 'maxFileSize', message: 'file too large' }],
    );
  }
}

/** A stream of decoded text, its byte-order mark removed. */
export async function openDecoded(
  path: string,
  declared: string | undefined,
): Promise<{ text: Readable; encoding: string; head: string; notice?: ReadNotice }> {
  await checkFileSize(path);
  const handle = await open(path, 'r');
  const head = Buffer.alloc(HEAD_BYTES);
  let length: number;
  try {
    ({ bytesRead: length } = await handle.read(head, 0, HEAD_BYTES, 0));
  } finally {
    await handle.close();
  }
  const { encoding, skip, notice } = detectEncoding(head.subarray(0, length), declared, basename(path));
  const bytes = createReadStream(path, { start: skip });
  // iconv-lite's decoder is a Transform; its typings only promise a NodeJS.ReadWriteStream.
  const text = bytes.pipe(iconv.decodeStream(encoding, { stripBOM: true }) as unknown as Transform);
  bytes.on('error', (error) => text.destroy(error));
  const decodedHead = iconv.decode(head.subarray(skip, length), encoding);
  return { text, encoding, head: decodedHead, ...(notice ? { notice } : {}) };
}
