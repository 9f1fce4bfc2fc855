import type { Measure } from '../../../../graph-schema/analysis/measures';
import type { AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { runAnalysis } from '../../../../graph-schema/analysis/run';
import type { Entity, Link, Schema } from '../../../../graph-schema/model';
import type { AnalysisJob, AnalysisReply } from './analysis-job';
import { packInput, packInputInSlices, unpackInput, unpackResult } from './packed-input';

export interface AnalysisRun {
  /** The answer; null when cancelled. Rejects with the analysis's own message when it failed. */
  done: Promise<AnalysisResult | null>;
  cancel(): void;
}

export interface AnalysisRequest {
  entities: readonly Entity[];
  links: readonly Link[];
  schema: Schema;
  measure: Measure;
  options: AnalysisOptionsInput;
}

/**
 * Runs an analysis of the given entities and links in a Web Worker, reporting progress (0..1)
 * as it goes; cancel() ends the worker at once. Without Worker support (headless unit tests)
 * it runs in-thread.
 */
export function startAnalysis(request: AnalysisRequest, onProgress: (fraction: number) => void): AnalysisRun {
  if (typeof Worker === 'undefined') {
    return {
      done: Promise.resolve().then(() => {
        const { packed } = packInput(request.entities, request.links, request.schema);
        return runAnalysis(unpackInput(packed), request.measure, request.options);
      }),
      cancel: () => {},
    };
  }
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const done = new Promise<AnalysisResult | null>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      resolve(null);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the analysis worker failed to start'));
    };
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') {
        onProgress(reply.total > 0 ? reply.done / reply.total : 0);
        return;
      }
      worker.terminate();
      if (reply.type === 'done') resolve(unpackResult(reply.result));
      else reject(new Error(reply.message));
    };
  });
  void packInputInSlices(request.entities, request.links, request.schema).then(({ packed, transfer }) => {
    const job: AnalysisJob = { input: packed, measure: request.measure, options: request.options };
    worker.postMessage(job, transfer);
  });
  return { done, cancel };
}
