import type { Entity, Link } from '../model/records';
import type { Schema } from '../model/schema';
import { wordIn, type SchemaLanguage } from '../model/type-definition';
import { computeMeasures, type ChartMeasures } from '../analysis/chart-measures';
import { glyphColor, LOOK_DEFAULTS, NO_VALUE_COLOR, OTHER_COLOR, valueColours } from './palette';
import { exportWords, say } from './export-words';
import { mergeParallel, type MergedLink } from './parallel-links';
import type { LineDash } from './scene';
import { formatNumber, matches, numeric, orderValues, readField, valueLabel } from './style-fields';
import { buildLegend, type StyleUsage } from './style-legend';
import type { LegendItem, LinkLook, NodeLook, StyleInput } from './style-looks';
import type { ChartStyle, FieldRef } from './style-spec';

export type { LegendItem, LinkLook, NodeLook, StyleInput } from './style-looks';
export type { MergedLink } from './parallel-links';

export interface StyleLooks {
  nodes: Map<string, NodeLook>;
  /** Every drawn link's own look, merged members included (an export may draw them one by one). */
  links: Map<string, LinkLook>;
  /** With mergeParallel: one line per pair with two or more links; its members are not drawn. */
  merged: MergedLink[];
  legend: LegendItem[];
}

/** Line style is fixed by confidence: an unconfirmed link is never drawn solid. */
export const CONFIDENCE_DASH: Record<string, LineDash> = {
  confirmed: 'solid',
  probable: 'dashed',
  possible: 'dotted',
  doubtful: 'dotted',
};

const DEFAULT_LINK_LOOK: LinkLook = {
  color: LOOK_DEFAULTS.linkColor,
  width: LOOK_DEFAULTS.linkWidth,
  dash: 'solid',
  label: '',
  arrow: false,
};

const usesMeasure = (style: ChartStyle, measure: string) => {
  const field = `measure.${measure}`;
  return (
    style.colorBy === field || style.sizeBy === field || style.nodeRules.some((r) => r.when.field === field)
  );
};

/**
 * The one evaluation of a chart style: the screen, every export and the legend use it, so
 * they cannot disagree. Order: the type's look, then colour by, size by, then each rule in
 * turn (a later rule wins what it sets).
 */
export function evaluateStyle({ schema, style, entities, links, language = 'en' }: StyleInput): StyleLooks {
  const onChart = new Set(entities.map((e) => e.id));
  const drawn = links.filter((l) => onChart.has(l.source) && onChart.has(l.target));
  // Betweenness is O(nodes x links): computed only when the style reads it.
  const measures = computeMeasures(
    [...onChart],
    drawn,
    { betweenness: usesMeasure(style, 'betweenness') },
    style.analysis,
  );
  const usage: StyleUsage = {
    types: new Set(),
    typeColoured: new Set(),
    colors: [],
    size: null,
    nodeRules: new Set(),
    dashes: new Set(),
    width: null,
    linkRules: new Set(),
    merged: 0,
  };

  const nodes = nodeLooks(schema, style, entities, measures, usage, language);
  const linkLooks = new Map<string, LinkLook>();
  const widthOf = numericScale(drawn, style.linkWidthBy, measures, LOOK_DEFAULTS.linkWidthRange);
  if (widthOf.range) usage.width = widthOf.range;
  const linkTypes = new Map(schema.linkTypes.map((t) => [t.name, t]));
  for (const link of drawn) {
    const type = linkTypes.get(link.type);
    const look: LinkLook = {
      color: LOOK_DEFAULTS.linkColor,
      width: style.linkWidthBy ? widthOf.scale(link) : LOOK_DEFAULTS.linkWidth,
      dash: CONFIDENCE_DASH[link.confidence] ?? 'solid',
      label: linkLabel(
        schema,
        style,
        link,
        type ? wordIn(type.label, type.labels, language) : link.type,
        language,
      ),
      arrow: style.arrows && (type?.directed ?? false),
    };
    for (const rule of style.linkRules) {
      if (!matches(rule.when, readField(link, rule.when.field))) continue;
      usage.linkRules.add(rule.id);
      if (rule.color) look.color = rule.color;
      if (rule.width !== undefined) look.width = rule.width;
    }
    linkLooks.set(link.id, look);
  }

  const merged = style.mergeParallel
    ? mergeParallel(drawn, linkLooks, DEFAULT_LINK_LOOK, exportWords(language))
    : [];
  usage.merged = merged.length;
  const hidden = new Set(merged.flatMap((m) => m.members));
  for (const [id, look] of linkLooks) if (!hidden.has(id)) usage.dashes.add(look.dash);
  for (const m of merged) usage.dashes.add(m.look.dash);

  return { nodes, links: linkLooks, merged, legend: buildLegend(schema, style, usage, language) };
}

