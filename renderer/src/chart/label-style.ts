import type { StylesheetStyle } from 'cytoscape';
import { SCREEN_LINK_FONT, SCREEN_NODE_FONT } from '../../../graph-schema/chart/label-layout';
import { GLYPH_WAIT_CLASS, LABEL_CLASSES } from './label-classes';
import { LABELLED_EDGES, LABELLED_NODES } from './style';

// Typed loosely: Cytoscape's typings do not accept data() mappings for text margins.
const rule = (selector: string, style: Record<string, unknown>): StylesheetStyle =>
  ({ selector, style }) as StylesheetStyle;

const C = LABEL_CLASSES;
const gap = SCREEN_NODE_FONT.gap;

/**
 * Where label-placement.ts puts each label: after every other rule (types, looks, groups), so a
 * label moved, shortened or hidden to keep it off another stays so whatever else styles it.
 * Sizes come from the placement's fonts, so what is placed is what is drawn.
 */
export function labelStylesheet(): StylesheetStyle[] {
  return [
    rule(LABELLED_NODES, {
      'text-max-width': `${SCREEN_NODE_FONT.maxWidth}px`,
      'text-background-padding': `${SCREEN_NODE_FONT.padding}px`,
    }),
    // Link labels read level, like names: a box the placement can keep clear of others.
    rule(LABELLED_EDGES, {
      'text-rotation': 'none',
      'text-wrap': 'ellipsis',
      'text-max-width': `${SCREEN_LINK_FONT.maxWidth}px`,
      'text-background-padding': `${SCREEN_LINK_FONT.padding}px`,
    }),
    rule(`node.${C.above}`, {
      'text-valign': 'top',
      'text-halign': 'center',
      'text-margin-x': 0,
      'text-margin-y': -gap,
    }),
    rule(`node.${C.right}`, {
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': gap,
      'text-margin-y': 0,
    }),
    rule(`node.${C.left}`, {
      'text-valign': 'center',
      'text-halign': 'left',
      'text-margin-x': -gap,
      'text-margin-y': 0,
    }),
    rule(`edge.${C.moved}`, { 'text-margin-x': 'data(lblDx)', 'text-margin-y': 'data(lblDy)' }),
    rule(`.${C.short}`, { label: 'data(lblText)' }),
    rule(`.${C.off}`, { label: '' }),
    // Last: a label waiting for its font parts is not drawn, whatever its place (label-glyphs.ts).
    rule(`.${GLYPH_WAIT_CLASS}`, { label: '' }),
  ];
}
