import { colourDistance, contrastRatio } from './colour-math';

/**
 * Colours for "colour by": Okabe and Ito's set (without black, which vanishes on the dark
 * chart), then Paul Tol's muted set. Both were chosen to stay distinct under the common
 * colour-vision deficiencies; the order puts the most separable first.
 */
export const CATEGORICAL_PALETTE = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#DDCC77',
  '#CC6677',
  '#AA4499',
  '#882255',
  '#332288',
] as const;

/** Values past the palette share one colour and one legend line. */
export const OTHER_COLOR = '#ABB3BF';
/** Items with no value for the field. */
export const NO_VALUE_COLOR = '#5F6B7C';
/** Legend swatches that explain a shape or a size, not a colour. */
export const NEUTRAL_COLOR = '#8F99A8';

/** The look an item has before any style: the renderer's stylesheet draws the same. */
export const LOOK_DEFAULTS = {
  nodeSize: 34,
  nodeBorder: '#111418',
  nodeBorderWidth: 1,
  unknownType: '#5F6B7C',
  unknownIcon: 'circle',
  linkColor: '#738091',
  linkWidth: 1.5,
  /** Width range for "width by". */
  linkWidthRange: [1, 8] as const,
} as const;

/** Glyphs (type icons) are white on a fill, or this near-black where white would not show. */
export const GLYPH_LIGHT = '#FFFFFF';
export const GLYPH_DARK = '#1C2127';
/** WCAG 2.x 1.4.11: graphics need 3:1 against what they sit on. */
const GLYPH_MIN_CONTRAST = 3;

/**
 * The icon colour on a node's fill, for the screen and every export alike: white while it
 * keeps 3:1 (most type colours, so the chart stays uniform), else near-black (yellows, sky
 * blues, light greys), which then has far more.
 */
export function glyphColor(fill: string): string {
  return contrastRatio(fill, GLYPH_LIGHT) >= GLYPH_MIN_CONTRAST ? GLYPH_LIGHT : GLYPH_DARK;
}

/** CIE76 distance under which two fills read as one colour on a chart. */
const DISTINCT_FROM = 25;

/**
 * The palette for "colour by", without the colours that look like one already on the chart
 * for another meaning: the type colours of types drawn in their own colour because they lack
 * the field. Otherwise a Person coloured for one nationality matches a Company's green.
 */
export function valueColours(reserved: readonly string[]): string[] {
  return CATEGORICAL_PALETTE.filter((colour) =>
    reserved.every((taken) => colourDistance(colour, taken) >= DISTINCT_FROM),
  );
}
