import type { FontWeight, Measure, TextOp } from '../../../../graph-schema/chart/display-list';
import type { FontCatalog, FontFile } from './font-catalog';

/**
 * Text in the PDF as real text objects (searchable, copyable): each run of characters in
 * the bundled font file that covers it, registered with the document on first use so
 * pdfkit embeds only the files used, each subset to the glyphs drawn.
 */
export class PdfText {
  private readonly registered = new Set<string>();
  private readonly widths = new Map<string, number>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly fonts: FontCatalog,
  ) {}

  /** Width in the document's units, from the embedded fonts' own advance widths. */
  readonly measure: Measure = (text, size, weight) => {
    const key = `${weight}\u0000${text}`;
    let perPoint = this.widths.get(key);
    if (perPoint === undefined) {
      perPoint = 0;
      for (const run of this.fonts.runs(text, weight)) perPoint += this.runWidth(run.text, run.file, 1);
      this.widths.set(key, perPoint);
    }
    return perPoint * size;
  };

  draw(op: TextOp): void {
    if (op.text === '') return;
    const width = this.measure(op.text, op.size, op.weight);
    let x = op.anchor === 'start' ? op.x : op.anchor === 'middle' ? op.x - width / 2 : op.x - width;
    this.doc.fillColor(op.color, 1);
    for (const run of this.fonts.runs(op.text, op.weight)) {
      this.use(run.file, op.size);
      this.doc.text(run.text, x, op.y, { lineBreak: false, baseline: 'alphabetic' });
      x += this.runWidth(run.text, run.file, op.size);
    }
  }

  private runWidth(text: string, file: FontFile, size: number): number {
    this.use(file, size);
    return this.doc.widthOfString(text);
  }

  private use(file: FontFile, size: number): void {
    if (!this.registered.has(file.key)) {
      // pdfkit takes a parsed fontkit font as well as bytes (it checks for .layout), though
      // its typings list bytes only; sharing the parsed font skips a WOFF decode per export.
      this.doc.registerFont(file.key, this.fonts.font(file) as unknown as Buffer);
      this.registered.add(file.key);
    }
    this.doc.font(file.key).fontSize(size);
  }
}

export type { FontWeight };
