import { z } from 'zod';
import { ExportHeader, PdfOptions, Scene } from './scene';

/**
 * What the renderer asks for when it exports a chart. PDF and SVG are drawn in Node from
 * the scene; PNG is drawn by the renderer (it has the canvas and the loaded fonts) and only
 * written by Node, so its bytes travel here as base64.
 */
export const ChartExportOutput = z.discriminatedUnion('format', [
  PdfOptions.extend({ format: z.literal('pdf') }),
  z.strictObject({
    format: z.literal('svg'),
    /** Text drawn as glyph outlines rather than as text with its fonts embedded: no font needed to view it. */
    textAsOutlines: z.boolean().optional(),
  }),
  z.strictObject({
    format: z.literal('png'),
    /** Base64 PNG bytes as made by scenePng; browser mode's 50 MB request limit applies. */
    data: z
      .string()
      .min(1)
      .max(200 * 2 ** 20),
  }),
]);
export type ChartExportOutput = z.infer<typeof ChartExportOutput>;

export const ExportChartRequest = z.strictObject({
  /** A bare name lands in the cases folder; the format's extension is added when missing. */
  path: z.string().min(1).max(4096),
  scene: Scene,
  header: ExportHeader,
  output: ChartExportOutput,
});
export type ExportChartRequest = z.infer<typeof ExportChartRequest>;

export const ExportChartResult = z.strictObject({
  /** The file written, extension included. */
  path: z.string(),
  bytes: z.number().int(),
  /** Pages in the PDF; 1 for SVG and PNG. */
  pages: z.number().int(),
});
export type ExportChartResult = z.infer<typeof ExportChartResult>;
