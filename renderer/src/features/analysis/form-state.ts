import {
  QUESTIONS,
  questionOf,
  type Measure,
  type Question,
} from '../../../../graph-schema/analysis/measures';
import type { AnalysisOptions, AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import type { Confidence, Credibility, Direction, Reliability } from '../../../../graph-schema/model';
import { isPartialDate } from '../../../../graph-schema/model';

/** Which links count, as a form holds it (the analysis panel, the path dialog); dates as typed. */
export interface LinkFilterForm {
  linkTypes: string[];
  direction: Direction;
  minConfidence: Confidence | '';
  reliability: Reliability | '';
  credibility: Credibility | '';
  from: string;
  to: string;
}

/** What the panel's form holds; dates as typed, checked before a run. */
export interface AnalysisForm extends LinkFilterForm {
  question: Question;
  measure: Measure;
}

export const INITIAL_FILTERS: LinkFilterForm = {
  linkTypes: [],
  direction: 'both',
  minConfidence: '',
  reliability: '',
  credibility: '',
  from: '',
  to: '',
};

export const INITIAL_FORM: AnalysisForm = {
  question: 'most-connected',
  measure: 'degree',
  ...INITIAL_FILTERS,
};

/** The form a saved answer was asked with, so reopening a chart shows how it was computed. */
export function formOf(measure: Measure, options: AnalysisOptions): AnalysisForm {
  return {
    question: questionOf(measure),
    measure,
    linkTypes: options.linkTypes ?? [],
    direction: options.direction,
    minConfidence: options.minConfidence ?? '',
    reliability: options.minGrade?.reliability ?? '',
    credibility: options.minGrade?.credibility ?? '',
    from: options.from ?? '',
    to: options.to ?? '',
  };
}

export function withQuestion(form: AnalysisForm, question: Question): AnalysisForm {
  return { ...form, question, measure: QUESTIONS[question][0] };
}

export const dateProblem = (text: string): boolean => text.trim() !== '' && !isPartialDate(text.trim());

/**
 * The options a run sends. A grade with one half chosen reads the other half as "cannot be
 * judged" (F or 6), which every grade passes.
 */
export function optionsOf(form: LinkFilterForm): AnalysisOptionsInput {
  const graded = form.reliability !== '' || form.credibility !== '';
  return {
    ...(form.linkTypes.length > 0 ? { linkTypes: form.linkTypes } : {}),
    direction: form.direction,
    ...(form.minConfidence ? { minConfidence: form.minConfidence } : {}),
    ...(graded
      ? { minGrade: { reliability: form.reliability || 'F', credibility: form.credibility || '6' } }
      : {}),
    ...(form.from.trim() ? { from: form.from.trim() } : {}),
    ...(form.to.trim() ? { to: form.to.trim() } : {}),
  };
}

/** A count typed into a number field, kept within min..max (min when it is not a number). */
export function countWithin(text: string, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.floor(Number(text)) || min));
}
