import { runAnalysis } from '../../../../graph-schema/analysis/run';
import type { AnalysisJob, AnalysisReply } from './analysis-job';
import { packResult, unpackInput } from './packed-input';

/**
 * Runs an analysis off the main thread: betweenness on 10,000 entities is seconds of solid
 * computation, which on the main thread would freeze the app. One job per worker; the page
 * terminates the worker to cancel.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<AnalysisJob>) => void) | null;
  postMessage(message: AnalysisReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { input, measure, options } = event.data;
  try {
    const result = runAnalysis(unpackInput(input), measure, options, (done, total) =>
      scope.postMessage({ type: 'progress', done, total }),
    );
    const { packed, transfer } = packResult(result);
    scope.postMessage({ type: 'done', result: packed }, transfer);
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
