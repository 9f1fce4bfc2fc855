import { meetsGrade, parseGrade } from '../../../graph-schema/model/grade-order';
import type { Entity, Link } from '../../../graph-schema/model/records';
import type { ChartSelection } from '../chart/types';

/** What the grade filter reads: the records on the chart and the chart's filter ("B2" or null). */
export interface GradeFilterInput {
  chart: { entities: Record<string, Entity>; links: Record<string, Link> };
  view: { gradeFilter: string | null; hidden: ChartSelection };
}

const NONE: ChartSelection = { entities: [], links: [] };

/**
 * The items a grade filter ("B2 or better") takes out of sight: entities and links graded below
 * it, and links with an end taken out (a line to nothing would mislead). Out of sight only:
 * they stay on the chart and in the case.
 */
export function belowGradeFilter(input: GradeFilterInput): ChartSelection {
  const min = input.view.gradeFilter === null ? undefined : parseGrade(input.view.gradeFilter);
  if (!min) return NONE;
  const entities = Object.values(input.chart.entities)
    .filter((e) => !meetsGrade(e, min))
    .map((e) => e.id);
  const gone = new Set(entities);
  const links = Object.values(input.chart.links)
    .filter((l) => !meetsGrade(l, min) || gone.has(l.source) || gone.has(l.target))
    .map((l) => l.id);
  return { entities, links };
}

/** Everything out of sight: hidden by hand and below the grade filter, each id once. */
export function outOfSight(input: GradeFilterInput): ChartSelection {
  const filtered = belowGradeFilter(input);
  if (filtered === NONE) return input.view.hidden;
  return {
    entities: [...new Set([...input.view.hidden.entities, ...filtered.entities])],
    links: [...new Set([...input.view.hidden.links, ...filtered.links])],
  };
}

/**
 * How many items the filter alone keeps out of sight (not also hidden by hand), so the status
 * bar can say so and nothing disappears silently.
 */
export function countBelowGradeFilter(input: GradeFilterInput): number {
  const filtered = belowGradeFilter(input);
  if (filtered === NONE) return 0;
  const byHand = new Set([...input.view.hidden.entities, ...input.view.hidden.links]);
  return [...filtered.entities, ...filtered.links].filter((id) => !byHand.has(id)).length;
}
