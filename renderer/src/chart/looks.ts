import type { Core, EdgeDefinition, StylesheetStyle } from 'cytoscape';
import type { MergedLink } from '../../../graph-schema/chart/parallel-links';
import type { LinkLook, NodeLook } from '../../../graph-schema/chart/style-looks';
import { glyphColor, LOOK_DEFAULTS } from '../../../graph-schema/chart/palette';
import type { Schema } from '../../../graph-schema/model/schema';
import type { EntityTypeDefinition } from '../../../graph-schema/model/type-definition';
import { ENTITY_NODES, LINK_EDGES } from './decor';
import { iconImage } from './icons';

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
 * Set (true) on every element with BULK_CLASS. Cytoscape's selectors cannot say "not of a
 * class" but can say "without this data" (`[^bulk]`): the rules for what may show a label
 * (fonts, text backgrounds) select `[^bulk]` or NEAR_CLASS, so a big chart's elements that
 * show none are not given, hashed and compared a dozen text properties each on every restyle.
 */
export const BULK_DATA = 'bulk';
/**
 * A big chart's links and entities show their labels only with this class: the ones near the
 * view once it is zoomed in far enough to draw them (link-label-detail.ts). The rest are not
 * measured, bounded or drawn.
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
    lookIcon: iconImage(look.icon, look.glyph),
  };
}

function lineLookData(look: LinkLook) {
  return {
    lookColor: look.color,
    lookWidth: look.width,
    lookArrow: look.arrow ? 'triangle' : 'none',
  };
}

function linkLookData(look: LinkLook) {
  return { ...lineLookData(look), lookLabel: look.label };
}

/**
 * Data that drops a look. Set to undefined rather than removed: Cytoscape's removeData does
 * not restyle the element, so a dropped look stayed drawn until something else restyled it.
 */
const unset = (keys: string[]) => Object.fromEntries(keys.map((k) => [k, undefined]));
const DROP_NODE = unset([
  'lookColor',
  'lookSize',
  'lookBorderColor',
  'lookBorderWidth',
  'lookShape',
  'lookIcon',
]);
const DROP_LINE = unset(['lookColor', 'lookWidth', 'lookArrow']);
const DROP_LABEL = unset(['lookLabel']);

/**
 * How the stylesheet draws an entity of this type with no look data (style.ts): its type's
 * colour and icon, the default size and border, a disc.
 */
export function plainNodeLook(type: EntityTypeDefinition | undefined): NodeLook {
  const color = type?.color ?? LOOK_DEFAULTS.unknownType;
  return {
    color,
    size: LOOK_DEFAULTS.nodeSize,
    borderColor: LOOK_DEFAULTS.nodeBorder,
    borderWidth: LOOK_DEFAULTS.nodeBorderWidth,
    shape: 'ellipse',
    icon: type?.icon ?? LOOK_DEFAULTS.unknownIcon,
    glyph: glyphColor(color),
  };
}

const sameNodeLook = (a: NodeLook, b: NodeLook) =>
  a.color === b.color &&
  a.size === b.size &&
  a.borderColor === b.borderColor &&
  a.borderWidth === b.borderWidth &&
  a.shape === b.shape &&
  a.icon === b.icon &&
  a.glyph === b.glyph;

/** Whether the stylesheet draws the link's line so without look data (style.ts): colour, width, arrow. */
const plainLine = (look: LinkLook, directed: boolean) =>
  look.color === LOOK_DEFAULTS.linkColor && look.width === LOOK_DEFAULTS.linkWidth && look.arrow === directed;

/**
 * Writes the looks into element data, where the stylesheet's `[lookColor]` and `[lookLabel]`
 * rules map them. Only what differs from what the stylesheet draws without them is written:
 * a mapped property is read from the data and parsed for each element on every restyle, and
 * with the default style every entity looks as its type does and every line is plain (on a
 * 10,000-entity chart, 7 mapped properties on each node and 5 on each link before). Elements
 * with no look, or a plain one, lose theirs and fall back to the type colour and icon.
 * Merged lines are rebuilt each time: members hidden, one line per pair added (selection kept).
 */
export function applyLooks(cy: Core, looks: ChartLooks, schema: Schema): void {
  const types = new Map(schema.entityTypes.map((t) => [t.name, t]));
  const plain = new Map<string, NodeLook>();
  const plainOf = (typeName: unknown) => {
    const name = typeof typeName === 'string' ? typeName : '';
    let look = plain.get(name);
    if (!look) {
      look = plainNodeLook(types.get(name));
      plain.set(name, look);
    }
    return look;
  };
  cy.batch(() => {
    cy.nodes(ENTITY_NODES).forEach((node) => {
      const look = looks.nodes.get(node.id());
      if (look && !sameNodeLook(look, plainOf(node.data('type')))) node.data(nodeLookData(look));
      // Only where there is a look to drop: a data write on each of 10,000 nodes is not free.
      else if (node.data('lookColor') !== undefined) node.data(DROP_NODE);
    });
    cy.edges(LINK_EDGES).forEach((edge) => {
      const look = looks.links.get(edge.id());
      const data = edge.data() as {
        label?: unknown;
        directed?: unknown;
        lookColor?: unknown;
        lookLabel?: unknown;
      };
      if (look && !plainLine(look, data.directed === true)) edge.data(lineLookData(look));
      else if (data.lookColor !== undefined) edge.data(DROP_LINE);
      if (look && look.label !== data.label) {
        if (data.lookLabel !== look.label) edge.data('lookLabel', look.label);
      } else if (data.lookLabel !== undefined) edge.data(DROP_LABEL);
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
    const bulk = members.is(`.${BULK_CLASS}`);
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
        ...(bulk ? { [BULK_DATA]: true } : {}),
      },
      classes: ['merged', ...(dash ? [dash] : []), ...(bulk ? [BULK_CLASS] : [])],
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
      'target-arrow-shape': 'data(lookArrow)',
    }),
    rule('edge[lookLabel]', { label: 'data(lookLabel)' }),
    rule(`edge.${MEMBER_CLASS}`, { display: 'none' }),
  ];
}
