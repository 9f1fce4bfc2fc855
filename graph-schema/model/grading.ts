import { z } from 'zod';

/** How sure the analyst is that the item is true. Drives line style on the chart. */
export const CONFIDENCE_LEVELS = ['confirmed', 'probable', 'possible', 'doubtful'] as const;
export const Confidence = z.enum(CONFIDENCE_LEVELS);
export type Confidence = z.infer<typeof Confidence>;

/**
 * Admiralty (NATO) source grading: reliability of the source (A-F) and credibility
 * of the information (1-6). F and 6 mean "cannot be judged", the honest default.
 */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const Reliability = z.enum(RELIABILITY_GRADES);
export type Reliability = z.infer<typeof Reliability>;

export const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;
export const Credibility = z.enum(CREDIBILITY_GRADES);
export type Credibility = z.infer<typeof Credibility>;

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  '1': 'Confirmed by other sources',
  '2': 'Probably true',
  '3': 'Possibly true',
  '4': 'Doubtful',
  '5': 'Improbable',
  '6': 'Truth cannot be judged',
};

/**
 * Protective markings, lowest first. Order matters: a chart export is banner-marked with
 * the highest marking of anything on it, so comparisons use the index in this list.
 */
export const CLASSIFICATIONS = [
  'UNCLASSIFIED',
  'OFFICIAL',
  'RESTRICTED',
  'CONFIDENTIAL',
  'SECRET',
  'TOP SECRET',
] as const;
export const Classification = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof Classification>;

export function highestClassification(markings: Iterable<Classification>): Classification {
  let best = 0;
  for (const m of markings) best = Math.max(best, CLASSIFICATIONS.indexOf(m));
  return CLASSIFICATIONS[best] ?? 'UNCLASSIFIED';
}
