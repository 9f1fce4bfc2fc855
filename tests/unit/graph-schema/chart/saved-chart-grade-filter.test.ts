import { describe, expect, it } from 'vitest';
import { ChartBody } from '../../../../graph-schema/chart/saved-chart';

const body = { name: 'Briefing', entities: [{ id: 'a', x: 0, y: 0 }], links: [] };

describe('saved chart grade filter', () => {
  it('round-trips through JSON as the store keeps it', () => {
    const parsed = ChartBody.parse({ ...body, gradeFilter: 'B2' });
    expect(ChartBody.parse(JSON.parse(JSON.stringify(parsed))).gradeFilter).toBe('B2');
  });

  it('loads a chart saved before the filter existed with no filter', () => {
    expect(ChartBody.parse(body).gradeFilter).toBeNull();
  });

  it('refuses what is not a grade, naming the field', () => {
    for (const bad of ['G2', 'B7', 'b2', ' B2', 'B']) {
      const result = ChartBody.safeParse({ ...body, gradeFilter: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['gradeFilter']);
    }
  });
});
