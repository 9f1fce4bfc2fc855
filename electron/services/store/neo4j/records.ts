import { PlexusError } from '../../../../graph-schema/model/errors';
import { ENTITY_BODY, LINK_BODY } from '../../../../graph-schema/migrations/bodies';
import type { Entity, Link } from '../../../../graph-schema/model/records';
import { readStoredValue, storedBodyError } from '../../../../graph-schema/model/stored-body';
import type { SchemaIndex } from '../../../../graph-schema/model/schema';
import { nameFold, searchWords } from '../../../../graph-schema/names/fold';
import { indexNames } from '../../../../graph-schema/names/readings';
import type { Plain, Row } from './values';

/**
 * How entities and links sit in Neo4j. Common fields are properties of their own, so other
 * tools can query them; aliases a list; type-specific props one JSON string (propsJson) so
 * any value round-trips exactly. Entities also carry labelKey (the label folded as names are,
 * for the exact match that ranks first) and searchText (the words the full-text index holds).
 */

type Properties = Record<string, string | string[] | null>;

const GRADING = ['confidence', 'reliability', 'credibility', 'classification'] as const;
const AUDIT = ['createdAt', 'createdBy', 'updatedAt', 'updatedBy'] as const;

/** Every property linkProperties gives a link: the statements that create links name each. */
export const LINK_PROPERTY_KEYS = [
  'id',
  'label',
  'notes',
  'validFrom',
  'validTo',
  'propsJson',
  ...GRADING,
  ...AUDIT,
] as const;

function commonProps(item: Entity | Link): Properties {
  const out: Properties = {
    id: item.id,
    label: item.label,
    notes: item.notes,
    validFrom: item.validFrom,
    validTo: item.validTo,
    propsJson: JSON.stringify(item.props),
  };
  for (const key of GRADING) out[key] = item[key];
  for (const key of AUDIT) out[key] = item[key];
  return out;
}

/**
 * Marks a reading in searchText ("_sato"): the index words hold only letters and digits, so a
 * marked word can never be taken for a written one, and a hit on it ranks below (search.ts).
 */
export const READING_MARK = '_';

/**
 * The words the full-text index holds: those of label, aliases and searchable properties as
 * written (folded), then the readings of label and aliases (graph-schema/names), marked.
 */
export function searchText(entity: Entity, index: SchemaIndex): string {
  const props = index
    .searchableProps(entity.type)
    .map((name) => entity.props[name])
    .filter((v) => v !== undefined && v !== '')
    .map(String);
  const { words, readings } = indexNames([entity.label, ...entity.aliases]);
  return [
    ...words.flat(),
    ...props.flatMap(searchWords),
    ...readings.map((word) => READING_MARK + word),
  ].join(' ');
}

/** Every property entityProperties gives an entity, in the order entityRow holds them. */
export const ENTITY_PROPERTY_KEYS = [
  'id',
  'label',
  'notes',
  'validFrom',
  'validTo',
  'propsJson',
  ...GRADING,
  ...AUDIT,
  'type',
  'aliases',
  'labelKey',
  'searchText',
] as const;

/**
 * Node properties of an entity; null values are simply not stored by SET n = row. Added to
 * commonProps' object rather than spread into a new one: on V8 the spread took ~8 us an
 * entity, more than the search text, on every entity an import writes.
 */
export function entityProperties(entity: Entity, index: SchemaIndex): Properties {
  const out = commonProps(entity);
  out.type = entity.type;
  out.aliases = entity.aliases;
  out.labelKey = nameFold(entity.label);
  out.searchText = searchText(entity, index);
  return out;
}

/**
 * An entity's node properties as a list in ENTITY_PROPERTY_KEYS' order, as the statement that
 * creates entities takes them (cypher.createEntities names each by its place). A batch of
 * lists packs no key names: the driver packed maps at ~24 us an entity, lists at ~12, and the
 * server reads them faster too.
 */
export function entityRow(entity: Entity, index: SchemaIndex): Properties[string][] {
  const props = entityProperties(entity, index);
  return ENTITY_PROPERTY_KEYS.map((key) => props[key] ?? null);
}

/** Relationship properties of a link; type, source and target are the relationship itself. */
export function linkProperties(link: Link): Properties {
  return commonProps(link);
}

function text(map: { [key: string]: Plain }, key: string): string {
  const value = map[key];
  return typeof value === 'string' ? value : '';
}

function nullableText(map: { [key: string]: Plain }, key: string): string | null {
  const value = map[key];
  return typeof value === 'string' ? value : null;
}

/** The props as stored; what they hold is checked with the rest of the record (readStoredValue). */
function propsOf(map: { [key: string]: Plain }, kind: 'entity' | 'link'): unknown {
  const raw = map.propsJson;
  if (typeof raw !== 'string' || raw === '') return {};
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw storedBodyError(kind, text(map, 'id'), 'props', 'the stored propsJson is not JSON');
  }
}

function commonFields(map: { [key: string]: Plain }, kind: 'entity' | 'link') {
  return {
    label: text(map, 'label'),
    notes: text(map, 'notes'),
    validFrom: nullableText(map, 'validFrom'),
    validTo: nullableText(map, 'validTo'),
    confidence: text(map, 'confidence'),
    reliability: text(map, 'reliability'),
    credibility: text(map, 'credibility'),
    classification: text(map, 'classification'),
    props: propsOf(map, kind),
    createdAt: text(map, 'createdAt'),
    createdBy: text(map, 'createdBy'),
    updatedAt: text(map, 'updatedAt'),
    updatedBy: text(map, 'updatedBy'),
  };
}

function asMap(value: Plain | undefined): { [key: string]: Plain } {
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    throw new PlexusError('INTERNAL', 'the server answered a record that is not a map');
  }
  return value;
}

/**
 * An entity from its node properties. Read as the case file reads a stored body (version 1,
 * the record schema), so a node another tool wrote badly is refused with the same message
 * naming the entity and the field, not passed on half-formed.
 */
export function entityFromProperties(value: Plain | undefined): Entity {
  const map = asMap(value);
  const aliases = Array.isArray(map.aliases) ? map.aliases.filter((a) => typeof a === 'string') : [];
  const id = text(map, 'id');
  const fields = { id, type: text(map, 'type'), aliases, ...commonFields(map, 'entity') };
  return readStoredValue(ENTITY_BODY, id, undefined, fields);
}

/** A link from a row of props, type, source and target (cypher.ts's link columns). */
export function linkFromRow(row: Row): Link {
  const map = asMap(row.props);
  const id = text(map, 'id');
  return readStoredValue(LINK_BODY, id, undefined, {
    id,
    type: text(row, 'type'),
    source: text(row, 'source'),
    target: text(row, 'target'),
    ...commonFields(map, 'link'),
  });
}
