import type { RejectReason, SourcePlace } from '../../../../../../graph-schema/contract/io';

/** An FtM entity as published: an id, a schema name and multi-valued string properties. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
  /** Top-level fields besides these (caption, datasets, first_seen...). */
  extra: Record<string, unknown>;
}

/** What is wrong with an FtM entity: the field, the English message and its reason code. */
export interface FtmProblem {
  field: string;
  message: string;
  reason: RejectReason;
}

/** A required top-level field that is absent, or present but not text. */
function missingOrNotText(field: string, value: unknown): FtmProblem {
  const reason: RejectReason =
    value === undefined || value === null || value === ''
      ? { code: 'fieldMissing', params: { field } }
      : { code: 'mustBeText', field };
  return { field, message: `${field}: missing or not text`, reason };
}

/** The entity, or what is wrong with it, naming the field. */
export function parseFtmEntity(value: unknown): FtmEntity | FtmProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = 'not a JSON object';
    return { field: '', message, reason: { code: 'invalid', params: { detail: message } } };
  }
  const { id, schema, properties, ...extra } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '')
    return missingOrNotText('id', typeof id === 'string' ? '' : id);
  if (typeof schema !== 'string' || schema === '') return missingOrNotText('schema', schema);
  const props: Record<string, string[]> = {};
  if (properties !== undefined) {
    if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
      const message = 'properties: not an object';
      return { field: 'properties', message, reason: { code: 'invalid', params: { detail: message } } };
    }
    for (const [name, raw] of Object.entries(properties)) {
      // FtM values are lists of strings; a lone value is tolerated as a list of one.
      const list = Array.isArray(raw) ? raw : [raw];
      const bad = list.find((v) => typeof v !== 'string' && typeof v !== 'number');
      if (bad !== undefined) {
        const field = `properties.${name}`;
        return { field, message: `${field}: values must be text`, reason: { code: 'mustBeText', field } };
      }
      props[name] = list.map(String);
    }
  }
  return { id, schema, properties: props, extra };
}

export function isFtmEntity(value: FtmEntity | FtmProblem): value is FtmEntity {
  return 'id' in value;
}

export function withField(place: SourcePlace, field: string): SourcePlace {
  return field === '' ? place : { ...place, field };
}
