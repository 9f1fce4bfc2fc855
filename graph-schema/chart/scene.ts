import { z } from 'zod';
import { Classification } from '../model/grading';
import { DEFAULT_MARKING_SCHEME } from '../model/marking-schemes';
import { SCHEMA_LANGUAGES } from '../model/type-definition';
import { Color, NodeShape } from './style-spec';

/**
 * A chart resolved for drawing: every look already decided (rules evaluated, groups
 * collapsed, parallel links merged), positions in chart units, y down. The renderer builds
 * it from what is on screen; compose.ts lays it out on pages with banners, title and
 * legend; one painter per output (SVG, PDF, canvas for PNG) draws the result.
 */

const Num = z.number().finite();
export const ScenePoint = z.strictObject({ x: Num, y: Num });
export type ScenePoint = z.infer<typeof ScenePoint>;

/** An icon as stroked SVG path data in a 24 x 24 box (Lucide's grid). */
export const SceneIcon = z.array(z.string().max(4000)).max(40);
export type SceneIcon = z.infer<typeof SceneIcon>;

export const LineDash = z.enum(['solid', 'dashed', 'dotted']);
export type LineDash = z.infer<typeof LineDash>;

export const SceneNode = z.strictObject({
  id: z.string(),
  x: Num,
  y: Num,
  /** Diameter (or width and height of the shape's box). */
  size: Num.positive(),
  shape: NodeShape,
  fill: Color,
  border: Color,
  borderWidth: Num.min(0),
  icon: SceneIcon,
  iconColor: Color,
  /** Drawn under the node; may be in any script. */
  label: z.string().max(1000),
});
export type SceneNode = z.infer<typeof SceneNode>;

export const SceneEdge = z.strictObject({
  id: z.string(),
  from: ScenePoint,
  to: ScenePoint,
  /** A quadratic curve's control point (parallel links bow apart); null is a straight line. */
  control: ScenePoint.nullable(),
  color: Color,
  width: Num.positive(),
  dash: LineDash,
  /** An arrowhead at `to` (directed links). */
  arrow: z.boolean(),
  label: z.string().max(1000),
  /** The ids of the nodes it joins: how well linked a node is decides whose label goes first. */
  source: z.string().optional(),
  target: z.string().optional(),
});
export type SceneEdge = z.infer<typeof SceneEdge>;

/** An expanded group: a titled box behind its members. */
export const SceneGroup = z.strictObject({
  id: z.string(),
  title: z.string().max(200),
  x: Num,
  y: Num,
  width: Num.positive(),
  height: Num.positive(),
  color: Color,
});
export type SceneGroup = z.infer<typeof SceneGroup>;

export const SceneAnnotation = z.strictObject({
  id: z.string(),
  text: z.string().max(4000),
  /** Centre of the note box; its size is measured by the painter's text metrics. */
  x: Num,
  y: Num,
  /** A callout's tip (the entity it points at); null for a free note. */
  anchor: ScenePoint.nullable(),
});
export type SceneAnnotation = z.infer<typeof SceneAnnotation>;

export const LegendEntry = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('node'),
    label: z.string().max(200),
    fill: Color,
    border: Color,
    shape: NodeShape,
    icon: SceneIcon,
  }),
  z.strictObject({
    kind: z.literal('link'),
    label: z.string().max(200),
    color: Color,
    dash: LineDash,
    width: Num.positive(),
  }),
]);
export type LegendEntry = z.infer<typeof LegendEntry>;

export const Scene = z.strictObject({
  nodes: z.array(SceneNode).max(100_000),
  edges: z.array(SceneEdge).max(500_000),
  groups: z.array(SceneGroup).max(5_000),
  annotations: z.array(SceneAnnotation).max(5_000),
  legend: z.array(LegendEntry).max(500),
  /** The highest marking of any item drawn. */
  marking: Classification,
  /** Printed under the chart when a filter left items out ("only B2 or better"): never silent. */
  filterNote: z.string().max(300).optional(),
});
export type Scene = z.infer<typeof Scene>;

export const PageSize = z.enum(['A4', 'A3', 'Letter', 'Legal']);
export type PageSize = z.infer<typeof PageSize>;

/** What goes around the chart on every export. */
export const ExportHeader = z.strictObject({
  title: z.string().max(300).default(''),
  subtitle: z.string().max(300).default(''),
  author: z.string().max(200).default(''),
  /** As printed; the dialog fills today's date. */
  date: z.string().max(100).default(''),
  /** The case's own marking; the banner shows it or the scene's, whichever is higher. */
  caseMarking: Classification.default('UNCLASSIFIED'),
  /** The case's marking scheme: how the banner names and colours the marking. */
  markingScheme: z.string().max(40).default(DEFAULT_MARKING_SCHEME),
  /** The case's handling caveats (scheme ids), added to the banner. */
  caveats: z.array(z.string().max(40)).max(30).default([]),
  legend: z.boolean().default(true),
  /** The words the frame prints ("Legend" / 「凡例」): the export dialog passes the UI's language. */
  language: z.enum(SCHEMA_LANGUAGES).default('en'),
});
export type ExportHeader = z.infer<typeof ExportHeader>;
export type ExportHeaderInput = z.input<typeof ExportHeader>;

export const PdfOptions = z.strictObject({
  pageSize: PageSize.default('A4'),
  orientation: z.enum(['portrait', 'landscape']).default('landscape'),
  /** Split a large chart over several pages, with overlap and alignment marks. */
  tile: z.boolean().default(false),
  /** Tiles across (rows follow from the chart's shape); 1 fits the chart on one page. */
  tilesAcross: z.number().int().min(1).max(8).default(2),
});
export type PdfOptions = z.infer<typeof PdfOptions>;

export const PngOptions = z.strictObject({
  scale: z.number().int().min(1).max(4).default(2),
  background: z.enum(['white', 'transparent']).default('white'),
});
export type PngOptions = z.infer<typeof PngOptions>;
