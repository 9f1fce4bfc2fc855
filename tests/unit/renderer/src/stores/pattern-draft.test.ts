import { describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import { checkPattern } from '../../../../../graph-schema/model/pattern-check';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { fromPattern, toPattern, type Draft } from '../../../../../renderer/src/stores/pattern-draft';

const index = new SchemaIndex(loadSchema());

/** The builder's text fields become values of the kind each field stores, and come back the same. */
describe('pattern drafts', () => {
  const draft: Draft = {
    boxes: [
      {
        type: 'Person',
        match: 'all',
        conditions: [
          { field: 'props.nationality', op: 'in', value: 'CN, KP ,' },
          { field: 'validFrom', op: 'range', value: '2019..2021-06' },
        ],
      },
      {
        type: 'Organization',
        match: 'any',
        conditions: [{ field: 'props.stateLinked', op: 'equals', value: 'true' }],
      },
      {
        type: 'Location',
        match: 'all',
        conditions: [{ field: 'props.latitude', op: 'equals', value: '35.5' }],
      },
    ],
    arrows: [
      { type: 'STUDIED_AT', direction: 'out', minHops: 1, maxHops: 1, minGrade: 'B2' },
      { type: '', direction: 'both', minHops: 1, maxHops: 3, minGrade: '' },
    ],
    limit: 200,
  };

  it('turns text into the stored kinds: a list, a date range, yes/no, a number, a grade', () => {
    const pattern = checkPattern(toPattern(draft, index), index);
    expect(pattern.nodes.map((n) => n.conditions)).toEqual([
      [
        { field: 'props.nationality', op: 'in', values: ['CN', 'KP'] },
        { field: 'validFrom', op: 'range', min: '2019', max: '2021-06' },
      ],
      [{ field: 'props.stateLinked', op: 'equals', value: true }],
      [{ field: 'props.latitude', op: 'equals', value: 35.5 }],
    ]);
    expect(pattern.edges[0]?.conditions).toEqual([{ op: 'minGrade', reliability: 'B', credibility: '2' }]);
  });

  it('splits a list at Japanese separators too (、 and ，), as an analyst types them', () => {
    const japanese: Draft = {
      ...draft,
      boxes: [
        {
          type: 'Person',
          match: 'all',
          conditions: [{ field: 'props.nationality', op: 'in', value: 'CN、KP，TW' }],
        },
      ],
      arrows: [],
    };
    const pattern = checkPattern(toPattern(japanese, index), index);
    expect(pattern.nodes[0]?.conditions).toEqual([
      { field: 'props.nationality', op: 'in', values: ['CN', 'KP', 'TW'] },
    ]);
  });

  it('loads a saved pattern back into the same draft', () => {
    const pattern = checkPattern(toPattern(draft, index), index);
    const again = fromPattern(pattern);
    expect(checkPattern(toPattern(again, index), index)).toEqual(pattern);
    expect(again.boxes[0]?.conditions[0]).toEqual({ field: 'props.nationality', op: 'in', value: 'CN, KP' });
  });
});
