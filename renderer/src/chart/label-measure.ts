import type { Measure } from '../../../graph-schema/chart/display-list';
import { approximateMeasure } from '../../../graph-schema/chart/text-wrap';
import { CHART_FONT } from './style';

/** Text widths as the chart's canvas draws them; an estimate where there is no canvas (tests). */
export function screenMeasure(): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return approximateMeasure;
  return (text, size, weight) => {
    ctx.font = `${weight} ${size}px ${CHART_FONT}`;
    // Cytoscape rounds each label's width up (calculateLabelDimensions).
    return Math.ceil(ctx.measureText(text).width);
  };
}
