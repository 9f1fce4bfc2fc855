import type { Schema } from '../model/schema';
import { wordIn, type SchemaLanguage } from '../model/type-definition';
import { LOOK_DEFAULTS, NEUTRAL_COLOR } from './palette';
import type { LineDash } from './scene';
import { exportWords, say } from './export-words';
import { describeCondition, fieldLabel, formatNumber } from './style-fields';
import type { LegendItem } from './style-looks';
import type { ChartStyle } from './style-spec';

/** What the evaluation saw in use; the legend lists only this. */
export interface StyleUsage {
  types: Set<string>;
  /** Types without the colour-by property: they keep their own colour. */
  typeColoured: Set<string>;
  colors: { value: string; color: string }[];
  size: { min: number; max: number } | null;
  nodeRules: Set<string>;
  dashes: Set<LineDash>;
  width: { min: number; max: number } | null;
  linkRules: Set<string>;
  merged: number;
}

const DASHES: readonly LineDash[] = ['solid', 'dashed', 'dotted'];

const range = (r: { min: number; max: number }, language: SchemaLanguage) =>
  r.min === r.max
    ? formatNumber(r.min)
    : say(exportWords(language).range, { min: formatNumber(r.min), max: formatNumber(r.max) });

/**
 * Types on the chart (schema order), colour-by values, the size range, node rules that
 * matched, line styles drawn, the width range, link rules that matched, merged links.
 */
export function buildLegend(
  schema: Schema,
  style: ChartStyle,
  usage: StyleUsage,
  language: SchemaLanguage = 'en',
): LegendItem[] {
  const words = exportWords(language);
  const items: LegendItem[] = [];
  const node = (label: string, fill: string, extra: Partial<Extract<LegendItem, { kind: 'node' }>> = {}) =>
    items.push({
      kind: 'node',
      label,
      fill,
      border: LOOK_DEFAULTS.nodeBorder,
      shape: 'ellipse',
      icon: LOOK_DEFAULTS.unknownIcon,
      ...extra,
    });
  const link = (label: string, extra: Partial<Extract<LegendItem, { kind: 'link' }>> = {}) =>
    items.push({ kind: 'link', label, color: LOOK_DEFAULTS.linkColor, dash: 'solid', width: 1.5, ...extra });

  // With another colour-by the type colours are not drawn: the type lines explain icons only.
  const typeColours = !style.colorBy || style.colorBy === 'type';
  for (const type of schema.entityTypes) {
    if (usage.types.has(type.name)) {
      const own = typeColours || usage.typeColoured.has(type.name);
      node(wordIn(type.label, type.labels, language), own ? type.color : NEUTRAL_COLOR, { icon: type.icon });
    }
  }
  const known = new Set(schema.entityTypes.map((t) => t.name));
  for (const name of usage.types) {
    if (!known.has(name)) node(name, typeColours ? LOOK_DEFAULTS.unknownType : NEUTRAL_COLOR);
  }
  if (style.colorBy && style.colorBy !== 'type') {
    const field = fieldLabel(schema, style.colorBy, language);
    for (const { value, color } of usage.colors) node(say(words.colorBy, { field, value }), color);
  }
  if (style.sizeBy && usage.size) {
    node(
      say(words.sizeBy, {
        field: fieldLabel(schema, style.sizeBy, language),
        range: range(usage.size, language),
      }),
      NEUTRAL_COLOR,
    );
  }
  for (const rule of style.nodeRules) {
    if (!usage.nodeRules.has(rule.id)) continue;
    node(rule.label.trim() || describeCondition(schema, rule.when, language), rule.color ?? NEUTRAL_COLOR, {
      border: rule.borderColor ?? LOOK_DEFAULTS.nodeBorder,
      shape: rule.shape ?? 'ellipse',
    });
  }
  for (const dash of DASHES) if (usage.dashes.has(dash)) link(words.dashes[dash], { dash });
  if (style.linkWidthBy && usage.width) {
    const field = fieldLabel(schema, style.linkWidthBy, language);
    link(say(words.widthBy, { field, range: range(usage.width, language) }), {
      width: LOOK_DEFAULTS.linkWidthRange[1],
    });
  }
  for (const rule of style.linkRules) {
    if (!usage.linkRules.has(rule.id)) continue;
    link(rule.label.trim() || describeCondition(schema, rule.when, language), {
      ...(rule.color ? { color: rule.color } : {}),
      ...(rule.width !== undefined ? { width: rule.width } : {}),
    });
  }
  if (usage.merged > 0) link(words.merged, { width: 3 });
  return items;
}
