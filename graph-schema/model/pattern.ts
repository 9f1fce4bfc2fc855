import { z } from 'zod';
import { CONFIDENCE_LEVELS, Credibility, Reliability } from './grading';
import { Entity, Id, Link, PropValue } from './records';

/**
 * A pattern search (issue 14): a chain of entity boxes joined by link arrows, as
 * Person(nationality = CN) -STUDIED_AT-> Organization -(1..3 hops)- Organization(stateLinked).
 * Pure data: the case file compiles it to SQL, the Neo4j store to Cypher, both with every
 * value a parameter. A chain rather than any graph shape keeps the builder, the two compilers
 * and their results the same; most questions analysts ask read as a chain.
 */

/** More boxes than this is a question better asked as two patterns. */
export const PATTERN_MAX_NODES = 4;
/** Hops one arrow may span: each hop multiplies the walk by the case's average links per entity. */
export const PATTERN_MAX_HOPS = 3;
export const PATTERN_DEFAULT_LIMIT = 500;
export const PATTERN_MAX_LIMIT = 5000;
/** Values an `in` condition may list. */
export const PATTERN_MAX_VALUES = 100;

/**
 * The fields a condition may test: the text every item has, its validity dates, and a
 * type property as `props.<name>`. Grading has conditions of its own (minGrade, minConfidence).
 */
export const TEXT_FIELDS = ['label', 'notes'] as const;
export const DATE_FIELDS = ['validFrom', 'validTo'] as const;
const PROP_FIELD = /^props\.[A-Za-z][A-Za-z0-9_]*$/;

export const PatternField = z
  .string()
  .refine(
    (f) =>
      (TEXT_FIELDS as readonly string[]).includes(f) ||
      (DATE_FIELDS as readonly string[]).includes(f) ||
      PROP_FIELD.test(f),
    { message: 'must be label, notes, validFrom, validTo or props.<property name>' },
  );

/** Exactly this value; a text is compared as written (case counts). */
const Equals = z.strictObject({ field: PatternField, op: z.literal('equals'), value: PropValue });
/** The text holds these characters, case as written. */
const Contains = z.strictObject({
  field: PatternField,
  op: z.literal('contains'),
  value: z.string().min(1).max(500),
});
/** One of these texts. */
const In = z.strictObject({
  field: PatternField,
  op: z.literal('in'),
  values: z.array(z.string().max(500)).min(1).max(PATTERN_MAX_VALUES),
});
/** A validity date within bounds, compared as written (partial dates: 2019 < 2019-05). */
const Range = z
  .strictObject({
    field: z.enum(DATE_FIELDS),
    op: z.literal('range'),
    min: z.string().max(10).optional(),
    max: z.string().max(10).optional(),
  })
  .refine((c) => c.min !== undefined || c.max !== undefined, { message: 'a range needs min or max' });
/** Source reliability and information credibility at least this good: B2 takes A1..B2. */
const MinGrade = z.strictObject({
  op: z.literal('minGrade'),
  reliability: Reliability,
  credibility: Credibility,
});
/** Confidence at least this sure (confirmed is the surest). */
const MinConfidence = z.strictObject({ op: z.literal('minConfidence'), level: z.enum(CONFIDENCE_LEVELS) });

export const PatternCondition = z.union([Equals, Contains, In, Range, MinGrade, MinConfidence]);
export type PatternCondition = z.infer<typeof PatternCondition>;

export const PatternNode = z.strictObject({
  /** Entity types, any of them; empty: any type. */
  types: z.array(z.string().min(1)).max(20).default([]),
  conditions: z.array(PatternCondition).max(20).default([]),
  /** All conditions must hold, or any one of them ("notes mention X or a property is set"). */
  match: z.enum(['all', 'any']).default('all'),
});
export type PatternNode = z.infer<typeof PatternNode>;

export const PATTERN_DIRECTIONS = ['out', 'in', 'both'] as const;

export const PatternEdge = z
  .strictObject({
    /** Link types each hop may take; empty: any type. */
    types: z.array(z.string().min(1)).max(30).default([]),
    /** out: from the box before to the box after, as stored; in: the other way; both: either. */
    direction: z.enum(PATTERN_DIRECTIONS).default('both'),
    minHops: z.number().int().min(1).max(PATTERN_MAX_HOPS).default(1),
    maxHops: z
      .number()
      .int()
      .min(1)
      .max(PATTERN_MAX_HOPS, { message: `at most ${PATTERN_MAX_HOPS} hops (PATTERN_MAX_HOPS)` })
      .default(1),
    /** Every link walked must pass all of them. */
    conditions: z.array(PatternCondition).max(20).default([]),
  })
  .refine((e) => e.minHops <= e.maxHops, { message: 'minHops must not exceed maxHops', path: ['minHops'] });
export type PatternEdge = z.infer<typeof PatternEdge>;

export const Pattern = z
  .strictObject({
    nodes: z.array(PatternNode).min(1).max(PATTERN_MAX_NODES),
    /** edges[i] joins nodes[i] and nodes[i + 1]. */
    edges: z
      .array(PatternEdge)
      .max(PATTERN_MAX_NODES - 1)
      .default([]),
    limit: z.number().int().min(1).max(PATTERN_MAX_LIMIT).default(PATTERN_DEFAULT_LIMIT),
  })
  .refine((p) => p.edges.length === p.nodes.length - 1, {
    message: 'a pattern needs one arrow between each two boxes',
    path: ['edges'],
  });
export type Pattern = z.infer<typeof Pattern>;
export type PatternInput = z.input<typeof Pattern>;

/**
 * One match: an entity per box, and per arrow the links of the path taken between the two
 * boxes' entities. Rows are distinct by their entities; when several paths join the same two
 * entities, the one with fewest hops is given, ties broken by the link ids in order, so every
 * store answers the same row.
 */
export const PatternRow = z.strictObject({
  entities: z.array(Id),
  links: z.array(z.array(Id)),
});
export type PatternRow = z.infer<typeof PatternRow>;

export const PatternResult = z.strictObject({
  /** Ordered by the entities' ids, box by box. */
  rows: z.array(PatternRow),
  /** More rows matched than the pattern's limit; `rows` holds the first `limit`. */
  truncated: z.boolean(),
  limit: z.number().int(),
  /** Every entity and link the rows name (paths' middle entities included), for the table and the chart. */
  entities: z.array(Entity),
  links: z.array(Link),
});
export type PatternResult = z.infer<typeof PatternResult>;

/** What a user calls a saved pattern; unique within a case. */
export const PatternName = z.string().trim().min(1).max(200);

export const SavedPattern = z.strictObject({
  name: PatternName,
  pattern: Pattern,
  updatedAt: z.string(),
  updatedBy: z.string(),
});
export type SavedPattern = z.infer<typeof SavedPattern>;

/** Orders for the grade conditions, best first, as the compilers test them. */
export function confidenceAtLeast(level: (typeof CONFIDENCE_LEVELS)[number]): string[] {
  return CONFIDENCE_LEVELS.slice(0, CONFIDENCE_LEVELS.indexOf(level) + 1);
}
