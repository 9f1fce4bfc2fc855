import type { ZodError } from 'zod';
import { validationError, placesFromZod, type ErrorPlace, type Reason } from './errors';
import { isOrderedRange, isPartialDate } from './partial-date';
import {
  DEFAULT_GRADING,
  EntityInput,
  EntityPatch,
  LinkInput,
  LinkPatch,
  type Entity,
  type Link,
  type Props,
} from './records';
import type { SchemaIndex } from './schema';
import type { PreparedEvidence } from './sources';
import type { PropertyDefinition } from './type-definition';

/** Audit fields are the store's to set, never the caller's. */
type AuditFields = 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy';
export type EntityDraft = Omit<Entity, AuditFields | 'id'> & { id?: string };
export type LinkDraft = Omit<Link, AuditFields | 'id'> & { id?: string };

/**
 * Drafts that have been through prepareEntity/prepareLink (or were built from such drafts by
 * rules that keep them valid) and carry their id: what an import hands a store that can write
 * them without checking them a second time.
 */
export type PreparedEntity = EntityDraft & { id: string };
export type PreparedLink = LinkDraft & { id: string };
export interface PreparedBatch {
  entities: PreparedEntity[];
  links: PreparedLink[];
  /** Patches of entities an earlier batch wrote: checked by the store like any update. */
  updates?: { id: string; patch: unknown }[];
  /** Sources and citations the file carried (the last batch only): written with the records. */
  evidence?: PreparedEvidence;
}

/** Collapses runs of white space and trims: names arrive with stray spaces. */
export function cleanText(value: string): string {
  return value.replace(/\s+/gu, ' ').trim();
}

