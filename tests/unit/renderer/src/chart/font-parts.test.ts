import { describe, expect, it } from 'vitest';
import {
  codeRanges,
  familiesOf,
  FontParts,
  type FontPart,
} from '../../../../../renderer/src/chart/font-parts';

const part = (family: string, unicodeRange: string): FontPart => ({
  family,
  unicodeRange,
  status: 'unloaded',
  load: () => Promise.resolve(),
});

describe('font parts', () => {
  it('reads a unicode-range: single points, ranges and wildcards, sorted', () => {
    expect(codeRanges('U+4??, U+0-FF, u+131')).toEqual([
      [0x0, 0xff],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
  });

  it('reads a font list without quotes and without generic families', () => {
    expect(familiesOf('"Noto Sans", "Noto Sans JP", \'Noto Sans KR\', sans-serif')).toEqual([
      'Noto Sans',
      'Noto Sans JP',
      'Noto Sans KR',
    ]);
  });

  it('answers the parts of the first family that covers a character, of every weight', () => {
    const latin400 = part('Noto Sans', 'U+0-FF');
    const latin600 = part('Noto Sans', 'U+0-FF');
    const jpLatin = part('"Noto Sans JP"', 'U+0-7F');
    const jp = part('"Noto Sans JP"', 'U+96C7, U+4E00-4E0F');
    const sc = part('Noto Sans SC', 'U+4E00-9FFF');
    const parts = new FontParts(
      [sc, jp, jpLatin, latin600, latin400],
      ['Noto Sans', 'Noto Sans JP', 'Noto Sans SC'],
    );
    expect(parts.partsFor('A')).toEqual([latin600, latin400]);
    expect(parts.partsFor('雇')).toEqual([jp]);
    expect(parts.partsFor('与')).toEqual([jp]);
    expect(parts.partsFor('用')).toEqual([sc]);
    // No family covers it: the system's font draws it, nothing to wait for.
    expect(parts.partsFor('😀')).toEqual([]);
  });
});
