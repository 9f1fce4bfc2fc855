import type { Core } from 'cytoscape';
import type { LabelLayout } from '../../../graph-schema/chart/label-layout';

/**
 * How a placement reaches the screen: each label's element gets a class the stylesheet maps
 * (label-style.ts) to a side of its node, an offset along its link (data lblDx, lblDy), a
 * shortened text (data lblText), or none.
 */
export const LABEL_CLASSES = {
  above: 'lbl-above',
  right: 'lbl-right',
  left: 'lbl-left',
  moved: 'lbl-moved',
  short: 'lbl-short',
  off: 'lbl-off',
} as const;
const ALL_CLASSES = Object.values(LABEL_CLASSES).join(' ');

/**
 * A label waiting for its font parts (label-glyphs.ts), not drawn meanwhile. Not a placement
 * class: a placement written while it waits must not take it away.
 */
export const GLYPH_WAIT_CLASS = 'lbl-glyphs';

/**
 * Writes the placement as classes and data, touching only labels whose placement changed
 * since `applied` (what was written last, by id; updated here).
 */
export function applyLabelLayout(cy: Core, layout: LabelLayout, applied: Map<string, string>): void {
  const next = new Map<string, string>();
  for (const p of layout.placed) {
    const side = p.side && p.side !== 'below' ? p.side : '';
    const moved = p.offset.x !== 0 || p.offset.y !== 0;
    const key = `${side}|${moved ? `${p.offset.x},${p.offset.y}` : ''}|${p.shortened ? (p.lines[0] ?? '') : ''}`;
    next.set(p.id, key);
    if (applied.get(p.id) === key) continue;
    const ele = cy.getElementById(p.id);
    ele.removeClass(ALL_CLASSES);
    if (side) ele.addClass(LABEL_CLASSES[side as 'above' | 'right' | 'left']);
    if (moved) {
      ele.data({ lblDx: p.offset.x, lblDy: p.offset.y });
      ele.addClass(LABEL_CLASSES.moved);
    }
    if (p.shortened) {
      ele.data('lblText', p.lines[0] ?? '');
      ele.addClass(LABEL_CLASSES.short);
    }
  }
  for (const l of layout.left) {
    next.set(l.id, 'off');
    if (applied.get(l.id) === 'off') continue;
    cy.getElementById(l.id).removeClass(ALL_CLASSES).addClass(LABEL_CLASSES.off);
  }
  // Labels no longer asked for (gone, or their text emptied) lose their placement.
  for (const id of applied.keys()) if (!next.has(id)) cy.getElementById(id).removeClass(ALL_CLASSES);
  applied.clear();
  for (const [id, key] of next) applied.set(id, key);
}
