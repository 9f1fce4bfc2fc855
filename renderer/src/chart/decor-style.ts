import type { StylesheetStyle } from 'cytoscape';
import { iconImage } from './icons';
import { CHART_FONT, CHART_THEMES, type ChartTheme } from './style';

/**
 * Group boxes, collapsed groups, notes, callouts and rerouted links: quiet, behind the data.
 * The group box and its title sit on the background, so they follow the theme; notes are
 * paper-coloured in both.
 */
const DECOR_THEMES = {
  dark: { groupFill: '#2F343C', groupTitle: '#D3D8DE' },
  light: { groupFill: '#DCE0E5', groupTitle: '#383E47' },
} as const satisfies Record<ChartTheme, Record<string, string>>;

export const DECOR_COLORS = {
  groupBorder: '#5F6B7C',
  collapsedFill: '#5F6B7C',
  noteFill: '#FBF3DB',
  noteText: '#1C2127',
  noteBorder: '#D1980B',
  callout: '#D1980B',
  meta: '#8F99A8',
} as const;

// Typed loosely on purpose: Cytoscape's typings lack several compound-node properties.
const rule = (selector: string, style: Record<string, unknown>): StylesheetStyle =>
  ({ selector, style }) as StylesheetStyle;

export function decorStylesheet(theme: ChartTheme): StylesheetStyle[] {
  const colors = { ...CHART_THEMES[theme], ...DECOR_THEMES[theme] };
  return [
    rule('node[decor = "group"]', {
      shape: 'round-rectangle',
      'background-color': colors.groupFill,
      'background-opacity': 0.55,
      'background-image': 'none',
      'border-width': 1,
      'border-style': 'dashed',
      'border-color': DECOR_COLORS.groupBorder,
      label: 'data(label)',
      color: colors.groupTitle,
      'font-family': CHART_FONT,
      'font-size': 12,
      'font-weight': 600,
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-y': -4,
      'text-background-opacity': 0,
      padding: '18px',
      'z-compound-depth': 'bottom',
    }),
    rule('node[decor = "group"][color]', { 'border-color': 'data(color)' }),
    rule('node[decor = "group"].collapsed', {
      width: 54,
      height: 40,
      'border-style': 'solid',
      'border-width': 2,
      'background-color': DECOR_COLORS.collapsedFill,
      'background-opacity': 1,
      'background-image': iconImage('boxes'),
      'background-width': '60%',
      'background-height': '60%',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-background-color': colors.labelBackground,
      'text-background-opacity': 0.75,
    }),
    rule('node.in-collapsed', { display: 'none' }),
    rule('node.hidden-item, edge.hidden-item', { display: 'none' }),
    rule('node.pinned', { 'border-width': 3, 'border-style': 'double', 'border-color': colors.label }),
    rule('node[decor = "note"]', {
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      padding: '6px',
      'background-color': DECOR_COLORS.noteFill,
      'background-image': 'none',
      'border-width': 1,
      'border-color': DECOR_COLORS.noteBorder,
      label: 'data(label)',
      color: DECOR_COLORS.noteText,
      'font-family': CHART_FONT,
      'font-size': 11,
      'text-wrap': 'wrap',
      'text-max-width': 'data(width)',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-margin-y': 0,
      'text-background-opacity': 0,
    }),
    rule('edge[decor = "callout"]', {
      width: 1,
      'line-color': DECOR_COLORS.callout,
      'line-style': 'solid',
      'curve-style': 'straight',
      'target-arrow-shape': 'circle',
      'target-arrow-color': DECOR_COLORS.callout,
      'arrow-scale': 0.5,
      label: '',
    }),
    rule('edge[decor = "meta"]', {
      'line-color': DECOR_COLORS.meta,
      width: 2.5,
      'line-style': 'solid',
      'target-arrow-shape': 'none',
      label: 'data(label)',
    }),
  ];
}
