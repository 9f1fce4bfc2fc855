import type { Measure } from '../../../../graph-schema/analysis/measures';
import type { AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import type { PackedInput, PackedResult } from './packed-input';

/** What the page sends the analysis worker: the chart's graph, packed, and the question. */
export interface AnalysisJob {
  input: PackedInput;
  measure: Measure;
  options: AnalysisOptionsInput;
}

/** What the worker answers: progress now and then, then the result or the error. */
export type AnalysisReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: PackedResult }
  | { type: 'error'; message: string };
