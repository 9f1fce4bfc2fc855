import { extname } from 'node:path';
import type { ExportChartRequest, ExportChartResult } from '../../../graph-schema/chart/export-request';
import { composeNaturalPage } from '../../../graph-schema/chart/compose';
import { pageToSvg } from '../../../graph-schema/chart/paint-svg';
import type { ExportHeader, Scene } from '../../../graph-schema/chart/scene';
import { PlexusError } from '../../../graph-schema/model/errors';
import { writeAtomically, type Write } from '../io/atomic-write';
import { ensureFolderFor } from '../io/export-folder';
import { bundledFonts, renderChartPdf } from './pdf/render-pdf';
import { catalogMeasure, embeddedFonts, pageTexts } from './svg-fonts';
import { textOutliner } from './svg-outlines';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The path with the format's extension, unless it already ends in it (any case). */
export function withExtension(path: string, format: 'pdf' | 'svg' | 'png'): string {
  return extname(path).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

/**
 * Draws (PDF, SVG) or takes (PNG, drawn by the renderer) the chart's bytes and writes them
 * atomically: a failed export never leaves a partial file under the real name.
 * `resolvePath` puts a bare name in the cases folder, as exportCase does.
 */
export async function exportChart(
  request: ExportChartRequest,
  resolvePath: (path: string) => string,
): Promise<ExportChartResult> {
  const { scene, header, output } = request;
  const path = resolvePath(withExtension(request.path, output.format));
  let body: Buffer;
  let pages = 1;
  if (output.format === 'pdf') {
    const pdf = await renderChartPdf(scene, header, output);
    body = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
    pages = pdf.pages;
  } else if (output.format === 'svg') {
    body = Buffer.from(
      svgWithFonts(scene, header, { textAsOutlines: output.textAsOutlines === true }),
      'utf8',
    );
  } else {
    body = Buffer.from(output.data, 'base64');
    if (!body.subarray(0, 8).equals(PNG_SIGNATURE))
      throw new PlexusError('VALIDATION', 'The PNG data is not a PNG image', [
        { field: 'output.data', message: 'not a PNG image' },
      ]);
  }
  // A missing folder is made, as a desktop app's Save does (the cases folder may not exist
  // before the first case is made there); one that cannot be is named in plain words.
  await ensureFolderFor(path);
  await writeAtomically(path, async (write) => {
    // The writer's type says text, but it hands chunks to a Node stream, which writes a
    // Buffer as raw bytes (its utf8 encoding applies to strings only).
    await (write as unknown as (chunk: Buffer) => ReturnType<Write>)(body);
  });
  return { path, bytes: body.byteLength, pages };
}

/**
 * The SVG file: measured with the bundled fonts and carrying the slices of them its text
 * uses (svg-fonts.ts), so it looks the same on a machine without them; or, on request, its
 * text drawn as the glyphs' outlines (svg-outlines.ts), carrying no font at all.
 */
export function svgWithFonts(
  scene: Scene,
  header: ExportHeader,
  options: { textAsOutlines?: boolean } = {},
): string {
  const fonts = bundledFonts();
  const measure = catalogMeasure(fonts);
  const page = composeNaturalPage(scene, header, measure);
  if (options.textAsOutlines) return pageToSvg(page, '', textOutliner(fonts, measure));
  const css = embeddedFonts(pageTexts(page.ops), fonts)
    .map((f) => f.css)
    .join('\n');
  return pageToSvg(page, css);
}
