import { describe, expect, it } from 'vitest';
import { runAnalysis } from '../../../../../../graph-schema/analysis/run';
import { DEFAULT_CHART_STYLE } from '../../../../../../graph-schema/chart/style-spec';
import {
  colouredByCommunity,
  restyledFor,
  sizedByScore,
} from '../../../../../../renderer/src/features/analysis/drive-chart';
import { inputOf } from '../../../../graph-schema/analysis/data/graphs';

const input = inputOf(4, [
  [0, 1],
  [1, 2],
  [2, 3],
]);

describe('an answer driving the chart', () => {
  it('sizes by score and colours by community, each keeping the other', () => {
    const sized = sizedByScore(DEFAULT_CHART_STYLE, runAnalysis(input, 'degree'));
    expect(sized?.sizeBy).toBe('measure.analysis');
    expect(sized?.analysis?.scores).toEqual({ n0: 1, n1: 2, n2: 2, n3: 1 });
    const both = sized && colouredByCommunity(sized, runAnalysis(input, 'louvain'));
    expect(both?.colorBy).toBe('measure.community');
    expect(both?.analysis?.scores).toEqual(sized?.analysis?.scores);
    expect(Object.keys(both?.analysis?.communities ?? {})).toHaveLength(4);
    expect(sizedByScore(DEFAULT_CHART_STYLE, runAnalysis(input, 'louvain'))).toBeNull();
  });

  it('a new answer redraws only what the chart is already drawn by', () => {
    expect(restyledFor(DEFAULT_CHART_STYLE, runAnalysis(input, 'degree'))).toBeNull();
    const sized = sizedByScore(DEFAULT_CHART_STYLE, runAnalysis(input, 'degree'));
    if (!sized) throw new Error('not sized');
    const again = restyledFor(sized, runAnalysis(input, 'betweenness'));
    expect(again?.analysis).toMatchObject({ measure: 'betweenness', scores: { n0: 0, n1: 2, n2: 2, n3: 0 } });
    expect(restyledFor(sized, runAnalysis(input, 'louvain'))).toBeNull();
  });
});
