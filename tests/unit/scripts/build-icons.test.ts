import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTWORK, buildIcons, ICNS_TYPES, ICO_SIZES, LINUX_SIZES } from '../../../scripts/build-icons';

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

const files = buildIcons(readFileSync(ARTWORK, 'utf8'));
const file = (tail: string) => {
  const found = [...files].find(([path]) => relative(process.cwd(), path).endsWith(tail));
  if (!found) throw new Error(`no ${tail} among ${[...files.keys()].map((p) => basename(p)).join(', ')}`);
  return found[1];
};

describe('app icon', () => {
  it('renders the favicon artwork as a 1024 px PNG for electron-builder and 512 px for the window', () => {
    expect(pngSize(file('build-resources/icon.png'))).toEqual([1024, 1024]);
    expect(pngSize(file('electron/icon.png'))).toEqual([512, 512]);
    for (const size of LINUX_SIZES) expect(pngSize(file(`icons/${size}x${size}.png`))).toEqual([size, size]);
  });

  it('writes an ICO whose directory points at a PNG of each size', () => {
    const ico = file('icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length);
    ICO_SIZES.forEach((size, i) => {
      const at = 6 + 16 * i;
      expect(ico.readUInt8(at)).toBe(size === 256 ? 0 : size);
      const length = ico.readUInt32LE(at + 8);
      const offset = ico.readUInt32LE(at + 12);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual([size, size]);
    });
  });

  it('writes an ICNS of PNG entries that macOS reads, its length the file length', () => {
    const icns = file('icon.icns');
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    let at = 8;
    for (const [type, size] of ICNS_TYPES) {
      expect(icns.toString('ascii', at, at + 4)).toBe(type);
      const length = icns.readUInt32BE(at + 4);
      expect(pngSize(icns.subarray(at + 8, at + length))).toEqual([size, size]);
      at += length;
    }
    expect(at).toBe(icns.length);
  });
});
