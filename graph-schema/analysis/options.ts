import { z } from 'zod';
import { Confidence, CONFIDENCE_LEVELS } from '../model/grading';
import { Grade, meetsGrade } from '../model/grade-order';
import { PartialDate, partialDateBounds } from '../model/partial-date';
import { Direction } from '../model/queries';

/**
 * Which links an analysis counts. Filters apply to links only: every entity in the input stays
 * in the answer (an entity left with no counted link scores 0), so nothing drops out unseen.
 */
export const AnalysisOptions = z.strictObject({
  /** Link types to count; absent or empty counts every type. */
  linkTypes: z.array(z.string().min(1)).optional(),
  /**
   * 'both' ignores arrows. 'out' follows directed links from source to target, 'in' walks them
   * backwards; undirected link types go both ways in every mode.
   */
  direction: Direction.default('both'),
  /** Count only links at least this sure ('probable' keeps confirmed and probable). */
  minConfidence: Confidence.optional(),
  /** Admiralty grade "B2 or better": reliability B or better and credibility 2 or better. */
  minGrade: Grade.optional(),
  /** Time window: a link counts when its validity overlaps it; links with no dates count. */
  from: PartialDate.optional(),
  to: PartialDate.optional(),
});
export type AnalysisOptions = z.output<typeof AnalysisOptions>;
export type AnalysisOptionsInput = z.input<typeof AnalysisOptions>;

/** What a link brings to an analysis: its ends, type, grading and validity. */
export interface AnalysisLink {
  id: string;
  type: string;
  source: string;
  target: string;
  /** From the link type's definition: directed links have an arrow from source to target. */
  directed: boolean;
  confidence: Confidence;
  reliability: Grade['reliability'];
  credibility: Grade['credibility'];
  validFrom: string | null;
  validTo: string | null;
}

export interface AnalysisInput {
  entityIds: readonly string[];
  links: readonly AnalysisLink[];
}

/**
 * A link's weight where a measure is weighted: how sure the analyst is of it. Stated in the
 * panel next to every weighted score, so a weight never looks like a count.
 */
export const CONFIDENCE_WEIGHT: Record<Confidence, number> = {
  confirmed: 1,
  probable: 0.75,
  possible: 0.5,
  doubtful: 0.25,
};

/** Grades are parsed and compared in graph-schema/model/grade-order; kept here for the analysis callers. */
export { parseGrade } from '../model/grade-order';

export interface CountedLinks {
  links: AnalysisLink[];
  /** Links left out by the options (type, grade, confidence, time window). */
  leftOut: number;
  /** Counted links that carry no date, when a time window was asked for. */
  undated: number;
}

/** The links an analysis counts under its options, and how many it left out. */
export function countedLinks(input: AnalysisInput, options: AnalysisOptions): CountedLinks {
  const types = options.linkTypes?.length ? new Set(options.linkTypes) : undefined;
  const entities = new Set(input.entityIds);
  const maxConfidence = options.minConfidence ? CONFIDENCE_LEVELS.indexOf(options.minConfidence) : undefined;
  const grade = options.minGrade;
  const windowFirst = options.from ? partialDateBounds(options.from).first : undefined;
  const windowLast = options.to ? partialDateBounds(options.to).last : undefined;
  const windowed = windowFirst !== undefined || windowLast !== undefined;
  const links: AnalysisLink[] = [];
  let undated = 0;
  for (const link of input.links) {
    if (!entities.has(link.source) || !entities.has(link.target)) continue;
    if (types && !types.has(link.type)) continue;
    if (maxConfidence !== undefined && CONFIDENCE_LEVELS.indexOf(link.confidence) > maxConfidence) continue;
    if (grade && !meetsGrade(link, grade)) continue;
    if (windowed) {
      if (link.validFrom === null && link.validTo === null) undated += 1;
      const starts = link.validFrom === null ? undefined : partialDateBounds(link.validFrom).first;
      const ends = link.validTo === null ? undefined : partialDateBounds(link.validTo).last;
      if (windowLast !== undefined && starts !== undefined && starts > windowLast) continue;
      if (windowFirst !== undefined && ends !== undefined && ends < windowFirst) continue;
    }
    links.push(link);
  }
  return { links, leftOut: input.links.length - links.length, undated };
}
