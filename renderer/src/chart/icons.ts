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
 */
export function iconDataUri(kebab: string, stroke = '#FFFFFF'): string {
  const key = `${kebab}|${stroke}`;
  const cached = dataUriCache.get(key);
  if (cached) return cached;
  const svg = iconSvg(kebab)
    .trim()
    .replace(/stroke="currentColor"/g, `stroke="${stroke}"`)
    .replace(/\s+/g, ' ');
  const uri = `data:image/svg+xml;utf8,${encodeURIComponent(svg)}`;
  dataUriCache.set(key, uri);
  return uri;
}
