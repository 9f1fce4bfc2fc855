import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE } from '../../../../graph-schema/chart/palette';
import { evaluateStyle } from '../../../../graph-schema/chart/style-rules';
import { entity, link, schema, style } from './style-fixtures';

/** An analysis's answer kept in the style (style.analysis) sizes and colours the chart. */

const entities = ['a', 'b', 'c'].map((id) => entity(id, 'Person'));
const links = [link('l1', 'a', 'b'), link('l2', 'b', 'c')];
const analysis = {
  measure: 'pagerank',
  scores: { a: 0.1, b: 0.5, c: 0.3 },
  communities: { a: 1, b: 1, c: 2 },
};

describe('a style driven by an analysis', () => {
  it('sizes by score: the highest score is the largest node, the lowest the smallest', () => {
    const { nodes } = evaluateStyle({
      schema: schema(),
      style: style({ sizeBy: 'measure.analysis', sizeRange: [20, 60], analysis }),
      entities,
      links,
    });
    expect([nodes.get('a')?.size, nodes.get('c')?.size, nodes.get('b')?.size]).toEqual([20, 40, 60]);
  });

  it('colours by community: one colour per community, from the palette', () => {
    const { nodes } = evaluateStyle({
      schema: schema(),
      style: style({ colorBy: 'measure.community', analysis }),
      entities,
      links,
    });
    expect(nodes.get('a')?.color).toBe(nodes.get('b')?.color);
    expect(nodes.get('a')?.color).not.toBe(nodes.get('c')?.color);
    expect(CATEGORICAL_PALETTE).toContain(nodes.get('c')?.color);
  });

  it('an entity the analysis did not score keeps the no-value look, not a made-up score', () => {
    const { nodes } = evaluateStyle({
      schema: schema(),
      style: style({
        sizeBy: 'measure.analysis',
        sizeRange: [20, 60],
        analysis: { ...analysis, scores: { a: 1, b: 2 } },
      }),
      entities,
      links,
    });
    expect(nodes.get('c')?.size).not.toBe(nodes.get('b')?.size);
    expect(nodes.get('b')?.size).toBe(60);
  });
});
