import type { FontWeight, Measure } from './display-list';

const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than maxWidth: at spaces where there are any, and between
 * characters otherwise (Chinese and Japanese have no spaces, and a long unbroken token must
 * still fit). Explicit newlines are kept. Past maxLines the last line ends with an ellipsis.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: Measure,
  size: number,
  weight: FontWeight,
  maxLines = Number.POSITIVE_INFINITY,
): string[] {
  const lines: string[] = [];
  const fits = (s: string) => measure(s, size, weight) <= maxWidth;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/(?<=\s)/)) {
      if (fits(line + word)) {
        line += word;
        continue;
      }
      if (line.trim() !== '') lines.push(line.trimEnd());
      line = '';
      if (fits(word)) {
        line = word;
        continue;
      }
      // A word wider than the line on its own: break it between characters.
      for (const char of Array.from(word)) {
        if (line !== '' && !fits(line + char)) {
          lines.push(line);
          line = '';
        }
        line += char;
      }
    }
    lines.push(line.trimEnd());
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept.length - 1;
  kept[last] = ellipsize(`${kept[last] ?? ''}${ELLIPSIS}`, maxWidth, measure, size, weight);
  return kept;
}

/** Shortens text (keeping a trailing ellipsis) until it fits. */
export function ellipsize(
  text: string,
  maxWidth: number,
  measure: Measure,
  size: number,
  weight: FontWeight,
): string {
  if (measure(text, size, weight) <= maxWidth) return text;
  const chars = Array.from(text.endsWith(ELLIPSIS) ? text.slice(0, -1) : text);
  while (chars.length > 0 && measure(chars.join('') + ELLIPSIS, size, weight) > maxWidth) chars.pop();
  return chars.join('') + ELLIPSIS;
}

/**
 * A measure that needs no font: average advance widths of Noto Sans by character class.
 * Used by the SVG export (the viewer picks the font) and by tests.
 */
export const approximateMeasure: Measure = (text, size, weight) => {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x1100 && isWide(code)) em += 1;
    else if (/[ilj.,:;'|!]/.test(char)) em += 0.28;
    else if (/[mwMW@]/.test(char)) em += 0.86;
    else if (char === ' ') em += 0.26;
    else if (/[A-Z]/.test(char)) em += 0.64;
    else em += 0.55;
  }
  return em * size * (weight === 700 ? 1.06 : 1);
};

/** Full-width scripts: Hangul, CJK, kana, full-width forms. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}
