import { composeNaturalPage } from '../../../../graph-schema/chart/compose';
import { pageBanner } from '../../../../graph-schema/chart/banner';

import type { ExportHeader, PngOptions, Scene } from '../../../../graph-schema/chart/scene';
import { i18n } from '../../i18n';
import { canvasFont, canvasMeasure, paintCanvas, type Canvas2D } from './paint-canvas';

/**
 * The chart as PNG bytes: the same composed page as the SVG (banners, title, legend),
 * drawn on a canvas at 1x-4x with the fonts the app has loaded, on white or transparent.
 */
export async function scenePng(scene: Scene, header: ExportHeader, options: PngOptions): Promise<Uint8Array> {
  const scale = Math.min(4, Math.max(1, Math.round(options.scale)));
  const probe = makeCanvas(1, 1);
  const measure = canvasMeasure(probe.ctx);
  // Fonts first: @fontsource splits each family by unicode-range and the browser fetches a
  // slice only when asked, so measuring or drawing before would use a fallback font.
  await loadFonts(scene, header);
  // The chart's natural size shrinks with the scale so the picture stays within
  // MAX_PIXELS a side (the frame around it takes about FRAME_ALLOWANCE of that).
  const maxSide = Math.max(600, Math.floor(MAX_PIXELS / scale) - FRAME_ALLOWANCE);
  const page = composeNaturalPage(scene, header, measure, { maxSide, paper: options.background === 'white' });
  const pixels = Math.min(scale, MAX_PIXELS / Math.max(page.width, page.height));
  const { canvas, ctx } = makeCanvas(Math.ceil(page.width * pixels), Math.ceil(page.height * pixels));
  ctx.scale(pixels, pixels);
  paintCanvas(ctx, page.ops);
  return toPng(canvas);
}

/**
 * The longest side of a PNG, in pixels: more than A3 at 300 dpi (4,961 px). Browsers refuse
 * canvases much past 16,384 a side, and a 2,000-entity chart at 4x drawn 10,000 px a side
 * encoded to 77 MiB (46 MiB at 8,192), over browser mode's 50 MB request once in base64.
 */
export const MAX_PIXELS = 6144;
const FRAME_ALLOWANCE = 400;

/** Every string the page will draw, so the font slices covering them load before drawing. */
function pageText(scene: Scene, header: ExportHeader): string {
  const parts = [header.title, header.subtitle, header.author, header.date, pageBanner(scene, header).text];
  for (const n of scene.nodes) parts.push(n.label);
  for (const e of scene.edges) parts.push(e.label);
  for (const g of scene.groups) parts.push(g.title);
  for (const a of scene.annotations) parts.push(a.text);
  for (const l of scene.legend) parts.push(l.label);
  // One of each character is enough to pick the slices.
  return Array.from(new Set(Array.from(parts.join('')))).join('') + 'Legend Page0123456789…';
}

async function loadFonts(scene: Scene, header: ExportHeader): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  const text = pageText(scene, header);
  await Promise.all(
    [canvasFont(12, 400), canvasFont(12, 700)].map((font) => document.fonts.load(font, text)),
  );
  await document.fonts.ready;
}

type AnyCanvas = OffscreenCanvas | HTMLCanvasElement;

function makeCanvas(width: number, height: number): { canvas: AnyCanvas; ctx: Canvas2D } {
  const canvas: AnyCanvas =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d') as Canvas2D | null;
  if (!ctx) throw new Error(i18n.t('chartExport:canvasRefused', { width, height }));
  return { canvas, ctx };
}

async function toPng(canvas: AnyCanvas): Promise<Uint8Array> {
  const blob =
    'convertToBlob' in canvas
      ? await canvas.convertToBlob({ type: 'image/png' })
      : await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(i18n.t('chartExport:pngRefused'));
  return new Uint8Array(await blob.arrayBuffer());
}
