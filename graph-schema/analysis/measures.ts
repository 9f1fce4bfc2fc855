import { z } from 'zod';

/**
 * The questions an analyst asks of the network, each naming what it computes. The panel lists
 * them in this order; the CLI takes the measure names.
 */
export const QUESTIONS = {
  'most-connected': ['degree', 'weighted-degree'],
  'connects-best': ['betweenness'],
  'most-central': ['closeness'],
  'most-influential': ['pagerank', 'eigenvector'],
  'bridges-between-groups': ['cut-off'],
  'closest-relationships': ['link-weight', 'link-count'],
  'look-alike': ['jaccard', 'adamic-adar'],
  communities: ['louvain', 'k-core'],
} as const;
export type Question = keyof typeof QUESTIONS;
export const QUESTION_NAMES = Object.keys(QUESTIONS) as Question[];

export const MEASURES = [
  'degree',
  'weighted-degree',
  'betweenness',
  'closeness',
  'pagerank',
  'eigenvector',
  'cut-off',
  'link-weight',
  'link-count',
  'jaccard',
  'adamic-adar',
  'louvain',
  'k-core',
] as const satisfies readonly (typeof QUESTIONS)[Question][number][];
export const Measure = z.enum(MEASURES);
export type Measure = z.infer<typeof Measure>;

/** Measures that score pairs of entities rather than entities. */
export const PAIR_MEASURES: ReadonlySet<Measure> = new Set([
  'link-weight',
  'link-count',
  'jaccard',
  'adamic-adar',
]);

/** Measures that report their progress (the others show a bar without a measure of it). */
export const PROGRESS_MEASURES: ReadonlySet<Measure> = new Set(['betweenness']);

export function questionOf(measure: Measure): Question {
  return (
    QUESTION_NAMES.find((q) => (QUESTIONS[q] as readonly Measure[]).includes(measure)) ?? 'most-connected'
  );
}
