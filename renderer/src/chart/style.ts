import type { Css, StylesheetJson, StylesheetStyle } from 'cytoscape';
import type { Schema } from '../../../graph-schema/model/schema';
import { glyphColor, LOOK_DEFAULTS } from '../../../graph-schema/chart/palette';
import { iconImage } from './icons';
import { BULK_CLASS, BULK_DATA, looksStylesheet, NEAR_CLASS } from './looks';

/** The screen's theme (app/theme.ts); exports draw on paper and never read it. */
export type ChartTheme = 'light' | 'dark';

/**
 * The chart's look: Blueprint's palette, calm and dense, so colour carries meaning (entity
 * type, selection, path) rather than decoration. Only what sits on the background changes
 * with the theme; type colours, link lines and node borders read on both.
 */
export const CHART_THEMES = {
  dark: {
    background: '#1C2127',
    label: '#F6F7F9',
    labelBackground: '#1C2127',
    edgeLabel: '#ABB3BF',
    selection: '#4C90F0',
    path: '#FBB360',
    active: '#FFFFFF',
  },
  light: {
    background: '#F6F7F9',
    label: '#1C2127',
    labelBackground: '#F6F7F9',
    edgeLabel: '#404854',
    selection: '#2D72D2',
    path: '#C87619',
    active: '#111418',
  },
} as const satisfies Record<ChartTheme, Record<string, string>>;
export type ChartColors = (typeof CHART_THEMES)[ChartTheme];

// Double quotes: Cytoscape's font-family parser rejects single-quoted names.
export const CHART_FONT =
  '"Noto Sans", "Noto Sans JP", "Noto Sans SC", "Noto Sans KR", "Noto Sans Arabic", sans-serif';

/** The same default the style evaluation uses (graph-schema/chart/palette.ts). */
export const NODE_SIZE = LOOK_DEFAULTS.nodeSize;

/** Edge classes that turn confidence into line style: unconfirmed links are never solid. */
export const CONFIDENCE_LINE_CLASS: Record<string, 'dashed' | 'dotted' | undefined> = {
  confirmed: undefined,
  probable: 'dashed',
  possible: 'dotted',
  doubtful: 'dotted',
};

/** Type names are restricted to [A-Za-z][A-Za-z0-9_]*, so they are safe in selectors. */
function typeSelector(name: string): string {
  return `node[type = "${name}"]`;
}

const node = (selector: string, style: Css.Node): StylesheetStyle => ({ selector, style });
const edge = (selector: string, style: Css.Edge): StylesheetStyle => ({ selector, style });
// The typings mark every core property required, though Cytoscape defaults the ones not given.
const core = (selector: string, style: Partial<Css.Core>): StylesheetStyle => ({
  selector,
  style: style as Css.Core,
});

// Typed loosely: Cytoscape's typings do not accept a data() mapping for an arrow shape.
const loose = (selector: string, style: Record<string, unknown>): StylesheetStyle =>
  ({ selector, style }) as StylesheetStyle;

/**
 * What may show a label: any element but a big chart's away from the view (NEAR_CLASS). Its
 * fonts and text backgrounds are set on these only (label-style.ts too).
 */
export const LABELLED_NODES = `node[^${BULK_DATA}], node.${NEAR_CLASS}`;
export const LABELLED_EDGES = `edge[^${BULK_DATA}], edge.${NEAR_CLASS}`;

/** A big chart's link labels are drawn from this zoom on (9 px text, shown from 14 px). */
export const BULK_LINK_LABEL_MIN_ZOOM = 14 / 9;

/**
 * A big chart's links (class BULK_CLASS): 'haystack' lines, Cytoscape's cheapest edge to
 * compute and draw (straight, centre to centre, parallel links drawn over each other), with
 * the direction arrow at the middle (haystack edges draw no end arrows), and link labels only
 * from a closer zoom and near the view (NEAR_CLASS): the 50,000 labels of a 10,000-entity
 * chart are otherwise measured and bounded on every restyle, though none can be read.
 * Measured in tests/bench/layout and tests/bench/render (BENCHMARKS.md).
 */
