import { iconSvg } from './icons';

/**
 * An icon as SVG path data (Lucide's 24 x 24 grid, stroked): the form every export painter
 * draws (SVG <path>, PDF path operators, canvas Path2D). Lucide draws with seven element
 * kinds; each is rewritten as a path so painters only ever see one.
 */
const cache = new Map<string, string[]>();

const ELEMENT = /<(path|circle|rect|line|ellipse|polyline|polygon)\b([^>]*)\/?>/g;
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of source.matchAll(ATTRIBUTE)) if (name) out[name] = value ?? '';
  return out;
}

const num = (a: Record<string, string>, key: string, fallback = 0) => {
  const value = Number(a[key]);
  return Number.isFinite(value) ? value : fallback;
};

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  // Two half arcs: one arc from a point to itself draws nothing.
  return `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0Z`;
}

function rectPath(x: number, y: number, w: number, h: number, rx: number, ry: number): string {
  if (rx <= 0 && ry <= 0) return `M${x} ${y}h${w}v${h}h${-w}Z`;
  const r = Math.min(rx || ry, w / 2);
  const s = Math.min(ry || rx, h / 2);
  return (
    `M${x + r} ${y}h${w - 2 * r}a${r} ${s} 0 0 1 ${r} ${s}v${h - 2 * s}a${r} ${s} 0 0 1 ${-r} ${s}` +
    `h${-(w - 2 * r)}a${r} ${s} 0 0 1 ${-r} ${-s}v${-(h - 2 * s)}a${r} ${s} 0 0 1 ${r} ${-s}Z`
  );
}

function pointsPath(points: string, closed: boolean): string {
  const values = points
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const parts: string[] = [];
  for (let i = 0; i + 1 < values.length; i += 2)
    parts.push(`${i === 0 ? 'M' : 'L'}${values[i]} ${values[i + 1]}`);
  return parts.join('') + (closed ? 'Z' : '');
}

export function elementPath(kind: string, a: Record<string, string>): string | null {
  switch (kind) {
    case 'path':
      return a.d ?? null;
    case 'circle':
      return ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'r'), num(a, 'r'));
    case 'ellipse':
      return ellipsePath(num(a, 'cx'), num(a, 'cy'), num(a, 'rx'), num(a, 'ry'));
    case 'rect':
      return rectPath(
        num(a, 'x'),
        num(a, 'y'),
        num(a, 'width'),
        num(a, 'height'),
        num(a, 'rx'),
        num(a, 'ry'),
      );
    case 'line':
      return `M${num(a, 'x1')} ${num(a, 'y1')}L${num(a, 'x2')} ${num(a, 'y2')}`;
    case 'polyline':
      return pointsPath(a.points ?? '', false);
    case 'polygon':
      return pointsPath(a.points ?? '', true);
    default:
      return null;
  }
}

/** The named icon (kebab-case, as type files name it) as stroked path data. */
export function iconPaths(kebab: string): string[] {
  const cached = cache.get(kebab);
  if (cached) return cached;
  const paths: string[] = [];
  for (const [, kind, attrs] of iconSvg(kebab).matchAll(ELEMENT)) {
    const d = kind ? elementPath(kind, attributes(attrs ?? '')) : null;
    if (d) paths.push(d);
  }
  cache.set(kebab, paths);
  return paths;
}
