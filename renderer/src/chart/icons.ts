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

/**
 * The icon's markup drawn in one colour: Lucide strokes with currentColor, which an
 * <img>-loaded SVG cannot inherit, so the colour is written in. Compact: single quotes, no
 * class attribute (nothing reads it in an image), and inside values (path data, the view box)
 * a comma for a space, as SVG allows, so the markup holds no whitespace.
 */
function coloredSvg(kebab: string, stroke: string): string {
  return iconSvg(kebab)
    .trim()
    .replace(/stroke="currentColor"/g, `stroke="${stroke}"`)
    .replace(/\s+class="[^"]*"/, '')
    .replace(/>\s+</g, '><')
    .replace(/\s+/g, ' ')
    .replace(/\s(\/?>)/g, '$1')
    .replace(/"[^"]*"/g, (value) => `'${value.slice(1, -1).replace(/ /g, ',')}'`);
}

const imageCache = new Map<string, string>();

/**
 * The icon drawn in one colour as the chart's node background: an object URL of its SVG,
 * one per icon and colour for the page's life. Cytoscape hashes every style string of every
 * node a character at a time on each restyle; a data URI is 600 to 750 characters, an object
 * URL about 60, which took some 0.2-0.4 s of main-thread CPU off putting up a 10,000-entity
 * chart (tests/bench/render/up-ab.ts). Same image, same colour: exports draw their icons from
 * the paths (icon-paths.ts), never from these URLs.
 */
export function iconImage(kebab: string, stroke = '#FFFFFF'): string {
  const key = `${kebab}|${stroke}`;
  const cached = imageCache.get(key);
  if (cached) return cached;
  // Every page Plexus runs in (Chromium, and Node 20+ for the tests) makes object URLs.
  const url = URL.createObjectURL(new Blob([coloredSvg(kebab, stroke)], { type: 'image/svg+xml' }));
  imageCache.set(key, url);
  return url;
}
