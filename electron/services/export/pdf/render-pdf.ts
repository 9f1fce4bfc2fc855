import PDFDocument from 'pdfkit';
import { pageBanner } from '../../../../graph-schema/chart/banner';
import { composePages } from '../../../../graph-schema/chart/compose';
import { paperSize } from '../../../../graph-schema/chart/page-sizes';
import type { ExportHeader, PdfOptions, Scene } from '../../../../graph-schema/chart/scene';
import { FontCatalog } from './font-catalog';
import { paintPdf } from './paint-pdf';
import { PdfText } from './pdf-text';

let sharedCatalog: FontCatalog | null = null;

/** Parsed once per process: the CSS and font bytes do not change while Plexus runs. */
export function bundledFonts(): FontCatalog {
  sharedCatalog ??= new FontCatalog();
  return sharedCatalog;
}

export interface PdfResult {
  bytes: Uint8Array;
  pages: number;
}

/**
 * The chart as a vector PDF: composed on the chosen paper (tiled when asked), text as
 * real text in the bundled Noto fonts (subset, so only the glyphs used are embedded),
 * and the title, author and subject in the document's metadata.
 */
export async function renderChartPdf(
  scene: Scene,
  header: ExportHeader,
  options: PdfOptions,
  fonts: FontCatalog = bundledFonts(),
  now: Date = new Date(),
): Promise<PdfResult> {
  const banner = pageBanner(scene, header);
  const doc = new PDFDocument({
    autoFirstPage: false,
    compress: true,
    info: {
      Title: header.title || 'Link chart',
      Author: header.author,
      Subject: [header.subtitle, banner.text].filter((s) => s !== '').join(' — '),
      Keywords: banner.text,
      Creator: 'Plexus',
      Producer: 'Plexus',
      CreationDate: now,
    },
    // Viewers show the title rather than the file name.
    displayTitle: true,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const text = new PdfText(doc, fonts);
  const size = paperSize(options);
  const pages = composePages(scene, header, size, {
    measure: text.measure,
    tile: options.tile,
    tilesAcross: options.tilesAcross,
  });
  for (const page of pages) {
    doc.addPage({ size: [page.width, page.height], margin: 0 });
    paintPdf(doc, page.ops, text);
  }
  doc.end();
  await ended;
  const bytes = Buffer.concat(chunks);
  return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), pages: pages.length };
}
