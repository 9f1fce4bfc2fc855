import { z } from 'zod';
import { AnalysisResult } from '../analysis/result';
import { formatGrade, parseGrade } from '../model/grade-order';
import { Id } from '../model/records';
import { ChartStyle, Color } from './style-spec';

/**
 * A named chart of a case: which items are on it and how it was left. Stored in the case's
 * store (case file or Neo4j) so it travels with the data; reopening restores it exactly.
 */

const Coordinate = z.number().finite().min(-1e7).max(1e7);
export const Point = z.strictObject({ x: Coordinate, y: Coordinate });
export type Point = z.infer<typeof Point>;

/** An Admiralty grade as analysts write it ("B2"), checked by grade-order's parseGrade. */
export const GradeText = z.string().refine(
  (text) => {
    const grade = parseGrade(text);
    return grade !== undefined && formatGrade(grade) === text;
  },
  { message: 'a grade A1 to F6, as "B2"' },
);

export const ChartNode = z.strictObject({
  id: Id,
  x: Coordinate,
  y: Coordinate,
  /** A pinned node keeps its place when a layout runs. */
  pinned: z.boolean().default(false),
});
export type ChartNode = z.infer<typeof ChartNode>;

export const ChartGroup = z.strictObject({
  id: z.string().min(1).max(64),
  title: z.string().max(200),
  /** Entity ids; an entity belongs to at most one group. */
  members: z.array(Id).min(1).max(10_000),
  /** Shown as one node (at x, y) with the members' links rerouted to it. */
  collapsed: z.boolean().default(false),
  x: Coordinate.optional(),
  y: Coordinate.optional(),
  color: Color.optional(),
});
export type ChartGroup = z.infer<typeof ChartGroup>;

export const Annotation = z.strictObject({
  id: z.string().min(1).max(64),
  text: z.string().min(1).max(4000),
  /** The note's centre, in chart coordinates. */
  x: Coordinate,
  y: Coordinate,
  /** A callout: the note points at this entity (and follows it when it is moved). */
  attachedTo: Id.nullable().default(null),
});
export type Annotation = z.infer<typeof Annotation>;

export const Viewport = z.strictObject({
  zoom: z.number().positive().max(100),
  pan: Point,
});
export type Viewport = z.infer<typeof Viewport>;

/** What a chart holds; the store adds id, version and audit fields. */
export const ChartBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  entities: z.array(ChartNode).max(100_000),
  links: z.array(Id).max(500_000),
  /** Items on the chart but hidden from view (they come back with "show hidden"). */
  hidden: z
    .strictObject({ entities: z.array(Id).default([]), links: z.array(Id).default([]) })
    .default({ entities: [], links: [] }),
  style: ChartStyle.default(ChartStyle.parse({})),
  groups: z.array(ChartGroup).max(5_000).default([]),
  annotations: z.array(Annotation).max(5_000).default([]),
  viewport: Viewport.nullable().default(null),
  /** The last analysis asked on this chart (Analysis panel), so reopening shows its table. */
  analysis: AnalysisResult.nullable().default(null),
  /**
   * "Show only B2 or better": items graded below it are out of sight, never off the chart.
   * Charts saved before the filter existed load with none.
   */
  gradeFilter: GradeText.nullable().default(null),
});
export type ChartBody = z.infer<typeof ChartBody>;
export type ChartBodyInput = z.input<typeof ChartBody>;

export const SavedChart = ChartBody.extend({
  id: Id,
  /** Starts at 1, +1 on every save: a save naming an older version is a CONFLICT. */
  version: z.number().int().positive(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type SavedChart = z.infer<typeof SavedChart>;

/** The chart list: no bodies. */
export const ChartSummary = z.strictObject({
  id: Id,
  name: z.string(),
  version: z.number().int().positive(),
  entities: z.number().int(),
  links: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type ChartSummary = z.infer<typeof ChartSummary>;
