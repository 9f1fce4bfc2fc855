/** PackStream and framing of the scripted Bolt server, byte for byte where the spec fixes it. */
import { describe, expect, it } from 'vitest';
import { Dechunker, frame } from '../../../../../../support/bolt/framing';
import { Float, pack, Structure, unpack, type PackValue } from '../../../../../../support/bolt/packstream';

describe('PackStream v1', () => {
  it.each([
    [0n, '00'],
    [-16n, 'f0'],
    [127n, '7f'],
    [-17n, 'c8ef'],
    [-128n, 'c880'],
    [128n, 'c90080'],
    [-32768n, 'c98000'],
    [32768n, 'ca00008000'],
    [2147483648n, 'cb0000000080000000'],
    [-9223372036854775808n, 'cb8000000000000000'],
  ])('encodes INTEGER %s as %s', (value, hex) => {
    expect(pack(value).toString('hex')).toBe(hex);
    expect(unpack(Buffer.from(hex, 'hex'))).toBe(value);
  });

  it('encodes FLOAT, null, booleans, and sized strings, lists and maps', () => {
    expect(pack(1.5).toString('hex')).toBe('c13ff8000000000000');
    expect(pack(new Float(1)).toString('hex')).toBe('c13ff0000000000000');
    expect(pack([null, true, false]).toString('hex')).toBe('93c0c3c2');
    expect(pack('A').toString('hex')).toBe('8141');
    expect(pack({ a: 1 }).toString('hex')).toBe('a1816101');
    expect(pack('x'.repeat(16)).subarray(0, 2).toString('hex')).toBe('d010');
    expect(pack('x'.repeat(256)).subarray(0, 3).toString('hex')).toBe('d10100');
    expect(
      pack(Array.from({ length: 16 }, () => 1))
        .subarray(0, 2)
        .toString('hex'),
    ).toBe('d410');
  });

  it('round-trips nested values, bytes and structures', () => {
    const value: PackValue = {
      name: '王偉',
      list: [1n, 2.5, 'three', null, [true]],
      bytes: new Uint8Array([1, 2, 3]),
      node: new Structure(0x4e, [1n, ['Person'], { id: 'p-1' }, 'e-1']),
      long: 'y'.repeat(70_000),
    };
    expect(unpack(pack(value))).toEqual(value);
  });

  it('refuses a truncated value', () => {
    expect(() => unpack(Buffer.from('d105', 'hex'))).toThrow(/ends mid-value/);
  });
});

describe('chunked framing', () => {
  it('reassembles messages however TCP splits them, skipping NOOP chunks', () => {
    const one = pack(new Structure(0x10, ['RETURN 1', {}, {}]));
    const big = pack('z'.repeat(150_000));
    const dechunker = new Dechunker();
    const messages: Buffer[] = [];
    // The small message byte by byte (headers split), the large one in odd-sized pieces.
    for (const byte of Buffer.concat([Buffer.from([0, 0]), frame(one)])) {
      messages.push(...dechunker.push(Buffer.from([byte])));
    }
    const wire = frame(big);
    for (let at = 0; at < wire.length; at += 997)
      messages.push(...dechunker.push(wire.subarray(at, at + 997)));
    expect(messages).toEqual([one, big]);
  });
});
