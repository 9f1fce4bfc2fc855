import { composeNaturalPage } from './compose';
import type { Fill, Measure, Op, Page, Stroke, TextOp } from './display-list';
import type { ExportHeader, Scene } from './scene';
import { approximateMeasure } from './text-wrap';

/** The bundled fonts, then the system's: names in any script find a glyph. */
export const EXPORT_FONT_FAMILY = `"Noto Sans","Noto Sans JP","Noto Sans SC","Noto Sans KR","Noto Sans Arabic",sans-serif`;

/**
 * The whole chart as one SVG document (SVG has no pages, so it is never tiled). Without
 * `fontCss` text is measured approximately and drawn with the viewer's own fonts (printing
 * from the app, which has them loaded); the file export embeds them (electron/services/export).
 */
export function sceneToSvg(
  scene: Scene,
  header: ExportHeader,
  measure: Measure = approximateMeasure,
  fontCss = '',
): string {
  return pageToSvg(composeNaturalPage(scene, header, measure), fontCss);
}

/** Path data for a text op's glyphs (page units), for text drawn as outlines. */
export type Outline = (op: TextOp) => string;

/**
 * One composed page as a standalone SVG document: vector shapes, text as <text>, and
 * `fontCss` (@font-face rules) in a style sheet of its own when given. With `outline`,
 * text is drawn as the glyphs' shapes instead (one path per text, named by it), needing no font.
 */
export function pageToSvg(page: Page, fontCss = '', outline?: Outline): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(page.width)}" height="${n(page.height)}" viewBox="0 0 ${n(page.width)} ${n(page.height)}" font-family="${attr(EXPORT_FONT_FAMILY)}">\n`,
  ];
  // Base64 and CSS punctuation only: nothing in it needs escaping in XML but the CDATA end.
  if (fontCss !== '')
    out.push(`<defs><style type="text/css"><![CDATA[${fontCss.replace(/]]>/g, '')}]]></style></defs>\n`);
  const clips = { next: 0, outline };
  for (const op of page.ops) paint(op, out, clips);
  out.push('</svg>\n');
  return out.join('');
}

function paint(op: Op, out: string[], clips: { next: number; outline: Outline | undefined }): void {
  switch (op.kind) {
    case 'rect':
      out.push(
        `<rect x="${n(op.x)}" y="${n(op.y)}" width="${n(op.width)}" height="${n(op.height)}"${op.radius > 0 ? ` rx="${n(op.radius)}"` : ''}${paintAttrs(op.fill, op.stroke)}/>\n`,
      );
      return;
    case 'ellipse':
      out.push(
        `<ellipse cx="${n(op.cx)}" cy="${n(op.cy)}" rx="${n(op.rx)}" ry="${n(op.ry)}"${paintAttrs(op.fill, op.stroke)}/>\n`,
      );
      return;
    case 'polygon':
      out.push(`<polygon points="${op.points.map(n).join(' ')}"${paintAttrs(op.fill, op.stroke)}/>\n`);
      return;
    case 'path':
      out.push(
        `<path d="${attr(op.d)}" transform="translate(${n(op.x)} ${n(op.y)}) scale(${n4(op.scale)})" stroke-linejoin="round"${paintAttrs(op.fill, op.stroke)}/>\n`,
      );
      return;
    case 'line':
      out.push(`<polyline points="${op.points.map(n).join(' ')}"${paintAttrs(null, op.stroke)}/>\n`);
      return;
    case 'quadratic':
      out.push(
        `<path d="M${n(op.x1)} ${n(op.y1)}Q${n(op.cx)} ${n(op.cy)} ${n(op.x2)} ${n(op.y2)}"${paintAttrs(null, op.stroke)}/>\n`,
      );
      return;
    case 'text': {
      if (clips.outline) {
        out.push(
          `<path d="${clips.outline(op)}" fill="${op.color}" role="img" aria-label="${attr(op.text)}"/>\n`,
        );
        return;
      }
      const anchor = op.anchor === 'start' ? '' : ` text-anchor="${op.anchor}"`;
      const weight = op.weight === 700 ? ' font-weight="bold"' : '';
      out.push(
        `<text x="${n(op.x)}" y="${n(op.y)}" font-size="${n(op.size)}"${weight}${anchor} fill="${op.color}" xml:space="preserve">${text(op.text)}</text>\n`,
      );
      return;
    }
    case 'group': {
      let close = '</g>\n';
      if (op.clip) {
        const id = `clip${clips.next++}`;
        const c = op.clip;
        out.push(
          `<clipPath id="${id}"><rect x="${n(c.x)}" y="${n(c.y)}" width="${n(c.width)}" height="${n(c.height)}"/></clipPath>\n<g clip-path="url(#${id})">\n`,
        );
        close = '</g>\n</g>\n';
      }
      out.push(`<g transform="translate(${n(op.translateX)} ${n(op.translateY)}) scale(${n4(op.scale)})">\n`);
      for (const child of op.ops) paint(child, out, clips);
      out.push(close);
      return;
    }
  }
}

function paintAttrs(fill: Fill | null, stroke: Stroke | null): string {
  let s = fill
    ? ` fill="${fill.color}"${fill.opacity < 1 ? ` fill-opacity="${n(fill.opacity)}"` : ''}`
    : ' fill="none"';
  if (stroke) {
    s += ` stroke="${stroke.color}" stroke-width="${n(stroke.width)}"`;
    if (stroke.dash.length > 0) s += ` stroke-dasharray="${stroke.dash.map(n).join(' ')}"`;
    if (stroke.cap === 'round') s += ' stroke-linecap="round"';
  }
  return s;
}

/** Two decimals are finer than any printer and keep a 2,000-node file small. */
const n = (v: number): string => String(Math.round(v * 100) / 100);
const n4 = (v: number): string => String(Math.round(v * 10000) / 10000);

// XML 1.0 forbids most control characters even escaped; labels come from user data.
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;');
}
