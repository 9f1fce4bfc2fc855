import { describe, expect, it } from 'vitest';
import { parseRanges } from '../../../../../../electron/services/export/pdf/font-catalog';
import { bundledFonts } from '../../../../../../electron/services/export/pdf/render-pdf';

describe('FontCatalog', () => {
  const fonts = bundledFonts();
  const fileOf = (char: string, weight: 400 | 700 = 400) =>
    fonts.fileFor(char.codePointAt(0) ?? 0, weight).key;

  it('picks the @fontsource slice that covers each script, as .woff', () => {
    expect(fileOf('A')).toBe('noto-sans/noto-sans-latin-400-normal.woff');
    expect(fileOf('И')).toBe('noto-sans/noto-sans-cyrillic-400-normal.woff');
    expect(fileOf('山')).toMatch(/^noto-sans-jp\/noto-sans-jp-\d+-400-normal\.woff$/);
    expect(fileOf('민')).toMatch(/^noto-sans-kr\//);
    // Noto Sans SC's CSS lists 김 in a slice that has no glyph for it: the font is asked too.
    expect(fileOf('김')).toMatch(/^noto-sans-kr\//);
    expect(fileOf('ع')).toBe('noto-sans-arabic/noto-sans-arabic-arabic-400-normal.woff');
    expect(fileOf('A', 700)).toBe('noto-sans/noto-sans-latin-700-normal.woff');
  });

  it('splits text into runs of one file each, keeping spaces with their neighbours', () => {
    const runs = fonts.runs('Ivan Иван Петров', 400).map((r) => r.text);
    expect(runs).toEqual(['Ivan ', 'Иван Петров']);
    expect(fonts.runs('علي حسن', 400)).toHaveLength(1);
  });

  it('parses unicode-range lists, wildcards included', () => {
    expect(parseRanges('U+0400-045F, U+2116,U+4??')).toEqual([
      [0x400, 0x45f],
      [0x400, 0x4ff],
      [0x2116, 0x2116],
    ]);
  });
});
