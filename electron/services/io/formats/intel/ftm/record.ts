import type { SourcePlace } from '../../../../../../graph-schema/contract/io';

/** An FtM entity as published: an id, a schema name and multi-valued string properties. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Top-level fields besides these (caption, datasets, first_seen...). */
  extra: Record<string, unknown>;
}

/** The entity, or what is wrong with it, naming the field. */
export function parseFtmEntity(value: unknown): FtmEntity | { field: string; message: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { field: '', message: 'not a JSON object' };
  }
  const { id, schema, properties, ...extra } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '') return { field: 'id', message: 'id: missing or not text' };
  if (typeof schema !== 'string' || schema === '') {
    return { field: 'schema', message: 'schema: missing or not text' };
  }
  const props: Record<string, string[]> = {};
  if (properties !== undefined) {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      return { field: 'properties', message: 'properties: not an object' };
    }
    for (const [name, raw] of Object.entries(properties)) {
      // FtM values are lists of strings; a lone value is tolerated as a list of one.
      const list = Array.isArray(raw) ? raw : [raw];
      const bad = list.find((v) => typeof v !== 'string' && typeof v !== 'number');
      if (bad !== undefined) {
        return { field: `properties.${name}`, message: `properties.${name}: values must be text` };
      }
      props[name] = list.map(String);
    }
  }
  return { id, schema, properties: props, extra };
}

export function isFtmEntity(value: FtmEntity | { field: string; message: string }): value is FtmEntity {
  return 'id' in value;
}

export function withField(place: SourcePlace, field: string): SourcePlace {
  return field === '' ? place : { ...place, field };
}
