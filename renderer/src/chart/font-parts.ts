/**
 * Which parts of the page's fonts draw a character. @fontsource splits each font into parts
 * (@font-face rules) by unicode-range, and the browser draws a character with the first family
 * of the font list that has a part covering it, loading that part when first needed. Only that
 * family's parts count: document.fonts.check() also waits for every later family covering the
 * character (Noto Sans JP, SC and KR all cover Latin letters), which the drawing never uses.
 */

/** A part of a font as the chart needs it: a FontFace of document.fonts, or a test's stand-in. */
export interface FontPart {
  readonly family: string;
  readonly unicodeRange: string;
  readonly status: string;
  load(): Promise<unknown>;
}

/** The code point ranges of a CSS unicode-range ("U+0-FF, U+131, U+4??"), sorted. */
export function codeRanges(value: string): [number, number][] {
  const out: [number, number][] = [];
  for (const raw of value.split(',')) {
    const item = raw.trim().replace(/^U\+/i, '');
    if (item === '') continue;
    const [from, to] = item.includes('-')
      ? item.split('-')
      : [item.replaceAll('?', '0'), item.replaceAll('?', 'F')];
    const start = parseInt(from ?? '', 16);
    const end = parseInt(to ?? '', 16);
    if (Number.isFinite(start) && Number.isFinite(end)) out.push([start, end]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** A family name as CSS may quote it ('Noto Sans JP', "Noto Sans JP"), unquoted. */
const unquote = (family: string) => family.trim().replace(/^["']|["']$/g, '');

/** The families of a CSS font-family list, unquoted, without generic ones (the system's). */
export function familiesOf(list: string): string[] {
  const generic = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);
  return list
    .split(',')
    .map(unquote)
    .filter((f) => f !== '' && !generic.has(f));
}

function covers(ranges: readonly [number, number][], code: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [start, end] = ranges[mid] as [number, number];
    if (code < start) hi = mid - 1;
    else if (code > end) lo = mid + 1;
    else return true;
  }
  return false;
}

export class FontParts {
  /** Each family's parts with their ranges, in the font list's order. */
  private readonly families: { part: FontPart; ranges: [number, number][] }[][];
  private readonly byChar = new Map<string, readonly FontPart[]>();

  constructor(parts: Iterable<FontPart>, families: readonly string[]) {
    const all = [...parts];
    this.families = families.map((family) =>
      all
        .filter((p) => unquote(p.family) === family)
        // A part without a unicode-range covers everything (CSS's default).
        .map((part) => ({ part, ranges: codeRanges(part.unicodeRange || 'U+0-10FFFF') })),
    );
  }

  /** The parts that draw `ch`, of every weight; none where no family of the list covers it. */
  partsFor(ch: string): readonly FontPart[] {
    const known = this.byChar.get(ch);
    if (known) return known;
    const code = ch.codePointAt(0) ?? 0;
    let found: FontPart[] = [];
    for (const family of this.families) {
      found = family.filter((f) => covers(f.ranges, code)).map((f) => f.part);
      if (found.length > 0) break;
    }
    this.byChar.set(ch, found);
    return found;
  }
}

const onPage = new Map<string, FontParts>();

/** The page's font parts for a font list, read once: its @font-face rules do not change. */
export function pageFontParts(list: string): FontParts {
  let parts = onPage.get(list);
  if (!parts) {
    parts = new FontParts(document.fonts, familiesOf(list));
    onPage.set(list, parts);
  }
  return parts;
}
