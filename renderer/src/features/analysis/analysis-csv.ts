import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { csvCell } from '../import/rejected-csv';

/** The whole answer as CSV (every row, not only the ones the table shows), with entity labels. */
export function analysisCsv(result: AnalysisResult, labelOf: (id: string) => string): string {
  const rows: (string | number)[][] = [];
  switch (result.kind) {
    case 'entities':
      rows.push(['rank', 'score', 'id', 'label']);
      for (const r of result.rows) rows.push([r.rank, r.score, r.id, labelOf(r.id)]);
      break;
    case 'pairs':
      rows.push(['rank', 'score', 'links', 'source_id', 'source_label', 'target_id', 'target_label']);
      for (const r of result.rows)
        rows.push([r.rank, r.score, r.links, r.source, labelOf(r.source), r.target, labelOf(r.target)]);
      break;
    case 'communities':
      rows.push(['community', 'size', 'id', 'label']);
      for (const r of result.rows) rows.push([r.community, r.size, r.id, labelOf(r.id)]);
      break;
  }
  // CRLF and a byte-order mark, as the import's rejected rows: Excel reads the names right.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** "pagerank-2026-12-06.csv": the measure and the day. */
export function analysisFileName(result: AnalysisResult, now = new Date()): string {
  return `${result.measure}-${now.toISOString().slice(0, 10)}.csv`;
}
