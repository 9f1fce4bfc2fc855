import { describe, expect, it } from 'vitest';
import { LOOK_DEFAULTS } from '../../../../graph-schema/chart/palette';
import { evaluateStyle } from '../../../../graph-schema/chart/style-rules';
import { entity, link, schema, style } from './style-fixtures';

/** Style rules on the Admiralty grade: "at least B2" is "B2 or better", on screen and in exports alike. */
describe('style rules on the grade', () => {
  it('colours links graded B2 or better, and only those', () => {
    const entities = [entity('a', 'Person'), entity('b', 'Person'), entity('c', 'Person')];
    const links = [
      link('good', 'a', 'b', { reliability: 'A', credibility: '2' }),
      link('mixed', 'b', 'c', { reliability: 'A', credibility: '5' }),
      link('weak', 'a', 'c', { reliability: 'D', credibility: '1' }),
    ];
    const { links: looks, legend } = evaluateStyle({
      schema: schema(),
      style: style({
        linkRules: [
          { id: 'r1', label: '', when: { field: 'grade', op: 'atLeast', value: 'B2' }, color: '#00AA00' },
        ],
      }),
      entities,
      links,
    });
    expect(looks.get('good')?.color).toBe('#00AA00');
    expect(looks.get('mixed')?.color).toBe(LOOK_DEFAULTS.linkColor);
    expect(looks.get('weak')?.color).toBe(LOOK_DEFAULTS.linkColor);
    expect(legend.map((l) => l.label)).toContain('Grade at least B2');
  });
});
