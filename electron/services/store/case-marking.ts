import { Classification } from '../../../graph-schema/model/grading';
import {
  CaseMarking,
  checkCaseMarking,
  DEFAULT_MARKING_SCHEME,
} from '../../../graph-schema/model/marking-schemes';
import type { GraphStore } from './graph-store';

/**
 * The case's own protective marking, kept in the store's meta so it travels with the data.
 * Exports print it (or the highest marking on the chart, whichever is higher) as the banner.
 * One key, so scheme, level and caveats are written together: a plain level code (what every
 * case written before marking schemes holds) reads as the English default with no caveats.
 */
export const CASE_MARKING_KEY = 'case.marking';

const UNSET: CaseMarking = { scheme: DEFAULT_MARKING_SCHEME, level: 'UNCLASSIFIED', caveats: [] };

/** UNCLASSIFIED in the English default until one is set; a value this build cannot read reads as unset. */
export async function readCaseMarking(store: GraphStore): Promise<CaseMarking> {
  const stored = await store.readMeta(CASE_MARKING_KEY);
  const plain = Classification.safeParse(stored);
  if (plain.success) return { ...UNSET, level: plain.data };
  const full = CaseMarking.safeParse(stored);
  if (!full.success) return UNSET;
  try {
    return checkCaseMarking(full.data);
  } catch {
    return UNSET;
  }
}

/** Checked against its scheme first: an unknown scheme or caveat is refused, nothing written. */
export async function writeCaseMarking(store: GraphStore, marking: CaseMarking): Promise<CaseMarking> {
  const checked = checkCaseMarking(CaseMarking.parse(marking));
  const plain = checked.scheme === DEFAULT_MARKING_SCHEME && checked.caveats.length === 0;
  // The plain form keeps a default-marked case readable by builds that predate schemes.
  await store.writeMeta(CASE_MARKING_KEY, plain ? checked.level : checked);
  return checked;
}
