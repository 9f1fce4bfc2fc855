import type { Core } from 'cytoscape';
import type { ChartStyle } from '../../../graph-schema/chart/style-spec';
import { evaluateStyle } from '../../../graph-schema/chart/style-rules';
import type { Entity, Link } from '../../../graph-schema/model/records';
import type { Schema } from '../../../graph-schema/model/schema';
import { currentLanguage } from '../i18n';
import { applyLooks } from './looks';
import type { ChartDiff } from './types';

/**
 * The records behind the chart and the style last set. Cytoscape's element data holds only
 * what the default look needs; rules read any property and measures need the whole graph,
 * so the adapter keeps the records it was given and re-evaluates when either changes.
 */
export interface StyleState {
  record(diff: ChartDiff): void;
  setStyle(style: ChartStyle): void;
  /** Re-evaluates and applies the looks; nothing until a style has been set. */
  restyle(cy: Core): void;
}

export function createStyleState(schema: Schema): StyleState {
  const entities = new Map<string, Entity>();
  const links = new Map<string, Link>();
  let style: ChartStyle | null = null;
  return {
    record(diff) {
      for (const id of diff.removeLinkIds) links.delete(id);
      for (const id of diff.removeEntityIds) entities.delete(id);
      for (const e of [...diff.addEntities, ...diff.updateEntities]) entities.set(e.id, e);
      for (const l of [...diff.addLinks, ...diff.updateLinks]) links.set(l.id, l);
    },
    setStyle(next) {
      style = next;
    },
    restyle(cy) {
      if (!style) return;
      // Only what is drawn: a link whose end never made it onto the chart is not styled.
      const onChart = [...entities.values()].filter((e) => cy.getElementById(e.id).nonempty());
      const drawn = [...links.values()].filter((l) => cy.getElementById(l.id).nonempty());
      // Link labels by type are the schema's words in the UI's language (ChartHost restyles on a switch).
      applyLooks(
        cy,
        evaluateStyle({ schema, style, entities: onChart, links: drawn, language: currentLanguage() }),
        schema,
      );
    },
  };
}
