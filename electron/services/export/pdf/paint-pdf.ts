import type { Fill, Op, Stroke } from '../../../../graph-schema/chart/display-list';
import type { PdfText } from './pdf-text';

/** Draws one display list onto the current PDF page: vector paths, text through PdfText. */
export function paintPdf(doc: PDFKit.PDFDocument, ops: readonly Op[], text: PdfText): void {
  for (const op of ops) {
    switch (op.kind) {
      case 'rect':
        if (op.radius > 0) doc.roundedRect(op.x, op.y, op.width, op.height, op.radius);
        else doc.rect(op.x, op.y, op.width, op.height);
        finish(doc, op.fill, op.stroke);
        break;
      case 'ellipse':
        doc.ellipse(op.cx, op.cy, op.rx, op.ry);
        finish(doc, op.fill, op.stroke);
        break;
      case 'polygon':
        doc.polygon(...pairs(op.points));
        finish(doc, op.fill, op.stroke);
        break;
      case 'path':
        doc.save();
        doc.translate(op.x, op.y).scale(op.scale);
        doc.lineJoin('round');
        doc.path(op.d);
        finish(doc, op.fill, op.stroke);
        doc.restore();
        break;
      case 'line': {
        const [first, ...rest] = pairs(op.points);
        if (!first) break;
        doc.moveTo(first[0], first[1]);
        for (const [x, y] of rest) doc.lineTo(x, y);
        finish(doc, null, op.stroke);
        break;
      }
      case 'quadratic':
        doc.moveTo(op.x1, op.y1).quadraticCurveTo(op.cx, op.cy, op.x2, op.y2);
        finish(doc, null, op.stroke);
        break;
      case 'text':
        text.draw(op);
        break;
      case 'group':
        doc.save();
        if (op.clip) doc.rect(op.clip.x, op.clip.y, op.clip.width, op.clip.height).clip();
        doc.translate(op.translateX, op.translateY).scale(op.scale);
        paintPdf(doc, op.ops, text);
        doc.restore();
        break;
    }
  }
}

function pairs(points: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push([points[i] ?? 0, points[i + 1] ?? 0]);
  return out;
}

/** Sets the paint for the path just built and fills and/or strokes it. */
function finish(doc: PDFKit.PDFDocument, fill: Fill | null, stroke: Stroke | null): void {
  if (fill) doc.fillColor(fill.color, fill.opacity);
  if (stroke) {
    doc.strokeColor(stroke.color, 1).lineWidth(stroke.width).lineCap(stroke.cap);
    const [on, off] = stroke.dash;
    if (on !== undefined) doc.dash(on, { space: off ?? on });
    else doc.undash();
  }
  if (fill && stroke) doc.fillAndStroke();
  else if (fill) doc.fill();
  else if (stroke) doc.stroke();
}
