import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfPageText {
  width: number;
  height: number;
  /** Each text item as drawn. */
  items: string[];
  /** The items joined with nothing between them: text split into font runs reads whole again. */
  joined: string;
}

/** Reads a PDF the way a viewer's search does (pdf.js, Mozilla's PDF reader). */
export async function readPdf(
  bytes: Uint8Array,
): Promise<{ pages: PdfPageText[]; info: Record<string, unknown> }> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: PdfPageText[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , width = 0, height = 0] = page.view;
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) => ('str' in item && item.str !== '' ? [item.str] : []));
    pages.push({ width, height, items, joined: items.join('') });
  }
  const meta = await pdf.getMetadata();
  await pdf.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}
