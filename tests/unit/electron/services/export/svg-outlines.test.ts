import { describe, expect, it } from 'vitest';
import { svgWithFonts } from '../../../../../electron/services/export/chart-export';
import { bundledFonts } from '../../../../../electron/services/export/pdf/render-pdf';
import { catalogMeasure } from '../../../../../electron/services/export/svg-fonts';
import { header, sampleScene } from '../../../../support/chart/scenes';

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** The texts an SVG draws as <text>. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => unescape(m[1] ?? ''));
}

/** The texts an outlined SVG draws as paths, with their path data. */
function outlined(svg: string): { text: string; d: string }[] {
  return [...svg.matchAll(/<path d="([^"]*)" fill="[^"]*" role="img" aria-label="([^"]*)"\/>/g)].map((m) => ({
    text: unescape(m[2] ?? ''),
    d: m[1] ?? '',
  }));
}

/** The box of a path's points (every coordinate pair in it; curves' control points included). */
function box(d: string) {
  const nums = [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const xs = nums.filter((_, i) => i % 2 === 0);
  const ys = nums.filter((_, i) => i % 2 === 1);
  return { x1: Math.min(...xs), x2: Math.max(...xs), y1: Math.min(...ys), y2: Math.max(...ys) };
}

describe('SVG export with text as outlines', () => {
  const plain = svgWithFonts(sampleScene(), header());
  const svg = svgWithFonts(sampleScene(), header(), { textAsOutlines: true });

  it('has no text elements and no fonts, and one named path for every text the plain export draws', () => {
    expect(svg).not.toMatch(/<text[\s>]/);
    expect(svg).not.toContain('@font-face');
    const drawn = texts(plain);
    expect(drawn.length).toBeGreaterThan(10);
    expect(outlined(svg).map((o) => o.text)).toEqual(drawn);
    // Every visible text has glyphs (spaces alone would draw nothing).
    for (const o of outlined(svg)) if (o.text.trim() !== '') expect(o.d, o.text).toMatch(/^M/);
    // Far smaller than the file carrying its fonts, and still a well-formed document.
    expect(svg.length).toBeLessThan(plain.length);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  });

  it('draws Japanese names with the bundled Japanese glyphs, as wide as the text is measured', () => {
    const fonts = bundledFonts();
    for (const char of '山田太郎') {
      const code = char.codePointAt(0) ?? 0;
      const font = fonts.font(fonts.fileFor(code, 400));
      // A real glyph, not the missing-glyph box.
      expect(font.glyphForCodePoint(code).id, char).toBeGreaterThan(0);
    }
    const label = outlined(svg).find((o) => o.text === '山田太郎');
    expect(label).toBeDefined();
    const d = label?.d ?? '';
    // Four characters of several strokes each: many closed contours.
    expect(d.match(/M/g)?.length ?? 0).toBeGreaterThan(8);
    const { x1, x2, y1, y2 } = box(d);
    const labelText = [
      ...plain.matchAll(/<text x="([^"]+)" y="([^"]+)" font-size="([^"]+)"[^>]*>山田太郎<\/text>/g),
    ][0];
    const size = Number(labelText?.[3]);
    const width = catalogMeasure(fonts)('山田太郎', size, 400);
    expect(x2 - x1).toBeGreaterThan(width * 0.85);
    expect(x2 - x1).toBeLessThan(width * 1.05);
    // Glyphs stand on the baseline, about a size tall, y down.
    const baseline = Number(labelText?.[2]);
    expect(y2).toBeLessThan(baseline + size * 0.3);
    expect(y1).toBeGreaterThan(baseline - size * 1.1);
    expect(y2 - y1).toBeGreaterThan(size * 0.6);
  });
});
