/**
 * Writing XML exports: escaping, and (re-exported) a file that appears only when complete.
 */

// XML 1.0 cannot carry these control characters at all, not even as references.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

/**
 * Escapes text for an attribute value or element content. Line breaks and tabs become
 * character references: a parser normalises raw ones in attributes to spaces, losing them.
 */
export function escapeXml(text: string): string {
  return text
    .replace(FORBIDDEN, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** ` a="1" b="2"` from pairs, skipping undefined values. */
export function xmlAttrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

export { writeAtomically, type Write } from '../../atomic-write';
