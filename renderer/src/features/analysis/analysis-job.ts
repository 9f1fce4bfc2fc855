import type { Measure } from '../../../../graph-schema/analysis/measures';
import type { AnalysisInput, AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';

/** What the page sends the analysis worker: the chart's graph and the question. */
export interface AnalysisJob {
  input: AnalysisInput;
  measure: Measure;
  options: AnalysisOptionsInput;
}

/** What the worker answers: progress now and then, then the result or the error. */
export type AnalysisReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: AnalysisResult }
  | { type: 'error'; message: string };
