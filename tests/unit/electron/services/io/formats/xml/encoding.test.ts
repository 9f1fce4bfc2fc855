import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../../../../../../electron/services/io/formats/xml/encoding';

const supported = (name: string) => iconv.encodingExists(name);
const sniff = (bytes: Buffer) => sniffEncoding(bytes, supported);

describe('sniffEncoding', () => {
  it('lets a byte-order mark decide', () => {
    expect(sniff(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]))).toEqual({ encoding: 'utf8', bomLength: 3 });
    expect(sniff(Buffer.from([0xff, 0xfe, 0x3c, 0x00]))).toEqual({ encoding: 'utf16le', bomLength: 2 });
    expect(sniff(Buffer.from([0xfe, 0xff, 0x00, 0x3c]))).toEqual({ encoding: 'utf16be', bomLength: 2 });
  });

  it('reads UTF-16 without a mark from the bytes of "<?"', () => {
    expect(sniff(Buffer.from('<?xml', 'utf16le')).encoding).toBe('utf16le');
    expect(sniff(Buffer.from([0x00, 0x3c, 0x00, 0x3f])).encoding).toBe('utf16be');
  });

  it('ignores a UTF-16 declaration over single-byte bytes (the ANX lie)', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="UTF-16"?>\n<Chart/>', 'latin1');
    expect(sniff(head)).toEqual({ encoding: 'utf8', bomLength: 0, ignoredDeclaration: 'UTF-16' });
  });

  it('trusts a declared single-byte encoding over ASCII-compatible bytes', () => {
    const head = Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a/>', 'latin1');
    expect(sniff(head).encoding).toBe('windows-1252');
  });

  it('falls back to UTF-8 for no declaration or an unknown encoding', () => {
    expect(sniff(Buffer.from('<a/>')).encoding).toBe('utf8');
    expect(sniff(Buffer.from('<?xml version="1.0" encoding="x-made-up"?><a/>'))).toMatchObject({
      encoding: 'utf8',
      ignoredDeclaration: 'x-made-up',
    });
  });
});
