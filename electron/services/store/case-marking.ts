import { Classification } from '../../../graph-schema/model/grading';
import type { GraphStore } from './graph-store';

/**
 * The case's own protective marking, kept in the store's meta so it travels with the data.
 * Exports print it (or the highest marking on the chart, whichever is higher) as the banner.
 */
export const CASE_MARKING_KEY = 'case.marking';

/** UNCLASSIFIED until one is set; a value this build does not know reads as unset, not as an error. */
export async function readCaseMarking(store: GraphStore): Promise<Classification> {
  const parsed = Classification.safeParse(await store.readMeta(CASE_MARKING_KEY));
  return parsed.success ? parsed.data : 'UNCLASSIFIED';
}

export async function writeCaseMarking(store: GraphStore, marking: Classification): Promise<Classification> {
  await store.writeMeta(CASE_MARKING_KEY, Classification.parse(marking));
  return marking;
}
