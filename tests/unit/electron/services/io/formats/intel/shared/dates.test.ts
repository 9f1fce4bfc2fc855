import { describe, expect, it } from 'vitest';
import {
  orderedRange,
  toPartialDate,
} from '../../../../../../../../electron/services/io/formats/intel/shared/dates';

describe('toPartialDate', () => {
  it('keeps the precision given and drops the time', () => {
    expect(toPartialDate('2011-12-29T00:00:00Z')).toBe('2011-12-29');
    expect(toPartialDate('2019-04')).toBe('2019-04');
    expect(toPartialDate('2019')).toBe('2019');
  });
  it('falls back to the month or year when the day or month is impossible', () => {
    expect(toPartialDate('2019-02-30')).toBe('2019-02');
    expect(toPartialDate('2019-13-01')).toBe('2019');
    expect(toPartialDate('circa 2019')).toBeUndefined();
  });
});

describe('orderedRange', () => {
  it('drops a reversed end rather than failing the record', () => {
    expect(orderedRange('2020', '2019-05')).toEqual({ validFrom: '2020', dropped: '2019-05' });
    expect(orderedRange('2019-05', '2019')).toEqual({ validFrom: '2019-05', validTo: '2019' });
  });
});
