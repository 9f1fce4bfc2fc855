import type { ParsedMapping } from '../../../../../graph-schema/contract/io';
import { fromI2Type } from './anx-types';
import { coercePropValue } from '../../../../../graph-schema/model/coerce';
import type { PropValue, Props } from '../../../../../graph-schema/model/records';
import { GENERIC_LINK_TYPE } from '../../../../../graph-schema/model/generic-link';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { PropertyDefinition } from '../../../../../graph-schema/model/type-definition';

/**
 * How a graph file's typed attributes become Plexus fields, shared by GraphML, GEXF and ANX.
 *
 * The rules, one each, no guessing from names or shapes:
 * - Entity type: an attribute named type/kind/category/label-type whose value names a schema
 *   entity type (its name, label or plural, case-insensitively) or a synonym in the i2 type
 *   table (anx-types.ts: "Federal Agency", "GPE"...); else the mapping's entityType; else
 *   Person. A value that is not the schema type's own name is kept as a `type: value` line.
 * - Link type: such an attribute naming a schema link type (name or label) that allows the
 *   two ends' types; else the generic LINKED_TO (any two types), the file's own word kept in
 *   its `sourceType` property: no link is lost to a guessed type that does not fit its ends.
 * - Attributes named like a common field (notes, validFrom, confidence, aliases...) fill it;
 *   `props.name` or the name of one of the type's properties fills that property; every
 *   other attribute becomes a `name: value` line in notes: nothing is dropped.
 */

export const DEFAULT_ENTITY_TYPE = 'Person';
export const TYPE_ATTRIBUTES = ['type', 'kind', 'category', 'label-type'];
export const LABEL_ATTRIBUTES = ['label', 'name'];

/** The entity type of a node the file does not type: a mapping's entityType, else Person. */
export function defaultEntityType(mapping: ParsedMapping | undefined): string {
  return mapping && 'entityType' in mapping ? mapping.entityType : DEFAULT_ENTITY_TYPE;
}

export type AttrValue = string | number | boolean;
export interface Attr {
  name: string;
  value: AttrValue;
}

const norm = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s_-]+/gu, ' ')
    .trim();

/** The schema type a value names by its name, label or plural ("person", "People"). */
export function namedEntityType(index: SchemaIndex, value: string): string | undefined {
  const wanted = norm(value);
  return index.schema.entityTypes.find((t) => [t.name, t.label, t.plural].some((n) => norm(n) === wanted))
    ?.name;
}

/** A schema type by name, label or plural; else a known synonym ("Federal Agency", "GPE"). */
export function matchEntityType(index: SchemaIndex, value: string): string | undefined {
  return namedEntityType(index, value) ?? fromI2Type(value)?.type;
}

export function matchLinkType(index: SchemaIndex, value: string): string | undefined {
  const wanted = norm(value);
  return index.schema.linkTypes.find((t) => norm(t.name) === wanted || norm(t.label) === wanted)?.name;
}

/** Removes and answers the first attribute whose name (case-insensitively) is one of `names`. */
export function takeAttr(attrs: Attr[], names: readonly string[]): Attr | undefined {
  const at = attrs.findIndex((a) => names.includes(a.name.toLowerCase()));
  return at < 0 ? undefined : attrs.splice(at, 1)[0];
}

export interface ChosenLinkType {
  type: string;
  /** The file's word for the type, kept on a generic link; undefined when the type is its own. */
  word?: string;
}

/**
 * The link type for an edge between entities of the given types: the named one when it fits
 * them, else the generic LINKED_TO keeping the file's word. An end of unknown type (a key not
 * in this file: the engine checks it against the case) lets a named type stand.
 */
export function chooseLinkType(
  index: SchemaIndex,
  word: string | undefined,
  sourceType: string | undefined,
  targetType: string | undefined,
): ChosenLinkType {
  const named = word === undefined ? undefined : matchLinkType(index, word);
  const type = named === undefined ? undefined : index.linkType(named);
  const fits =
    type !== undefined &&
    (sourceType === undefined || targetType === undefined || index.allowsLink(type, sourceType, targetType));
  if (named !== undefined && fits) return { type: named };
  return { type: GENERIC_LINK_TYPE, ...(word === undefined || word.trim() === '' ? {} : { word }) };
}

const TEXT_FIELDS = new Set(['notes']);
const DATE_FIELDS = new Set(['validfrom', 'validto']);
const GRADE_FIELDS = new Set(['confidence', 'reliability', 'credibility', 'classification']);
const CANONICAL: Record<string, string> = {
  validfrom: 'validFrom',
  validto: 'validTo',
};

export const valueText = (value: AttrValue): string => String(value);

function propValue(def: PropertyDefinition, value: AttrValue): PropValue {
  if (def.kind === 'number' && typeof value === 'number') return value;
  if (def.kind === 'boolean' && typeof value === 'boolean') return value;
  return coercePropValue(def, valueText(value));
}

function parseAliases(value: AttrValue): string[] {
  const text = valueText(value);
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')) return parsed;
    } catch {
      // not JSON after all: read it as a ;-list below
    }
  }
  return text
    .split(';')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

/**
 * Input fields (all but type, label and ends) from the remaining attributes, in file order.
 * `extraNotes` are lines the format adds itself (a position, a card).
 */
export function buildFields(
  kind: 'entity' | 'link',
  properties: readonly PropertyDefinition[],
  attrs: readonly Attr[],
  extraNotes: readonly string[] = [],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props: Props = {};
  const byName = new Map(properties.map((p) => [p.name.toLowerCase(), p]));
  let notes: string | undefined;
  const lines: string[] = [];
  for (const { name, value } of attrs) {
    const lower = name.toLowerCase();
    if (TEXT_FIELDS.has(lower)) notes = valueText(value);
    else if (DATE_FIELDS.has(lower)) {
      const text = valueText(value).trim();
      out[CANONICAL[lower] ?? lower] = text === '' ? null : text;
    } else if (GRADE_FIELDS.has(lower)) out[lower] = valueText(value).trim();
    else if (lower === 'aliases' && kind === 'entity') out.aliases = parseAliases(value);
    else {
      const propName = lower.startsWith('props.') ? lower.slice('props.'.length) : lower;
      const def = byName.get(propName);
      if (def) props[def.name] = propValue(def, value);
      else lines.push(`${name}: ${valueText(value)}`);
    }
  }
  lines.push(...extraNotes);
  const allNotes = [notes, ...lines].filter((n): n is string => n !== undefined && n !== '');
  if (allNotes.length > 0) out.notes = allNotes.join('\n');
  out.props = props;
  return out;
}
