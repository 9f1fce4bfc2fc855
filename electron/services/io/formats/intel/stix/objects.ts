import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import { toPartialDate } from '../shared/dates';
import { Draft } from '../shared/draft';
import { fromStixConfidence } from './confidence';
import { stixRule } from './object-table';
import { identifierKind, observablesOf } from './pattern';
import { stringField, valueText } from './values';

/** Fields read into the entity itself; every other field becomes a `name: value` notes line. */
const HANDLED = new Set([
  'type',
  'id',
  'name',
  'aliases',
  'description',
  'confidence',
  'spec_version',
  'object_refs',
]);

/** Where each type's dates and references go, when the Plexus type has the property. */
const DATE_PROPS: Record<string, string> = { published: 'published', first_seen: 'occurred' };

function labelOf(object: Record<string, unknown>, observableValue: string | undefined): string {
  const place = ['city', 'region', 'country']
    .map((f) => stringField(object, f))
    .filter((p) => p !== undefined)
    .join(', ');
  return (
    stringField(object, 'name') ??
    observableValue ??
    stringField(object, 'pattern') ??
    stringField(object, 'value') ??
    (place !== '' ? place : String(object.id))
  );
}

function locationKind(object: Record<string, unknown>): string {
  if (object.street_address !== undefined) return 'address';
  if (object.city !== undefined) return 'city';
  if (object.region !== undefined || object.administrative_area !== undefined) return 'region';
  return object.country !== undefined ? 'country' : 'other';
}

/**
 * A STIX domain or observable object -> an entity input. `extraLines` are facts about the
 * object that no link type could carry (a relationship between types nothing joins).
 */
export function objectInput(
  object: Record<string, unknown>,
  types: SchemaIndex,
  extraLines: readonly string[],
): Record<string, unknown> {
  const rule = stixRule(object);
  const draft = new Draft(rule.type, types, 'entity');
  const pattern = stringField(object, 'pattern');
  const observables = pattern ? observablesOf(pattern) : [];
  const only = observables.length === 1 ? observables[0] : undefined;
  // The one observable of an indicator says what kind of identifier it is.
  const kinds = {
    ...rule.props,
    ...(only ? { identifierKind: identifierKind(only.objectType) } : {}),
    ...(rule.type === 'Location' ? { locationKind: locationKind(object) } : {}),
  };
  for (const [prop, value] of Object.entries(kinds)) draft.prop(prop, value);
  draft.note('STIX type', String(object.type));
  draft.note('STIX id', String(object.id));
  for (const o of observables) draft.note('observable', `${o.objectType}:${o.path} = ${o.value}`);
  const description = stringField(object, 'description');
  if (description) draft.text(description);
  for (const alias of Array.isArray(object.aliases) ? object.aliases : []) {
    if (typeof alias === 'string') draft.alias(alias);
  }
  for (const [name, value] of Object.entries(object)) {
    if (HANDLED.has(name) || value === null || value === undefined) continue;
    const mapped = DATE_PROPS[name];
    if (mapped && typeof value === 'string' && draft.has(mapped)) {
      draft.prop(mapped, toPartialDate(value) ?? value, name);
    } else if (name === 'country' && typeof value === 'string')
      draft.prop('country', value.toUpperCase(), name);
    else if ((name === 'latitude' || name === 'longitude') && typeof value === 'number')
      draft.prop(name, value);
    else if (name === 'external_references' && Array.isArray(value)) {
      const id = value
        .map((r) => (r as Record<string, unknown>).external_id)
        .find((x): x is string => typeof x === 'string');
      if (id && draft.has('reference')) draft.prop('reference', id, name);
      draft.note(name, valueText(value));
    } else draft.note(name, valueText(value));
  }
  for (const line of extraLines) draft.text(line);
  const grading = typeof object.confidence === 'number' ? fromStixConfidence(object.confidence) : {};
  return draft.input(labelOf(object, only?.value), grading);
}