function bulkStylesheet(colors: ChartColors): StylesheetStyle[] {
  const bulk = `edge.${BULK_CLASS}`;
  return [
    edge(bulk, {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      label: '',
    }),
    loose(`${bulk}.${NEAR_CLASS}`, { label: 'data(label)', 'min-zoomed-font-size': 14 }),
    // Entities' names likewise, from the zoom Cytoscape draws them at (link-label-detail.ts):
    // 10,000 names were measured and bounded though none is drawn at the fitted zoom.
    loose(`node.${BULK_CLASS}`, { label: '' }),
    loose(`node.${BULK_CLASS}.${NEAR_CLASS}`, { label: 'data(label)' }),
    loose(`${bulk}.${NEAR_CLASS}[lookLabel]`, { label: 'data(lookLabel)' }),
    edge(`${bulk}.directed`, {
      'mid-target-arrow-shape': 'triangle',
      'mid-target-arrow-color': LOOK_DEFAULTS.linkColor,
    }),
    loose(`${bulk}[lookColor]`, {
      'mid-target-arrow-shape': 'data(lookArrow)',
      'mid-target-arrow-color': 'data(lookColor)',
    }),
    edge(`${bulk}.highlighted`, { 'mid-target-arrow-color': colors.path }),
    edge(`${bulk}:selected`, { 'mid-target-arrow-color': colors.selection }),
  ];
}

export function chartStylesheet(schema: Schema, theme: ChartTheme): StylesheetJson {
  const colors = CHART_THEMES[theme];
  const perType = schema.entityTypes.map((type) =>
    node(typeSelector(type.name), {
      'background-color': type.color,
      'background-image': iconImage(type.icon, glyphColor(type.color)),
    }),
  );

  // Only what differs from Cytoscape's defaults (a disc, centred labels, solid lines, no arrow,
  // no overlay): Cytoscape applies, triggers and hashes every property a rule sets, for each
  // element on each restyle.
  return [
    node('node', {
      width: NODE_SIZE,
      height: NODE_SIZE,
      'background-color': LOOK_DEFAULTS.unknownType,
      'background-image': iconImage(LOOK_DEFAULTS.unknownIcon, glyphColor(LOOK_DEFAULTS.unknownType)),
      'background-width': '56%',
      'background-height': '56%',
      'background-clip': 'none',
      // The plain look (looks.ts plainNodeLook): a look equal to it is drawn by these rules.
      'border-width': LOOK_DEFAULTS.nodeBorderWidth,
      'border-color': LOOK_DEFAULTS.nodeBorder,
    }),
    // Names, on every entity but a big chart's far from the view (BULK_DATA, looks.ts).
    node(LABELLED_NODES, {
      label: 'data(label)',
      color: colors.label,
      'font-family': CHART_FONT,
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'ellipsis',
      'text-max-width': '140px',
      'text-background-color': colors.labelBackground,
      'text-background-opacity': 0.75,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      'min-zoomed-font-size': 6,
    }),
    ...perType,
    edge('edge', {
      'curve-style': 'bezier',
      'control-point-step-size': 28,
      // The plain line (looks.ts): a link look equal to it is drawn by these rules.
      width: LOOK_DEFAULTS.linkWidth,
      'line-color': LOOK_DEFAULTS.linkColor,
      'target-arrow-color': LOOK_DEFAULTS.linkColor,
      'arrow-scale': 0.9,
    }),
    // Link labels, likewise on every link but a big chart's far from the view.
    edge(LABELLED_EDGES, {
      label: 'data(label)',
      color: colors.edgeLabel,
      'font-family': CHART_FONT,
      'font-size': 9,
      'text-rotation': 'autorotate',
      'text-background-color': colors.labelBackground,
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'min-zoomed-font-size': 8,
    }),
    edge('edge.directed', { 'target-arrow-shape': 'triangle' }),
    edge('edge.dashed', { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] }),
    edge('edge.dotted', { 'line-style': 'dotted' }),
    // A chart style, once set, overrides the type defaults above through element data.
    ...looksStylesheet(),
    node('node.highlighted', { 'border-width': 3, 'border-color': colors.path, 'z-index': 20 }),
    edge('edge.highlighted', {
      width: 3,
      'line-color': colors.path,
      'target-arrow-color': colors.path,
      'z-index': 20,
    }),
    node('node.dimmed', { opacity: 0.18 }),
    edge('edge.dimmed', { opacity: 0.12 }),
    node('node:selected', {
      'outline-width': 3,
      'outline-color': colors.selection,
      'outline-offset': 2,
      'outline-opacity': 1,
      'z-index': 30,
    }),
    edge('edge:selected', {
      width: 3,
      'line-color': colors.selection,
      'target-arrow-color': colors.selection,
      'z-index': 30,
    }),
    node('node:active', { 'overlay-opacity': 0.12, 'overlay-color': colors.active }),
    // A link pressed shows no overlay (Cytoscape's default ':active' rule gives one).
    edge('edge:active', { 'overlay-opacity': 0 }),
    ...bulkStylesheet(colors),
    core('core', {
      'selection-box-color': colors.selection,
      'selection-box-opacity': 0.15,
      'selection-box-border-color': colors.selection,
      'active-bg-opacity': 0,
      'outside-texture-bg-color': colors.background,
    }),
  ];
}
