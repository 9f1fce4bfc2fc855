import { describe, expect, it } from 'vitest';
import { AnalysisOptions } from '../../../../../../graph-schema/analysis/options';
import {
  dateProblem,
  formOf,
  INITIAL_FORM,
  optionsOf,
  withQuestion,
} from '../../../../../../renderer/src/features/analysis/form-state';

describe('the Analysis panel form', () => {
  it('a question picks its first measure', () => {
    expect(withQuestion(INITIAL_FORM, 'most-influential').measure).toBe('pagerank');
    expect(withQuestion(INITIAL_FORM, 'communities').measure).toBe('louvain');
  });

  it('"B" with no credibility chosen means B and any credibility (6)', () => {
    expect(optionsOf({ ...INITIAL_FORM, reliability: 'B' }).minGrade).toEqual({
      reliability: 'B',
      credibility: '6',
    });
    expect(optionsOf(INITIAL_FORM)).toEqual({ direction: 'both' });
  });

  it('round-trips through saved options, so a reopened chart shows how its answer was asked', () => {
    const form = {
      ...INITIAL_FORM,
      question: 'connects-best' as const,
      measure: 'betweenness' as const,
      linkTypes: ['PAID'],
      direction: 'out' as const,
      minConfidence: 'probable' as const,
      reliability: 'B' as const,
      credibility: '2' as const,
      from: '2019',
      to: '2021-06',
    };
    expect(formOf('betweenness', AnalysisOptions.parse(optionsOf(form)))).toEqual(form);
  });

  it('flags a date that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(dateProblem('2019-13')).toBe(true);
    expect(dateProblem(' 2019-04 ')).toBe(false);
    expect(dateProblem('')).toBe(false);
  });
});
