import { z } from 'zod';
import { Id } from '../model/records';
import { Measure } from './measures';
import { AnalysisOptions } from './options';

/** Rank 1 is the highest score; equal scores share a rank and the next rank skips ("1, 2, 2, 4"). */
const Rank = z.number().int().positive();

export const EntityScore = z.strictObject({ id: Id, score: z.number().finite(), rank: Rank });
export type EntityScore = z.infer<typeof EntityScore>;

export const PairRow = z.strictObject({
  source: Id,
  target: Id,
  score: z.number().finite(),
  rank: Rank,
  /** Counted links joining the pair. */
  links: z.number().int().nonnegative(),
});
export type PairRow = z.infer<typeof PairRow>;

/** Community 1 is the largest; `size` is how many entities it holds. */
export const CommunityRow = z.strictObject({
  id: Id,
  community: z.number().int().positive(),
  size: z.number().int().positive(),
});
export type CommunityRow = z.infer<typeof CommunityRow>;

/** What was counted, so the answer says what it stands on. */
export const Counted = z.strictObject({
  entities: z.number().int().nonnegative(),
  links: z.number().int().nonnegative(),
  /** Links the options left out. */
  leftOut: z.number().int().nonnegative(),
  /** Counted links without dates (only when a time window was asked for). */
  undated: z.number().int().nonnegative(),
});
export type Counted = z.infer<typeof Counted>;

const common = { measure: Measure, options: AnalysisOptions, counted: Counted };

/** An analysis answer, as the panel shows it, the CLI prints it and a saved chart keeps it. */
export const AnalysisResult = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('entities'), ...common, rows: z.array(EntityScore).max(500_000) }),
  z.strictObject({
    kind: z.literal('pairs'),
    ...common,
    rows: z.array(PairRow).max(100_000),
    /** Pairs found before the list was cut to the strongest `rows.length`. */
    total: z.number().int().nonnegative(),
  }),
  z.strictObject({
    kind: z.literal('communities'),
    ...common,
    rows: z.array(CommunityRow).max(500_000),
    count: z.number().int().nonnegative(),
    /** Newman's modularity of the split (higher is a clearer split; at most 1). */
    modularity: z.number().finite(),
  }),
]);
export type AnalysisResult = z.infer<typeof AnalysisResult>;

/** Sorts by score, highest first (ties by id, so runs agree), and gives competition ranks. */
export function ranked<T extends { score: number }>(
  rows: T[],
  idOf: (row: T) => string,
): (T & { rank: number })[] {
  const sorted = [...rows].sort(
    (a, b) => b.score - a.score || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0),
  );
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.score !== sorted[i - 1]?.score) rank = i + 1;
    return { ...row, rank };
  });
}
