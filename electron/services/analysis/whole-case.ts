import type { Progress } from '../../../graph-schema/analysis/brandes';
import { analysisLink } from '../../../graph-schema/analysis/input';
import type { Measure } from '../../../graph-schema/analysis/measures';
import type { AnalysisInput, AnalysisOptionsInput } from '../../../graph-schema/analysis/options';
import type { AnalysisResult } from '../../../graph-schema/analysis/result';
import { runAnalysis } from '../../../graph-schema/analysis/run';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import type { GraphStore } from '../store/graph-store';

export interface CaseAnalysis {
  result: AnalysisResult;
  /** Labels of the entities the rows name, for printing. */
  labels: Map<string, string>;
}

/** The whole case as an analysis reads it: every entity id and every link, in batches. */
async function readCase(
  store: GraphStore,
  schema: SchemaIndex,
): Promise<{ input: AnalysisInput; labels: Map<string, string> }> {
  const entityIds: string[] = [];
  const labels = new Map<string, string>();
  for await (const batch of store.scanEntities()) {
    for (const entity of batch) {
      entityIds.push(entity.id);
      labels.set(entity.id, entity.label);
    }
  }
  const isDirected = (type: string) => schema.linkType(type)?.directed ?? false;
  const links = [];
  for await (const batch of store.scanLinks())
    for (const link of batch) links.push(analysisLink(link, isDirected));
  return { input: { entityIds, links }, labels };
}

/** A measure on the whole case (not a chart), for the CLI and the services. */
export async function analyseCase(
  store: GraphStore,
  schema: SchemaIndex,
  measure: Measure,
  options: AnalysisOptionsInput,
  progress?: Progress,
): Promise<CaseAnalysis> {
  const { input, labels } = await readCase(store, schema);
  return { result: runAnalysis(input, measure, options, progress), labels };
}
