import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import type { FontPart, FontParts } from './font-parts';
import { GLYPH_WAIT_CLASS } from './label-classes';
import { labelText, unlabelledBulk } from './label-text';

/**
 * Labels wait for their glyphs. The chart's fonts (@fontsource Noto Sans, JP, SC, KR) come in
 * parts, and the browser loads a part only when some text needs it (font-parts.ts). Text in
 * the page waits for it; the chart's canvas does not: it drew a name whose part was not loaded
 * yet with missing-glyph boxes (雇用 as □用), and Cytoscape kept that drawing as the label's
 * texture, so the boxes stayed. Here an element whose label needs a part not loaded yet is
 * drawn without its label (GLYPH_WAIT_CLASS, label-classes.ts) while the part loads, then with
 * it, placed again with its true width (label-placement.ts sees the class change).
 */

export interface LabelGlyphs {
  destroy(): void;
}

/** A part that loaded, or failed to: a failed one is not waited for again (the fallback draws). */
const settledStatus = (part: FontPart) => part.status === 'loaded' || part.status === 'error';

export function bindLabelGlyphs(cy: Core, parts: FontParts): LabelGlyphs {
  /** Characters whose parts have all settled. */
  const drawable = new Set<string>();
  /** Parts asked for: each is loaded once, and counts as settled once its load has. */
  const asked = new Map<FontPart, boolean>();
  /** Elements drawn without their label for now, by id. */
  const held = new Set<string>();
  let releaseQueued = false;
  let destroyed = false;

  /** The parts `text` still needs; its characters that need none are remembered as drawable. */
  const needs = (text: string): FontPart[] => {
    const out: FontPart[] = [];
    for (const ch of text) {
      if (drawable.has(ch)) continue;
      const waiting = parts.partsFor(ch).filter((p) => !settledStatus(p) && asked.get(p) !== true);
      if (waiting.length === 0) drawable.add(ch);
      else out.push(...waiting);
    }
    return out;
  };

  const load = (wanted: readonly FontPart[]) => {
    for (const part of wanted) {
      if (asked.has(part)) continue;
      asked.set(part, false);
      void part
        .load()
        .catch(() => undefined)
        .then(() => {
          asked.set(part, true);
          queueRelease();
        });
    }
  };

  /**
   * Holds the element's label while it needs parts not loaded yet. A big chart's element away
   * from the view draws no label (unlabelledBulk): its parts load, but it is not held, so
   * opening a big chart restyles nothing for this; it is checked again when it comes near.
   */
  const check = (ele: NodeSingular | EdgeSingular) => {
    const wanted = needs(labelText(ele));
    const id = ele.id();
    load(wanted);
    const hold = wanted.length > 0 && !unlabelledBulk(ele);
    if (hold === held.has(id)) return;
    if (hold) {
      held.add(id);
      ele.addClass(GLYPH_WAIT_CLASS);
    } else {
      held.delete(id);
      ele.removeClass(GLYPH_WAIT_CLASS);
    }
  };

  /** Every held element checked again once a load has settled: one batch for the loads of a moment. */
  const queueRelease = () => {
    if (releaseQueued || destroyed) return;
    releaseQueued = true;
    setTimeout(() => {
      releaseQueued = false;
      if (destroyed || cy.destroyed()) return;
      cy.batch(() => {
        for (const id of [...held]) {
          const ele = cy.getElementById(id);
          if (ele.empty()) held.delete(id);
          else check(ele as NodeSingular | EdgeSingular);
        }
      });
    }, 0);
  };

  // A label's text comes with the element or with a data change (a rename, a style's link
  // label); a class change may bring a big chart's element near the view.
  const onChange = (event: EventObject) => check(event.target as NodeSingular | EdgeSingular);
  const onRemove = (event: EventObject) => {
    held.delete((event.target as NodeSingular | EdgeSingular).id());
  };
  cy.on('add data class', onChange);
  cy.on('remove', onRemove);

  return {
    destroy() {
      destroyed = true;
      cy.removeListener('add data class', onChange);
      cy.removeListener('remove', onRemove);
    },
  };
}
