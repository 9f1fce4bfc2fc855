import type { Color } from './style-spec';

/**
 * What compose.ts produces and every painter (SVG, PDF, canvas) consumes: pages of plain
 * drawing operations, y down, in the page's unit (points for PDF, CSS px for SVG and PNG).
 * Kept to what all three can draw natively so each export looks the same.
 */

/** Width of `text` at `size` in the painter's own font: each painter supplies its metrics. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;
export type FontWeight = 400 | 700;

export interface Stroke {
  color: Color;
  width: number;
  /** Dash lengths in the op's own units; empty is solid. */
  dash: readonly number[];
  /** Round caps make dotted lines read as dots and icons match Lucide's look. */
  cap: 'butt' | 'round';
}

export interface Fill {
  color: Color;
  /** 0..1; groups are tinted boxes, everything else is opaque. */
  opacity: number;
}

interface Painted {
  fill: Fill | null;
  stroke: Stroke | null;
}

export interface RectOp extends Painted {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Corner radius; 0 is square. */
  radius: number;
}

export interface EllipseOp extends Painted {
  kind: 'ellipse';
  cx: number;
  cy: number;
  rx: number;
  ry: number;
}

export interface PolygonOp extends Painted {
  kind: 'polygon';
  /** Closed: x0, y0, x1, y1, ... */
  points: readonly number[];
}

/** SVG path data drawn at (x, y) scaled by `scale` (icons: a 24 x 24 box). */
export interface PathOp extends Painted {
  kind: 'path';
  d: string;
  x: number;
  y: number;
  scale: number;
}

export interface LineOp {
  kind: 'line';
  points: readonly number[];
  stroke: Stroke;
}

export interface QuadraticOp {
  kind: 'quadratic';
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  x2: number;
  y2: number;
  stroke: Stroke;
}

export interface TextOp {
  kind: 'text';
  text: string;
  /** Anchor point on the alphabetic baseline. */
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  anchor: 'start' | 'middle' | 'end';
  color: Color;
}

/** Ops drawn translated and scaled (the chart into its frame), optionally clipped (page units). */
export interface GroupOp {
  kind: 'group';
  clip: { x: number; y: number; width: number; height: number } | null;
  translateX: number;
  translateY: number;
  scale: number;
  ops: readonly Op[];
}

export type Op = RectOp | EllipseOp | PolygonOp | PathOp | LineOp | QuadraticOp | TextOp | GroupOp;

export interface Page {
  width: number;
  height: number;
  ops: readonly Op[];
}

/** Line height used for every block of text, as a multiple of the font size. */
export const LINE_HEIGHT = 1.25;
/** Where the baseline sits below the top of a line, as a multiple of the font size. */
export const ASCENT = 0.95;

export const solid = (color: Color, width: number): Stroke => ({ color, width, dash: [], cap: 'butt' });
export const opaque = (color: Color): Fill => ({ color, opacity: 1 });
