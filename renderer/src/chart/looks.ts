import type { Core, EdgeDefinition, StylesheetStyle } from 'cytoscape';
import type { MergedLink } from '../../../graph-schema/chart/parallel-links';
import type { LinkLook, NodeLook } from '../../../graph-schema/chart/style-looks';
import { ENTITY_NODES, LINK_EDGES } from './decor';
import { iconDataUri } from './icons';

/** What applyLooks draws: evaluateStyle's result (the legend is the panel's business). */
export interface ChartLooks {
  nodes: ReadonlyMap<string, NodeLook>;
  links: ReadonlyMap<string, LinkLook>;
  merged: readonly MergedLink[];
}

/**
 * On a big chart (big-chart.ts, BIG_CHART_ELEMENTS) entities and links carry this class, and
 * the stylesheet (style.ts) draws them the cheaper way.
 */
export const BULK_CLASS = 'bulk';
/**
 * A big chart's links show their labels only with this class: the ones near the view once it
 * is zoomed in far enough to read them (link-label-detail.ts). The rest are not measured,
 * bounded or drawn.
 */
export const NEAR_CLASS = 'near';

/** Marks a line that stands for several parallel links; `members` holds their ids. */
export const MERGED_DECOR = 'merged';
const MEMBER_CLASS = 'merged-member';

const DASH_CLASS: Record<LinkLook['dash'], string | null> = {
  solid: null,
  dashed: 'dashed',
  dotted: 'dotted',
};

function nodeLookData(look: NodeLook) {
  return {
    lookColor: look.color,
    lookSize: look.size,
    lookBorderColor: look.borderColor,
    lookBorderWidth: look.borderWidth,
    lookShape: look.shape,
    // The type's icon in the colour that reads on this fill (white on yellow would not).
    lookIcon: iconDataUri(look.icon, look.glyph),
  };
}

function linkLookData(look: LinkLook) {
  return {
    lookColor: look.color,
    lookWidth: look.width,
    lookLabel: look.label,
    lookArrow: look.arrow ? 'triangle' : 'none',
  };
}

const NODE_KEYS = 'lookColor lookSize lookBorderColor lookBorderWidth lookShape lookIcon';
const EDGE_KEYS = 'lookColor lookWidth lookLabel lookArrow';

/**
 * Writes the looks into element data, where the stylesheet's `[lookColor]` rules map them.
 * Elements with no look lose theirs and fall back to the type colour and icon defaults.
 * Merged lines are rebuilt each time: members hidden, one line per pair added (selection kept).
 */
export function applyLooks(cy: Core, looks: ChartLooks): void {
  cy.batch(() => {
    cy.nodes(ENTITY_NODES).forEach((node) => {
      const look = looks.nodes.get(node.id());
      if (look) node.data(nodeLookData(look));
      // Only where there is a look to drop: a removeData on each of 10,000 nodes is not free.
      else if (node.data('lookColor') !== undefined) node.removeData(NODE_KEYS);
    });
    cy.edges(LINK_EDGES).forEach((edge) => {
      const look = looks.links.get(edge.id());
      if (look) edge.data(linkLookData(look));
      else if (edge.data('lookColor') !== undefined) edge.removeData(EDGE_KEYS);
    });
    syncMerged(cy, looks.merged);
  });
}

function syncMerged(cy: Core, merged: readonly MergedLink[]): void {
  const old = cy.edges(`[decor = "${MERGED_DECOR}"]`);
  const wasSelected = new Set(old.filter((e) => e.selected()).map((e) => e.id()));
  old.remove();
  cy.edges(`.${MEMBER_CLASS}`).removeClass(MEMBER_CLASS);
  const add: EdgeDefinition[] = [];
  for (const m of merged) {
    const members = cy.collection();
    for (const id of m.members) members.merge(cy.getElementById(id));
    if (members.length < 2) continue;
    members.addClass(MEMBER_CLASS);
    const dash = DASH_CLASS[m.look.dash];
    add.push({
      group: 'edges',
      data: {
        id: m.id,
        source: m.source,
        target: m.target,
        decor: MERGED_DECOR,
        members: [...m.members],
        label: m.look.label,
        ...linkLookData(m.look),
      },
      classes: ['merged', ...(dash ? [dash] : []), ...(members.is(`.${BULK_CLASS}`) ? [BULK_CLASS] : [])],
      selected: wasSelected.has(m.id),
    });
  }
  cy.add(add);
}

// Typed loosely: Cytoscape's typings do not accept data() mappings for shape and width.
const rule = (selector: string, style: Record<string, unknown>): StylesheetStyle =>
  ({ selector, style }) as StylesheetStyle;

/**
 * Data-driven looks. Placed after the base and line-style rules and before highlight,
 * dimming and selection, so those still show over any style.
 */
export function looksStylesheet(): StylesheetStyle[] {
  return [
    rule('node[lookColor]', {
      'background-color': 'data(lookColor)',
      width: 'data(lookSize)',
      height: 'data(lookSize)',
      'border-color': 'data(lookBorderColor)',
      'border-width': 'data(lookBorderWidth)',
      shape: 'data(lookShape)',
      'background-image': 'data(lookIcon)',
    }),
    rule('edge[lookColor]', {
      'line-color': 'data(lookColor)',
      'target-arrow-color': 'data(lookColor)',
      width: 'data(lookWidth)',
      label: 'data(lookLabel)',
      'target-arrow-shape': 'data(lookArrow)',
    }),
    rule(`edge.${MEMBER_CLASS}`, { display: 'none' }),
  ];
}
