import type { Entity, Link } from '../../../../graph-schema/model/records';
import type { Plain } from './values';

/**
 * What an entry's body hash covers on a server: the stored properties of the node or
 * relationship (records.ts), in a fixed order, as one JSON array. The writer computes it from
 * the record it writes, verify from the properties it reads back: the same text both ways,
 * whatever order the server answers properties in. searchText and labelKey are left out: they
 * are derived from the rest and recomputed when name folding changes (reindex.ts).
 */

const COMMON = [
  'label',
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
  'propsJson',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
] as const;

function common(item: Entity | Link): unknown[] {
  return COMMON.map((key) => (key === 'propsJson' ? JSON.stringify(item.props) : (item[key] ?? null)));
}

export function entityBody(entity: Entity): string {
  return JSON.stringify([entity.id, entity.type, entity.aliases, ...common(entity)]);
}

export function linkBody(link: Link): string {
  return JSON.stringify([link.id, link.type, link.source, link.target, ...common(link)]);
}

function stored(props: { [key: string]: Plain }): Plain[] {
  return COMMON.map((key) => props[key] ?? null);
}

export function storedEntityBody(props: { [key: string]: Plain }): string {
  return JSON.stringify([props.id ?? null, props.type ?? null, props.aliases ?? null, ...stored(props)]);
}

export function storedLinkBody(
  props: { [key: string]: Plain },
  type: Plain | undefined,
  source: Plain | undefined,
  target: Plain | undefined,
): string {
  return JSON.stringify([props.id ?? null, type ?? null, source ?? null, target ?? null, ...stored(props)]);
}
