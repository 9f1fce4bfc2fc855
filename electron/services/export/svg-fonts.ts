import { existsSync, readFileSync } from 'node:fs';
import type { FontWeight, Measure, Op } from '../../../graph-schema/chart/display-list';
import type { FontCatalog, FontFile } from './pdf/font-catalog';

/**
 * The fonts an SVG export carries inside itself, so it looks the same on a machine without
 * Noto: for every character drawn, the bundled font file that draws it in the PDF too
 * (font-catalog.ts), embedded as an @font-face under its family's own name with its
 * unicode-range. The files are @fontsource's per-script slices (Latin, Cyrillic, ~100 slices
 * of CJK), so only the slices the chart's text touches travel with it, not whole fonts.
 * The WOFF2 form is embedded: what SVG viewers that load web fonts read, and the smallest.
 */

const FAMILY_NAMES: Record<string, string> = {
  'noto-sans': 'Noto Sans',
  'noto-sans-arabic': 'Noto Sans Arabic',
  'noto-sans-jp': 'Noto Sans JP',
  'noto-sans-sc': 'Noto Sans SC',
  'noto-sans-kr': 'Noto Sans KR',
};

/** Every text the page draws, by weight. */
export function pageTexts(
  ops: readonly Op[],
  out: Record<FontWeight, Set<string>> = { 400: new Set(), 700: new Set() },
) {
  for (const op of ops) {
    if (op.kind === 'text') out[op.weight].add(op.text);
    else if (op.kind === 'group') pageTexts(op.ops, out);
  }
  return out;
}

export interface EmbeddedFont {
  family: string;
  weight: FontWeight;
  file: FontFile;
  /** The @font-face rule, its font as a data: URL. */
  css: string;
}

/** The @font-face rules for the files that draw the given texts, each file once. */
export function embeddedFonts(texts: Record<FontWeight, Set<string>>, fonts: FontCatalog): EmbeddedFont[] {
  const out: EmbeddedFont[] = [];
  const seen = new Set<string>();
  for (const weight of [400, 700] as const) {
    const chars = new Set<number>();
    for (const text of texts[weight]) for (const ch of text) chars.add(ch.codePointAt(0) ?? 0);
    for (const code of [...chars].sort((a, b) => a - b)) {
      const file = fonts.fileFor(code, weight);
      if (seen.has(file.key)) continue;
      seen.add(file.key);
      const family = FAMILY_NAMES[file.key.split('/')[0] ?? ''] ?? 'Noto Sans';
      out.push({ family, weight, file, css: fontFace(family, weight, file, fonts.rangesOf(file)) });
    }
  }
  return out;
}

function fontFace(
  family: string,
  weight: FontWeight,
  file: FontFile,
  ranges: ReadonlyArray<readonly [number, number]>,
): string {
  const woff2 = file.path.replace(/\.woff$/, '.woff2');
  const [path, mime, format] = existsSync(woff2)
    ? [woff2, 'font/woff2', 'woff2']
    : [file.path, 'font/woff', 'woff'];
  const data = readFileSync(path).toString('base64');
  const range = ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(',');
  return `@font-face{font-family:"${family}";font-style:normal;font-weight:${weight};font-display:block;unicode-range:${range};src:url(data:${mime};base64,${data}) format("${format}")}`;
}

const hex = (n: number) => n.toString(16).toUpperCase();

/**
 * Text widths from the embedded fonts' own advances (fontkit), so labels and their patches
 * fit the glyphs the viewer will draw: the same metrics as the PDF's.
 */
export function catalogMeasure(fonts: FontCatalog): Measure {
  const perEm = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight}\u0000${text}`;
    let em = perEm.get(key);
    if (em === undefined) {
      em = 0;
      for (const run of fonts.runs(text, weight)) {
        const font = fonts.font(run.file);
        em += font.layout(run.text).advanceWidth / font.unitsPerEm;
      }
      perEm.set(key, em);
    }
    return em * size;
  };
}
