import PDFDocument from 'pdfkit';
import type { Scene } from '../../../graph-schema/chart/scene';

/**
 * The floor for the PDF export: pdfkit drawing one plain circle per node and one straight
 * line per link, no text, no fonts, no layout, on one page. What the export adds on top is
 * the frame, icons, labels with font runs, dashes, arrowheads and subsetting.
 */
export async function barePdf(scene: Scene): Promise<number> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => doc.on('end', resolve));
  doc.addPage({ size: [1190.55, 841.89], margin: 0 });
  doc.scale(0.1);
  for (const edge of scene.edges)
    doc.moveTo(edge.from.x, edge.from.y).lineTo(edge.to.x, edge.to.y).stroke('#5F6B7C');
  for (const node of scene.nodes) doc.circle(node.x, node.y, node.size / 2).fill('#3B82C4');
  doc.end();
  await ended;
  return chunks.reduce((sum, c) => sum + c.byteLength, 0);
}
