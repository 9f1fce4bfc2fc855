import { create, type Font } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { svgWithFonts } from '../../../../../electron/services/export/chart-export';
import { bundledFonts } from '../../../../../electron/services/export/pdf/render-pdf';
import { header, sampleScene } from '../../../../support/chart/scenes';

/** The @font-face rules of an SVG: family, weight, unicode-range and the embedded font. */
function faces(svg: string) {
  return [
    ...svg.matchAll(
      /@font-face\{font-family:"([^"]+)";[^}]*font-weight:(\d+);[^}]*unicode-range:([^;]+);src:url\(data:font\/woff2;base64,([^)]+)\)/g,
    ),
  ].map((m) => ({
    family: m[1] ?? '',
    weight: Number(m[2]),
    range: m[3] ?? '',
    font: create(Buffer.from(m[4] ?? '', 'base64')) as Font,
  }));
}

/** Whether a unicode-range list ("U+4E00-4E3F,U+5C71") holds a code point. */
function inRange(range: string, code: number): boolean {
  return range.split(',').some((token) => {
    const [a, b] = token.replace('U+', '').split('-');
    const start = parseInt(a ?? '', 16);
    return code >= start && code <= (b ? parseInt(b, 16) : start);
  });
}

describe('SVG export fonts', () => {
  it('carries the font slices its text uses, so Japanese and Chinese names draw with the bundled glyphs', () => {
    const svg = svgWithFonts(sampleScene(), header());
    const embedded = faces(svg);
    expect(embedded.length).toBeGreaterThan(2);
    // The names, still as searchable text.
    expect(svg).toContain('山田太郎');
    expect(svg).toContain('张伟');
    // Each character of the Japanese and the Chinese name is drawn by an embedded face whose
    // range claims it, the same file the PDF uses for it.
    const fonts = bundledFonts();
    for (const [char, family] of [
      ['山', 'Noto Sans JP'],
      ['郎', 'Noto Sans JP'],
      ['张', 'Noto Sans SC'],
      ['伟', 'Noto Sans SC'],
    ] as const) {
      const code = char.codePointAt(0) ?? 0;
      const face = embedded.find((f) => f.weight === 400 && inRange(f.range, code) && f.family === family);
      expect(face, char).toBeDefined();
      expect(face!.font.hasGlyphForCodePoint(code), char).toBe(true);
      expect(fonts.fileFor(code, 400).key.startsWith(family.toLowerCase().replace(/ /g, '-') + '/')).toBe(
        true,
      );
    }
    // Latin text and the bold title have theirs too; scripts not on the chart do not travel.
    expect(embedded.some((f) => f.family === 'Noto Sans' && f.weight === 700)).toBe(true);
    expect(embedded.some((f) => f.family === 'Noto Sans KR')).toBe(false);
  });
});
