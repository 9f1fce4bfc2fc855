import type { Measure, TextOp } from '../../../graph-schema/chart/display-list';
import type { FontCatalog } from './pdf/font-catalog';

/**
 * Text as outlines, for an SVG that must look the same wherever it is opened and whatever
 * the program does with fonts (a print shop's RIP, an editor without Noto, a viewer that
 * ignores embedded web fonts): every label becomes the glyph shapes of the bundled font that
 * draws it in the PDF (font-catalog.ts), laid out by fontkit with its kerning, as one path.
 * The text is no longer selectable; the path keeps it as its accessible name.
 */

/** Two decimals are finer than any printer; fontkit writes every digit it has. */
const round = (d: string) =>
  d.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (m) => String(Math.round(Number(m) * 100) / 100));

/** Path data (page units, y down) drawing a text op's glyphs where the text would be drawn. */
export function textOutliner(fonts: FontCatalog, measure: Measure): (op: TextOp) => string {
  return (op) => {
    const width = measure(op.text, op.size, op.weight);
    let x = op.x - (op.anchor === 'middle' ? width / 2 : op.anchor === 'end' ? width : 0);
    const parts: string[] = [];
    for (const run of fonts.runs(op.text, op.weight)) {
      const font = fonts.font(run.file);
      const s = op.size / font.unitsPerEm;
      const { glyphs, positions } = font.layout(run.text);
      glyphs.forEach((glyph, i) => {
        const at = positions[i];
        if (!at) return;
        // Font units are y up from the baseline; the page is y down.
        const d = glyph.path
          .scale(s, -s)
          .translate(x + at.xOffset * s, op.y - at.yOffset * s)
          .toSVG();
        if (d !== '') parts.push(round(d));
        x += at.xAdvance * s;
      });
    }
    return parts.join('');
  };
}
