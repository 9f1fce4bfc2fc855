import { runAnalysis } from '../../../../graph-schema/analysis/run';
import type { Schema } from '../../../../graph-schema/model/schema';
import { packInput, unpackInput } from '../../../../renderer/src/features/analysis/packed-input';
import { startAnalysis } from '../../../../renderer/src/features/analysis/run-analysis';
import { benchGraph } from '../../layout/graph';
import type { AnalysisRunResult } from '../result';

/**
 * The bench page: one analysis per call on a generated chart. "worker" is the app's path (the
 * chart's records packed on the main thread, the measure in the analysis worker, the answer
 * posted back); "main" is the baseline, the same runAnalysis on the main thread. The panel's table is not drawn here: it shows at most 300 rows.
 */
async function run(
  schema: Schema,
  entities: number,
  linksPerEntity: number,
  measure: AnalysisRunResult['measure'],
  mode: AnalysisRunResult['mode'],
): Promise<AnalysisRunResult> {
  const graph = benchGraph(entities, 11, linksPerEntity);
  // Let the page go quiet after building the graph, so only the analysis is timed.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const longTasks: number[] = [];
  const taskStarts: number[] = [];
  let start = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTasks.push(entry.duration);
      taskStarts.push(Math.round(entry.startTime - start));
    }
  });
  observer.observe({ type: 'longtask', buffered: false });
  let progressUpdates = 0;
  start = performance.now();
  let rows: number;
  if (mode === 'worker') {
    const request = { entities: graph.entities, links: graph.links, schema, measure, options: {} };
    const answer = await startAnalysis(request, () => (progressUpdates += 1)).done;
    rows = answer?.rows.length ?? 0;
  } else {
    const input = unpackInput(packInput(graph.entities, graph.links, schema).packed);
    rows = runAnalysis(input, measure).rows.length;
  }
  const totalMs = performance.now() - start;
  // A long task is reported after it ends: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return {
    entities,
    links: graph.links.length,
    measure,
    mode,
    totalMs,
    longestTaskMs: longTasks.length > 0 ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
    tasks: longTasks.map((d, i) => `${Math.round(d)} ms at ${taskStarts[i] ?? 0} ms`),
    progressUpdates,
    rows,
  };
}

(window as unknown as { plexusAnalysisBench: typeof run }).plexusAnalysisBench = run;
document.documentElement.dataset['ready'] = 'yes';