function nodeLooks(
  schema: Schema,
  style: ChartStyle,
  entities: readonly Entity[],
  measures: ChartMeasures,
  usage: StyleUsage,
  language: SchemaLanguage,
): Map<string, NodeLook> {
  const types = new Map(schema.entityTypes.map((t) => [t.name, t]));
  const colorOf = categoricalColors(schema, style.colorBy, entities, measures, usage, language);
  const sizeOf = numericScale(entities, style.sizeBy, measures, style.sizeRange);
  if (sizeOf.range) usage.size = sizeOf.range;
  const looks = new Map<string, NodeLook>();
  for (const entity of entities) {
    const type = types.get(entity.type);
    usage.types.add(entity.type);
    const look: Omit<NodeLook, 'glyph'> = {
      color: colorOf(entity) ?? type?.color ?? LOOK_DEFAULTS.unknownType,
      size: style.sizeBy ? sizeOf.scale(entity) : LOOK_DEFAULTS.nodeSize,
      borderColor: LOOK_DEFAULTS.nodeBorder,
      borderWidth: LOOK_DEFAULTS.nodeBorderWidth,
      shape: 'ellipse',
      icon: type?.icon ?? LOOK_DEFAULTS.unknownIcon,
    };
    for (const rule of style.nodeRules) {
      if (!matches(rule.when, readField(entity, rule.when.field, measures))) continue;
      usage.nodeRules.add(rule.id);
      if (rule.color) look.color = rule.color;
      if (rule.borderColor) look.borderColor = rule.borderColor;
      if (rule.borderWidth !== undefined) look.borderWidth = rule.borderWidth;
      if (rule.size !== undefined) look.size = rule.size;
      if (rule.shape) look.shape = rule.shape;
    }
    looks.set(entity.id, { ...look, glyph: glyphColor(look.color) });
  }
  return looks;
}

/** Colour by: one palette colour per value in use; undefined means "keep the type colour". */
function categoricalColors(
  schema: Schema,
  field: FieldRef | null,
  entities: readonly Entity[],
  measures: ChartMeasures,
  usage: StyleUsage,
  language: SchemaLanguage,
): (entity: Entity) => string | undefined {
  if (!field || field === 'type') return () => undefined;
  const read = (e: Entity) => readField(e, field, measures);
  // Colour by nationality says nothing about a company: types without the property keep their colour.
  const property = field.startsWith('props.') ? field.slice('props.'.length) : null;
  const lacking = new Set(
    property === null
      ? []
      : schema.entityTypes.filter((t) => !t.properties.some((p) => p.name === property)).map((t) => t.name),
  );
  let missing = false;
  const present: (string | number | boolean)[] = [];
  for (const e of entities) {
    if (lacking.has(e.type)) {
      usage.typeColoured.add(e.type);
      continue;
    }
    const v = read(e);
    if (v === undefined || v === '') missing = true;
    else present.push(v);
  }
  const typeColour = new Map(schema.entityTypes.map((t) => [t.name, t.color]));
  const palette = valueColours([...usage.typeColoured].flatMap((name) => typeColour.get(name) ?? []));
  const ordered = orderValues(schema, field, present);
  const colors = new Map<string | number | boolean, string>();
  ordered.forEach((v, i) => colors.set(v, palette[i] ?? OTHER_COLOR));
  const named = ordered.slice(0, palette.length);
  usage.colors = named.map((v, i) => ({
    value: valueLabel(schema, field, typeof v === 'boolean' ? String(v) : v, language),
    color: palette[i] ?? OTHER_COLOR,
  }));
  if (ordered.length > named.length) {
    usage.colors.push({
      value: say(exportWords(language).otherValues, { n: formatNumber(ordered.length - named.length) }),
      color: OTHER_COLOR,
    });
  }
  if (missing) usage.colors.push({ value: exportWords(language).noValue, color: NO_VALUE_COLOR });
  return (e) => {
    if (lacking.has(e.type)) return undefined;
    const v = read(e);
    return v === undefined || v === '' ? NO_VALUE_COLOR : colors.get(v);
  };
}

/** Size or width by a number: linear between the smallest and largest value on the chart. */
function numericScale(
  items: readonly (Entity | Link)[],
  field: FieldRef | null,
  measures: ChartMeasures,
  [lo, hi]: readonly [number, number],
): { scale(item: Entity | Link): number; range: { min: number; max: number } | null } {
  if (!field) return { scale: () => lo, range: null };
  const values = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const item of items) {
    const v = numeric(readField(item, field, measures));
    if (v === undefined) continue;
    values.set(item.id, v);
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  if (values.size === 0) return { scale: () => lo, range: null };
  return {
    scale(item) {
      const v = values.get(item.id);
      if (v === undefined || max === min) return lo;
      return lo + ((v - min) / (max - min)) * (hi - lo);
    },
    range: { min, max },
  };
}

function linkLabel(
  schema: Schema,
  style: ChartStyle,
  link: Link,
  typeLabel: string,
  language: SchemaLanguage,
): string {
  if (style.linkLabel === 'none') return '';
  if (style.linkLabel === 'type') return typeLabel;
  const v = readField(link, style.linkLabel);
  return v === undefined || v === '' ? '' : valueLabel(schema, style.linkLabel, v, language);
}
