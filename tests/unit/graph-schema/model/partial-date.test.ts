import { describe, expect, it } from 'vitest';
import {
  isOrderedRange,
  isPartialDate,
  partialDateBounds,
} from '../../../../graph-schema/model/partial-date';

describe('partial dates', () => {
  it('accepts a year, a month or a day, and nothing else', () => {
    for (const ok of ['2019', '2019-04', '2019-04-17', '2020-02-29']) expect(isPartialDate(ok)).toBe(true);
    for (const bad of [
      '19',
      '2019-13',
      '2019-00',
      '2019-4',
      '2019-04-31',
      '2019-02-29',
      '2019/04',
      ' 2019',
      '',
    ])
      expect(isPartialDate(bad)).toBe(false);
  });

  it('spans the whole year or month it stands for', () => {
    expect(partialDateBounds('2019')).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    expect(partialDateBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(partialDateBounds('2019-04-17')).toEqual({ first: '2019-04-17', last: '2019-04-17' });
  });

  it('orders ranges by what the dates can mean', () => {
    expect(isOrderedRange('2019', '2019-03')).toBe(true);
    expect(isOrderedRange('2019-05', '2019')).toBe(true);
    expect(isOrderedRange('2020', '2019-12-31')).toBe(false);
  });
});