function checkProp(def: PropertyDefinition, value: unknown, field: string): ErrorPlace | undefined {
  const fail = (rule: string, text: string, reason: Reason): ErrorPlace => ({
    field,
    rule,
    message: `${field}: ${text}`,
    reason,
  });
  switch (def.kind) {
    case 'string':
    case 'text':
      return typeof value === 'string' ? undefined : fail('type', 'must be text', { code: 'mustBeText' });
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return fail('type', 'must be a number', { code: 'mustBeNumber' });
      if (def.min !== undefined && value < def.min)
        return fail('min', `must be at least ${def.min} (got ${value})`, {
          code: 'tooSmall',
          params: { min: def.min, value },
        });
      if (def.max !== undefined && value > def.max)
        return fail('max', `must be at most ${def.max} (got ${value})`, {
          code: 'tooLarge',
          params: { max: def.max, value },
        });
      return undefined;
    case 'boolean':
      return typeof value === 'boolean'
        ? undefined
        : fail('type', 'must be true or false', { code: 'mustBeBoolean' });
    case 'date':
      return typeof value === 'string' && isPartialDate(value)
        ? undefined
        : fail('date', 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD', { code: 'mustBeDate' });
    case 'enum': {
      const options = (def.options ?? []).join(', ');
      return typeof value === 'string' && def.options?.includes(value)
        ? undefined
        : fail('enum', `must be one of ${options}`, { code: 'mustBeOneOf', params: { options } });
    }
  }
}

function checkProps(
  defs: readonly PropertyDefinition[],
  props: Props,
  typeName: string,
): { props: Props; places: ErrorPlace[] } {
  const places: ErrorPlace[] = [];
  const byName = new Map(defs.map((d) => [d.name, d]));
  const out: Props = {};
  for (const [name, raw] of Object.entries(props)) {
    const field = `props.${name}`;
    const def = byName.get(name);
    if (!def) {
      places.push({
        field,
        rule: 'unknown',
        message: `${field}: unknown field for type ${typeName}`,
        reason: { code: 'unknownField', params: { type: typeName } },
      });
      continue;
    }
    const value = typeof raw === 'string' && def.kind !== 'text' ? cleanText(raw) : raw;
    if (value === '') continue; // an emptied field is an absent field
    const problem = checkProp(def, value, field);
    if (problem) places.push(problem);
    else out[name] = value;
  }
  for (const def of defs) {
    if (def.required && out[def.name] === undefined && !places.some((p) => p.field === `props.${def.name}`)) {
      places.push({
        field: `props.${def.name}`,
        rule: 'required',
        message: `props.${def.name}: is required for type ${typeName}`,
        reason: { code: 'requiredForType', params: { type: typeName } },
      });
    }
  }
  return { props: out, places };
}

function checkCommon(
  draft: { label: string; validFrom: string | null; validTo: string | null },
  places: ErrorPlace[],
): void {
  if (draft.label === '')
    places.push({
      field: 'label',
      rule: 'required',
      message: 'label: must not be empty',
      reason: { code: 'empty' },
    });
  if (draft.validFrom && draft.validTo && !isOrderedRange(draft.validFrom, draft.validTo)) {
    places.push({
      field: 'validTo',
      rule: 'order',
      message: `validTo: ${draft.validTo} is before validFrom ${draft.validFrom}`,
      reason: { code: 'dateOrder', params: { from: draft.validFrom, to: draft.validTo } },
    });
  }
}

function parseOrThrow<T>(result: { success: true; data: T } | { success: false; error: ZodError }): T {
  if (!result.success) throw validationError(placesFromZod(result.error));
  return result.data;
}

/** Checks a new entity against the schema and fills defaults. Throws VALIDATION naming each bad field. */
export function prepareEntity(index: SchemaIndex, input: unknown): EntityDraft {
  const data = parseOrThrow(EntityInput.safeParse(input));
  const type = index.entityType(data.type);
  if (!type) {
    throw validationError([
      {
        field: 'type',
        rule: 'unknown',
        message: `type: unknown entity type ${data.type}`,
        reason: { code: 'unknownEntityType', params: { type: data.type } },
      },
    ]);
  }
  const { props, places } = checkProps(type.properties, data.props ?? {}, type.name);
  const draft: EntityDraft = {
    type: type.name,
    label: cleanText(data.label),
    aliases: [...new Set((data.aliases ?? []).map(cleanText).filter((a) => a !== ''))],
    notes: data.notes ?? '',
    validFrom: data.validFrom ?? null,
    validTo: data.validTo ?? null,
    confidence: data.confidence ?? DEFAULT_GRADING.confidence,
    reliability: data.reliability ?? DEFAULT_GRADING.reliability,
    credibility: data.credibility ?? DEFAULT_GRADING.credibility,
    classification: data.classification ?? DEFAULT_GRADING.classification,
    props,
  };
  checkCommon(draft, places);
  if (places.length > 0) throw validationError(places);
  // Set after the literal: spreading a conditional object into it is about 3x slower on V8.
  if (data.id !== undefined) draft.id = data.id;
  return draft;
}

/** Applies a patch to a stored entity and re-checks the whole result. */
export function patchEntity(index: SchemaIndex, entity: Entity, patch: unknown): EntityDraft {
  const data = parseOrThrow(EntityPatch.safeParse(patch));
  const { createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...current } = entity;
  return prepareEntity(index, { ...current, ...stripUndefined(data) });
}

/**
 * Checks a new link: its type, both ends, and whether the schema allows this type between
 * the ends' entity types. `entityTypeOf` answers the type of an existing entity id.
 */
export function prepareLink(
  index: SchemaIndex,
  input: unknown,
  entityTypeOf: (id: string) => string | undefined,
): LinkDraft {
  return checkLink(index, input, entityTypeOf);
}

/**
 * prepareLink for a store that checks the ends as it writes (that both exist, and that the
 * schema allows the link between their types): all the rest is checked here, the same way.
 * Such a store refuses a link whose ends fail with prepareLink's own error.
 */
export function prepareLinkExceptEnds(index: SchemaIndex, input: unknown): LinkDraft {
  return checkLink(index, input, undefined);
}

function checkLink(
  index: SchemaIndex,
  input: unknown,
  entityTypeOf: ((id: string) => string | undefined) | undefined,
): LinkDraft {
  const data = parseOrThrow(LinkInput.safeParse(input));
  const type = index.linkType(data.type);
  if (!type) {
    throw validationError([
      {
        field: 'type',
        rule: 'unknown',
        message: `type: unknown link type ${data.type}`,
        reason: { code: 'unknownLinkType', params: { type: data.type } },
      },
    ]);
  }
  const places: ErrorPlace[] = [];
  if (entityTypeOf) {
    const sourceType = entityTypeOf(data.source);
    const targetType = entityTypeOf(data.target);
    if (!sourceType)
      places.push({
        field: 'source',
        rule: 'exists',
        message: `source: no entity with id ${data.source}`,
        reason: { code: 'noEntityWithId', params: { id: data.source } },
      });
    if (!targetType)
      places.push({
        field: 'target',
        rule: 'exists',
        message: `target: no entity with id ${data.target}`,
        reason: { code: 'noEntityWithId', params: { id: data.target } },
      });
    if (sourceType && targetType && !index.allowsLink(type, sourceType, targetType)) {
      places.push({
        field: 'type',
        rule: 'endpoints',
        message: `type: ${type.name} cannot link ${sourceType} to ${targetType} (allowed: ${type.from.join('|')} -> ${type.to.join('|')})`,
        reason: {
          code: 'linkNotAllowed',
          params: { type: type.name, source: sourceType, target: targetType },
        },
      });
    }
  }
  const checked = checkProps(type.properties, data.props ?? {}, type.name);
  places.push(...checked.places);
  const draft: LinkDraft = {
    type: type.name,
    source: data.source,
    target: data.target,
    label: cleanText(data.label ?? type.label) || type.label,
    notes: data.notes ?? '',
    validFrom: data.validFrom ?? null,
    validTo: data.validTo ?? null,
    confidence: data.confidence ?? DEFAULT_GRADING.confidence,
    reliability: data.reliability ?? DEFAULT_GRADING.reliability,
    credibility: data.credibility ?? DEFAULT_GRADING.credibility,
    classification: data.classification ?? DEFAULT_GRADING.classification,
    props: checked.props,
  };
  checkCommon(draft, places);
  if (places.length > 0) throw validationError(places);
  if (data.id !== undefined) draft.id = data.id;
  return draft;
}

export function patchLink(
  index: SchemaIndex,
  link: Link,
  patch: unknown,
  entityTypeOf: (id: string) => string | undefined,
): LinkDraft {
  const data = parseOrThrow(LinkPatch.safeParse(patch));
  const { createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, ...current } = link;
  return prepareLink(index, { ...current, ...stripUndefined(data) }, entityTypeOf);
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
