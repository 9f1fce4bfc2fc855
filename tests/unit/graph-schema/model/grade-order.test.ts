import { describe, expect, it } from 'vitest';
import {
  bestGrade,
  compareGrades,
  formatGrade,
  meetsGrade,
  parseGrade,
  weakestGrade,
  type Grade,
} from '../../../../graph-schema/model/grade-order';
import { derivedGrade } from '../../../../graph-schema/model/sources';

const g = (text: string): Grade => {
  const grade = parseGrade(text);
  if (!grade) throw new Error(text);
  return grade;
};

describe('grade order', () => {
  it('"B2 or better" needs both halves at least as good', () => {
    expect(['A1', 'A2', 'B1', 'B2'].filter((x) => meetsGrade(g(x), g('B2')))).toEqual([
      'A1',
      'A2',
      'B1',
      'B2',
    ]);
    expect(['A3', 'C1', 'A5', 'F6'].some((x) => meetsGrade(g(x), g('B2')))).toBe(false);
  });

  it('picks the best citation as one of the grades given, reliability first', () => {
    expect(bestGrade([g('C1'), g('B4'), g('B3')])).toEqual(g('B3'));
    expect(bestGrade([])).toBeUndefined();
    expect([g('B1'), g('A5'), g('A2')].sort(compareGrades).map(formatGrade)).toEqual(['A2', 'A5', 'B1']);
  });

  it("a path's weakest grade is the worst of each half, so it meets B2 exactly when every link does", () => {
    const path = [g('A1'), g('C2'), g('B3')];
    expect(weakestGrade(path)).toEqual(g('C3'));
    expect(meetsGrade(weakestGrade(path) ?? g('F6'), g('B2'))).toBe(
      path.every((x) => meetsGrade(x, g('B2'))),
    );
    expect(weakestGrade([])).toBeUndefined();
  });

  it('derives an item grade only when the analyst has not set it and something cites it', () => {
    expect(derivedGrade([g('D4'), g('B2')], 'derived')).toEqual(g('B2'));
    expect(derivedGrade([g('B2')], 'set')).toBeUndefined();
    expect(derivedGrade([], 'derived')).toBeUndefined();
    expect(parseGrade(' b2 ')).toEqual(g('B2'));
    expect(parseGrade('B7')).toBeUndefined();
  });
});
