import { z } from 'zod';

/**
 * How a chart looks, as rules on fields: saved with the chart, applied on screen and in
 * every export by the same evaluation (style-rules.ts), and turned into the legend.
 */

export const Color = z.string().regex(/^#[0-9A-Fa-f]{6}$/, 'a colour like #3B82C4');
export type Color = z.infer<typeof Color>;

/**
 * A field a rule reads: a common field, a type property (`props.nationality`) or a measure
 * computed on the chart's own graph (`measure.degree`, `measure.betweenness`). `grade` is the
 * Admiralty grade as one value ("B2"): `atLeast B2` means "B2 or better" (grade-order.ts).
 */
export const FieldRef = z
  .string()
  .regex(
    /^(type|label|confidence|reliability|credibility|grade|classification|props\.[A-Za-z][A-Za-z0-9_]*|measure\.(degree|betweenness|analysis|community))$/,
    'a field: type, label, confidence, reliability, credibility, grade, classification, props.NAME or measure.degree|betweenness|analysis|community',
  );
export type FieldRef = z.infer<typeof FieldRef>;

export const ConditionOp = z.enum(['is', 'isNot', 'in', 'atLeast', 'atMost', 'exists']);
export type ConditionOp = z.infer<typeof ConditionOp>;

export const Condition = z.strictObject({
  field: FieldRef,
  op: ConditionOp,
  /** A string for is/isNot, a list for in, a number for atLeast/atMost; none for exists. */
  value: z.union([z.string().max(500), z.number(), z.array(z.string().max(500)).max(200)]).optional(),
});
export type Condition = z.infer<typeof Condition>;

export const NodeShape = z.enum(['ellipse', 'round-rectangle', 'diamond', 'hexagon']);
export type NodeShape = z.infer<typeof NodeShape>;

/** Applied in order over the type's look; a later rule wins a property an earlier one set. */
export const NodeRule = z.strictObject({
  id: z.string().min(1).max(64),
  /** The legend's text for this rule; empty means "describe the condition". */
  label: z.string().max(120),
  when: Condition,
  color: Color.optional(),
  borderColor: Color.optional(),
  borderWidth: z.number().min(0).max(12).optional(),
  size: z.number().min(12).max(160).optional(),
  shape: NodeShape.optional(),
});
export type NodeRule = z.infer<typeof NodeRule>;

export const LinkRule = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.string().max(120),
  when: Condition,
  color: Color.optional(),
  width: z.number().min(0.5).max(16).optional(),
});
export type LinkRule = z.infer<typeof LinkRule>;

export const ChartStyle = z.strictObject({
  /** Colour nodes by the distinct values of a field (a fixed palette); null keeps the type colour. */
  colorBy: FieldRef.nullable().default(null),
  /** Size nodes by a numeric field or measure between sizeRange; null keeps one size. */
  sizeBy: FieldRef.nullable().default(null),
  sizeRange: z.tuple([z.number().min(12).max(160), z.number().min(12).max(160)]).default([28, 72]),
  nodeRules: z.array(NodeRule).max(100).default([]),
  linkRules: z.array(LinkRule).max(100).default([]),
  /** Link width by a numeric field (props.amount, props.weight...); null keeps one width. */
  linkWidthBy: FieldRef.nullable().default(null),
  /** What a link's label shows. */
  linkLabel: z.union([z.enum(['type', 'none']), FieldRef]).default('type'),
  /** Parallel links between two entities drawn as one, labelled with their count. */
  mergeParallel: z.boolean().default(false),
  /** Arrowheads on directed links. */
  arrows: z.boolean().default(true),
  /**
   * An analysis's answer the style sizes (measure.analysis) or colours (measure.community) by,
   * kept in the style so the screen, every export and the legend draw the same.
   */
  analysis: z
    .strictObject({
      /** The measure's name (graph-schema/analysis/measures.ts), for the legend. */
      measure: z.string().min(1).max(40),
      scores: z.record(z.string(), z.number().finite()).default({}),
      communities: z.record(z.string(), z.number().int().positive()).default({}),
    })
    .optional(),
});
export type ChartStyle = z.infer<typeof ChartStyle>;
export type ChartStyleInput = z.input<typeof ChartStyle>;

export const DEFAULT_CHART_STYLE: ChartStyle = ChartStyle.parse({});
