import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import iconv from 'iconv-lite';
import { SaxesParser } from 'saxes';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { IMPORT_LIMITS } from '../../types';
import { sniffEncoding } from './encoding';

/**
 * A streaming XML reader shared by the GraphML, GEXF and ANX importers: bytes are decoded by
 * what they are (encoding.ts), fed to saxes chunk by chunk, and handed on as small batches
 * of events, so memory stays flat whatever the file size. saxes never expands a DTD or
 * fetches anything; on top of that a DOCTYPE declaring entities is refused outright (XXE,
 * billion laughs) and nesting deeper than the limit is refused.
 */

export type XmlEvent =
  | {
      kind: 'open';
      /** Local name: prefixes are dropped, so a malformed namespace URI never matters. */
      name: string;
      attrs: Record<string, string>;
      line: number;
      /** Local names from the root down to this element, inclusive. */
      path: readonly string[];
    }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string };

export interface XmlReadOptions {
  maxDepth?: number;
  signal?: AbortSignal;
}

const HEAD_BYTES = 512;

export const localName = (qname: string): string => qname.slice(qname.indexOf(':') + 1);

/** A refusal naming the file, the line and the element. */
export function xmlError(
  file: string,
  line: number | undefined,
  element: string,
  message: string,
): PlexusError {
  const where = [line === undefined ? undefined : `line ${line}`, element ? `element ${element}` : undefined]
    .filter(Boolean)
    .join(', ');
  const text = `${file}: ${where ? `${where}: ` : ''}${message}`;
  return new PlexusError('VALIDATION', text, [
    { file, ...(line === undefined ? {} : { line }), message: text },
  ]);
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export async function* readXml(path: string, options: XmlReadOptions = {}): AsyncGenerator<XmlEvent[]> {
  const file = basename(path);
  const maxDepth = options.maxDepth ?? IMPORT_LIMITS.maxXmlDepth;
  const size = (await stat(path)).size;
  if (size > IMPORT_LIMITS.maxFileSize) {
    throw xmlError(
      file,
      undefined,
      '',
      `the file is ${size} bytes, over the limit of ${IMPORT_LIMITS.maxFileSize} bytes`,
    );
  }
  const sniffed = sniffEncoding(await readHead(path), (name) => iconv.encodingExists(name));
  const decoder = iconv.getDecoder(sniffed.encoding, { stripBOM: true });

  const parser = new SaxesParser({ xmlns: false, position: true });
  const stack: string[] = [];
  let events: XmlEvent[] = [];
  let tagLine = 1;
  const here = () => stack.join('/');
  const fail = (message: string) => xmlError(file, parser.line, here(), message);

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the place is said our way instead.
    throw fail(error.message.replace(/^\d+:\d+: /, ''));
  });
  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) {
      throw fail(
        'the DOCTYPE declares entities; DTD entities are refused (no external or expanding entities)',
      );
    }
  });
  parser.on('opentagstart', () => {
    tagLine = parser.line;
  });
  parser.on('opentag', (tag) => {
    const name = localName(tag.name);
    stack.push(name);
    if (stack.length > maxDepth) throw fail(`nesting deeper than ${maxDepth} elements is refused`);
    // saxes fires closetag for self-closing tags too, so open and close always pair.
    events.push({
      kind: 'open',
      name,
      attrs: tag.attributes as Record<string, string>,
      line: tagLine,
      path: [...stack],
    });
  });
  parser.on('closetag', (tag) => {
    stack.pop();
    events.push({ kind: 'close', name: localName(tag.name), line: parser.line });
  });
  const onText = (text: string) => {
    if (stack.length > 0) events.push({ kind: 'text', text });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  // UTF-8 (declared, or no declaration) is checked as it is read: iconv would turn a stray
  // windows-1252 byte into U+FFFD and a name in the file into another one, without a word.
  const strict = sniffed.encoding === 'utf8' ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  const notUtf8 = (text: string) => {
    const before = text.slice(0, Math.max(0, text.indexOf('\uFFFD')));
    const line = parser.line + (before.match(/\n/gu)?.length ?? 0);
    return xmlError(
      file,
      line,
      '',
      "not valid UTF-8, and no other encoding is declared: declare the file's encoding in its XML header or save it as UTF-8",
    );
  };
  const stream = createReadStream(path, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (options.signal?.aborted) return;
      const text = decoder.write(chunk);
      try {
        strict?.decode(chunk, { stream: true });
      } catch {
        throw notUtf8(text);
      }
      if (text) parser.write(text);
      if (events.length > 0) {
        const batch = events;
        events = [];
        yield batch;
      }
    }
    const rest = decoder.end();
    try {
      strict?.decode();
    } catch {
      throw notUtf8(rest ?? '');
    }
    if (rest) parser.write(rest);
    parser.close();
    if (events.length > 0) yield events;
  } finally {
    stream.destroy();
  }
}
