import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import type { ChartStyle } from '../../../../graph-schema/chart/style-spec';

/** The chart's style sized by an entity answer's scores (kept in the style: exports draw the same). */
export function sizedByScore(style: ChartStyle, result: AnalysisResult): ChartStyle | null {
  if (result.kind !== 'entities') return null;
  const scores = Object.fromEntries(result.rows.map((r) => [r.id, r.score]));
  return {
    ...style,
    sizeBy: 'measure.analysis',
    analysis: { measure: result.measure, scores, communities: style.analysis?.communities ?? {} },
  };
}

/** The chart's style coloured by a communities answer. */
export function colouredByCommunity(style: ChartStyle, result: AnalysisResult): ChartStyle | null {
  if (result.kind !== 'communities') return null;
  const communities = Object.fromEntries(result.rows.map((r) => [r.id, r.community]));
  return {
    ...style,
    colorBy: 'measure.community',
    analysis: { measure: result.measure, scores: style.analysis?.scores ?? {}, communities },
  };
}

/**
 * A new answer of the kind the chart is already drawn by redraws it, so the chart never shows
 * an earlier run's sizes or colours beside the new table. Null when nothing is drawn by it.
 */
export function restyledFor(style: ChartStyle, result: AnalysisResult): ChartStyle | null {
  if (style.sizeBy === 'measure.analysis' && result.kind === 'entities') return sizedByScore(style, result);
  if (style.colorBy === 'measure.community' && result.kind === 'communities')
    return colouredByCommunity(style, result);
  return null;
}
