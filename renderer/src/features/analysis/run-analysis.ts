import type { Measure } from '../../../../graph-schema/analysis/measures';
import { analysisLink } from '../../../../graph-schema/analysis/input';
import type { AnalysisInput, AnalysisOptionsInput } from '../../../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../../../graph-schema/analysis/result';
import { runAnalysis } from '../../../../graph-schema/analysis/run';
import type { Entity, Link, Schema } from '../../../../graph-schema/model';
import type { AnalysisJob, AnalysisReply } from './analysis-job';

export interface AnalysisRun {
  /** The answer; null when cancelled. Rejects with the analysis's own message when it failed. */
  done: Promise<AnalysisResult | null>;
  cancel(): void;
}

/** The chart's entities and links as an analysis reads them (arrows from the link types). */
export function chartInput(
  entities: readonly Entity[],
  links: readonly Link[],
  schema: Schema,
): AnalysisInput {
  const directed = new Map(schema.linkTypes.map((t) => [t.name, t.directed]));
  const isDirected = (type: string) => directed.get(type) ?? false;
  return { entityIds: entities.map((e) => e.id), links: links.map((l) => analysisLink(l, isDirected)) };
}

/**
 * Runs an analysis in a Web Worker, reporting progress (0..1) as it goes; cancel() ends the
 * worker at once. Without Worker support (headless unit tests) it runs in-thread.
 */
export function startAnalysis(job: AnalysisJob, onProgress: (fraction: number) => void): AnalysisRun {
  if (typeof Worker === 'undefined') {
    return {
      done: Promise.resolve().then(() => runAnalysis(job.input, job.measure, job.options)),
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
      if (reply.type === 'done') resolve(reply.result);
      else reject(new Error(reply.message));
    };
  });
  worker.postMessage(job);
  return { done, cancel };
}

export type { Measure, AnalysisOptionsInput };
