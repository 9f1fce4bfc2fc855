import { z } from 'zod';
import { Credibility, CREDIBILITY_GRADES, Reliability, RELIABILITY_GRADES } from './grading';

/**
 * Comparing Admiralty grades: the one place that knows A is better than B and 1 better than 2.
 * Chart filters and styles, analysis options, paths and derived grades all ask here, so
 * "B2 or better" means the same thing everywhere.
 */

export const Grade = z.strictObject({ reliability: Reliability, credibility: Credibility });
export type Grade = z.infer<typeof Grade>;

/** "B2" -> the grade; undefined when the text is not a grade A-F then 1-6. */
export function parseGrade(text: string): Grade | undefined {
  const m = /^([A-F])([1-6])$/i.exec(text.trim());
  if (!m) return undefined;
  return { reliability: (m[1] ?? '').toUpperCase() as Reliability, credibility: m[2] as Credibility };
}

/** The grade as analysts write it: "B2". */
export function formatGrade(grade: Grade): string {
  return `${grade.reliability}${grade.credibility}`;
}

const reliabilityRank = (r: Reliability): number => RELIABILITY_GRADES.indexOf(r);
const credibilityRank = (c: Credibility): number => CREDIBILITY_GRADES.indexOf(c);

/**
 * "B2 or better": reliability B or better AND credibility 2 or better. Each half is judged on
 * its own (a source's reliability says nothing of a report's credibility), so A5 does not meet B2.
 */
export function meetsGrade(grade: Grade, min: Grade): boolean {
  return (
    reliabilityRank(grade.reliability) <= reliabilityRank(min.reliability) &&
    credibilityRank(grade.credibility) <= credibilityRank(min.credibility)
  );
}

/**
 * Orders grades best first: reliability decides, credibility breaks ties (A5 before B1). A
 * total order is needed to pick one citation's grade; it is not "B2 or better" (meetsGrade).
 */
export function compareGrades(a: Grade, b: Grade): number {
  return (
    reliabilityRank(a.reliability) - reliabilityRank(b.reliability) ||
    credibilityRank(a.credibility) - credibilityRank(b.credibility)
  );
}

/** The best of some grades, as one of them (never a mix that no citation carries); undefined for none. */
export function bestGrade(grades: Iterable<Grade>): Grade | undefined {
  let best: Grade | undefined;
  for (const g of grades) if (!best || compareGrades(g, best) < 0) best = g;
  return best && { reliability: best.reliability, credibility: best.credibility };
}

/**
 * The weakest grade over a chain (a path's links): the worst reliability and the worst
 * credibility met on it, each on its own. A chain meets "B2 or better" exactly when its weakest
 * grade does, so a path filter and the reported grade never disagree.
 */
export function weakestGrade(grades: Iterable<Grade>): Grade | undefined {
  let r = -1;
  let c = -1;
  for (const g of grades) {
    r = Math.max(r, reliabilityRank(g.reliability));
    c = Math.max(c, credibilityRank(g.credibility));
  }
  const reliability = RELIABILITY_GRADES[r];
  const credibility = CREDIBILITY_GRADES[c];
  return reliability && credibility ? { reliability, credibility } : undefined;
}
