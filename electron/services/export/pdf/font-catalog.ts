import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FontWeight } from '../../../../graph-schema/chart/display-list';

/**
 * The bundled Noto fonts as @fontsource ships them: each family split into files by
 * unicode-range (latin, cyrillic, ~120 CJK slices...). The PDF needs, for each run of
 * characters, one file that holds all of them. The package's CSS says which file may cover
 * a code point, so only those are opened; the font itself then confirms it (a slice's
 * range can list characters the font lacks: Noto Sans SC's lists 김, Noto Sans KR has it).
 *
 * The .woff files, not .woff2: fontkit reads WOFF2 but its subsetter writes broken
 * composite glyphs from them (pdfkit fails with "Offset is outside the bounds of the
 * DataView"); WOFF decodes to plain TrueType and subsets cleanly.
 */

/** Tried in this order: Latin, Greek and Cyrillic first, then Arabic, then CJK (Japanese forms before Chinese). */
const FAMILIES = ['noto-sans', 'noto-sans-arabic', 'noto-sans-jp', 'noto-sans-sc', 'noto-sans-kr'] as const;

export interface FontFile {
  /** Stable name to register with pdfkit. */
  key: string;
  path: string;
}

interface Slice {
  file: FontFile;
  /** Sorted, non-overlapping [start, end] code point ranges. */
  ranges: Array<[number, number]>;
}

export class FontCatalog {
  private readonly slices: Record<FontWeight, Slice[][]>;
  private readonly cache = new Map<string, FontFile>();
  private readonly fonts = new Map<string, Font>();
  private readonly rangesByKey = new Map<string, Array<[number, number]>>();

  constructor(packageDir: (family: string) => string = fontsourceDir) {
    const load = (weight: FontWeight) =>
      FAMILIES.map((family) => parseCss(packageDir(family), family, weight));
    this.slices = { 400: load(400), 700: load(700) };
    for (const weight of [400, 700] as const)
      for (const family of this.slices[weight])
        for (const s of family) this.rangesByKey.set(s.file.key, s.ranges);
  }

  /** The first file, in family order, whose ranges hold the code point; Noto Sans Latin otherwise (a .notdef box). */
  fileFor(codePoint: number, weight: FontWeight): FontFile {
    const key = `${weight}:${codePoint}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let found: FontFile | undefined;
    for (const family of this.slices[weight]) {
      found = family.find(
        (slice) => covers(slice.ranges, codePoint) && this.has(slice.file, codePoint),
      )?.file;
      if (found) break;
    }
    const file = found ?? this.latin(weight);
    this.cache.set(key, file);
    return file;
  }

  /** Splits text into runs drawn with one file each. Spaces and marks stay with the run they are in. */
  runs(text: string, weight: FontWeight): Array<{ text: string; file: FontFile }> {
    const runs: Array<{ text: string; file: FontFile }> = [];
    for (const char of text) {
      const code = char.codePointAt(0) ?? 0;
      const last = runs.at(-1);
      // Whitespace, joiners and combining marks belong to the run around them (Arabic
      // shaping and accents need their neighbours in the same font call).
      if (last && this.has(last.file, code, isNeutral(code))) {
        last.text += char;
        continue;
      }
      runs.push({ text: char, file: this.fileFor(code, weight) });
    }
    return runs;
  }

  /**
   * The file parsed by fontkit, once per process: exports share it (pdfkit subsets it anew
   * for each document), which saves decompressing the WOFF for every export.
   */
  font(file: FontFile): Font {
    let font = this.fonts.get(file.key);
    if (!font) {
      const parsed = create(readFileSync(file.path));
      if (!('hasGlyphForCodePoint' in parsed)) throw new Error(`${file.path}: a font collection, not a font`);
      font = parsed;
      this.fonts.set(file.key, font);
    }
    return font;
  }

  /** The code points a file is meant for (its @font-face unicode-range), as sorted [start, end] pairs. */
  rangesOf(file: FontFile): ReadonlyArray<readonly [number, number]> {
    return this.rangesByKey.get(file.key) ?? [];
  }

  /** Whether the file draws the code point: listed in its range (unless `anyRange`) and present in the font. */
  private has(file: FontFile, code: number, anyRange = false): boolean {
    if (!anyRange && !covers(this.rangesByKey.get(file.key) ?? [], code)) return false;
    return this.font(file).hasGlyphForCodePoint(code);
  }

  private latin(weight: FontWeight): FontFile {
    const latin = this.slices[weight][0]?.find((s) => s.file.key.includes('-latin-'));
    if (!latin) throw new Error('the bundled Noto Sans font has no Latin file');
    return latin.file;
  }
}

function isNeutral(code: number): boolean {
  return (
    code === 0x20 || code === 0xa0 || (code >= 0x200b && code <= 0x200f) || (code >= 0x300 && code <= 0x36f)
  );
}

function covers(ranges: ReadonlyArray<[number, number]>, code: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const range = ranges[mid];
    if (!range) return false;
    if (code < range[0]) hi = mid - 1;
    else if (code > range[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const requireHere = createRequire(import.meta.url);

/** Resolved through Node's module lookup, so it works from source and from the packaged app. */
function fontsourceDir(family: string): string {
  return dirname(requireHere.resolve(`@fontsource/${family}/package.json`));
}

function parseCss(dir: string, family: string, weight: FontWeight): Slice[] {
  const css = readFileSync(join(dir, `${weight}.css`), 'utf8');
  const slices: Slice[] = [];
  for (const block of css.matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = block[1] ?? '';
    if (!/font-style:\s*normal/.test(body)) continue;
    const woff = /url\(\.\/files\/([^)]+?\.woff)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff || !range) continue;
    slices.push({
      file: { key: `${family}/${woff}`, path: join(dir, 'files', woff) },
      ranges: parseRanges(range),
    });
  }
  if (slices.length === 0) throw new Error(`@fontsource/${family}: no ${weight} fonts found in ${dir}`);
  return slices;
}

/** "U+0400-045F,U+2116,U+4??" into sorted [start, end] pairs. */
export function parseRanges(list: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const token of list.split(',')) {
    const m = /U\+([0-9A-Fa-f?]+)(?:-([0-9A-Fa-f]+))?/.exec(token.trim());
    if (!m?.[1]) continue;
    const start = parseInt(m[1].replace(/\?/g, '0'), 16);
    const end = m[2] ? parseInt(m[2], 16) : parseInt(m[1].replace(/\?/g, 'F'), 16);
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return ranges;
}
