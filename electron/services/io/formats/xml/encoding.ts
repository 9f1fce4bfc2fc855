/**
 * Which encoding to decode an XML file with, decided by its bytes first. Declarations lie:
 * the ANX charts declare encoding="UTF-16" over plain ASCII bytes, and a strict parser
 * refuses them. A byte-order mark or the byte pattern of "<?" wins over the declaration;
 * the declaration is only trusted for single-byte encodings over ASCII-compatible bytes.
 */

/** An iconv-lite encoding name: utf8, utf16le, utf16be, or a declared single-byte one. */
export type XmlEncoding = string;

export interface SniffedEncoding {
  encoding: XmlEncoding;
  /** Bytes to skip: the byte-order mark. */
  bomLength: number;
  /** The declaration named an encoding the bytes contradict (kept for messages and tests). */
  ignoredDeclaration?: string;
}

const TWO_BYTE = /^(utf-?16|ucs-?2|unicode)/i;
const UTF8 = /^utf-?8$/i;

export function sniffEncoding(head: Buffer, supported: (name: string) => boolean): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  // No mark: "<?" as two-byte units tells the byte order.
  if (head[0] === 0x3c && head[1] === 0x00 && head[2] === 0x3f && head[3] === 0x00)
    return { encoding: 'utf16le', bomLength: 0 };
  if (head[0] === 0x00 && head[1] === 0x3c && head[2] === 0x00 && head[3] === 0x3f)
    return { encoding: 'utf16be', bomLength: 0 };

  // ASCII-compatible bytes: only a declared single-byte encoding can change the decoding.
  const declared = declaredEncoding(head.subarray(0, 200).toString('latin1'));
  if (!declared || UTF8.test(declared)) return { encoding: 'utf8', bomLength: 0 };
  if (TWO_BYTE.test(declared) || !supported(declared)) {
    return { encoding: 'utf8', bomLength: 0, ignoredDeclaration: declared };
  }
  return { encoding: declared.toLowerCase(), bomLength: 0 };
}

function declaredEncoding(start: string): string | undefined {
  const decl = /^<\?xml\s[^?]*\?>/.exec(start);
  if (!decl) return undefined;
  return /encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(decl[0])?.[1];
}
