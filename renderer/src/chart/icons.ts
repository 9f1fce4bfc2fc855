import * as lucide from 'lucide-static';

/**
 * Type definitions name icons in Lucide's kebab-case ('building-2'); lucide-static exports
 * them in PascalCase ('Building2'). Icons are bundled, never fetched: the app runs offline.
 */
const ICONS: Readonly<Record<string, unknown>> = lucide;

export const FALLBACK_ICON = 'Circle';

export function iconExportName(kebab: string): string {
  return kebab
    .split('-')
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** The icon's SVG markup, or the fallback's when the name is unknown. */
export function iconSvg(kebab: string): string {
  const svg = ICONS[iconExportName(kebab)];
  if (typeof svg === 'string') return svg;
  return ICONS[FALLBACK_ICON] as string;
}

export function hasIcon(kebab: string): boolean {
  return typeof ICONS[iconExportName(kebab)] === 'string';
}

const dataUriCache = new Map<string, string>();

/**
 * The icon drawn in one colour, as a data URI Cytoscape can use as a node background.
 * Lucide strokes with currentColor, which an <img>-loaded SVG cannot inherit, so the
 * colour is written into the markup. Cached: one string per icon and colour.
 *
 * Kept short: Cytoscape hashes every style string of every node a character at a time on
 * each restyle, and this one was most of a node's (600 to 750 characters, about 0.8 s of the
 * first style pass at 10,000 entities). Single quotes and only the characters a data URI or
 * Cytoscape's value parser cannot take escaped (a space would split it into several images);
 * Lucide's class attribute goes, as nothing reads it in an image.
 */
export function iconDataUri(kebab: string, stroke = '#FFFFFF'): string {
  const key = `${kebab}|${stroke}`;
  const cached = dataUriCache.get(key);
  if (cached) return cached;
  const svg = iconSvg(kebab)
    .trim()
    .replace(/stroke="currentColor"/g, `stroke="${stroke}"`)
    .replace(/\s+class="[^"]*"/, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/\s(\/?>)/g, '$1')
    // Inside values (path data, the view box) SVG takes a comma for a space.
    .replace(/"[^"]*"/g, (value) => `'${value.slice(1, -1).replace(/ /g, ',')}'`);
  const uri = `data:image/svg+xml;utf8,${svg.replace(/[%#<>\s]/g, (c) => encodeURIComponent(c))}`;
  dataUriCache.set(key, uri);
  return uri;
}
