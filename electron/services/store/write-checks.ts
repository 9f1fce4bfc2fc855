import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import {
  PlexusError,
  placesFromZod,
  validationError,
  type ErrorPlace,
} from '../../../graph-schema/model/errors';
import { Entity, type Link } from '../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../graph-schema/model/schema';
import { prepareEntity, prepareLink, type EntityDraft } from '../../../graph-schema/model/validate';

/** Checks and error shaping shared by every store's writes. */

/** Names the failing item of a batch in the message; the places keep naming the field. */
export function inBatch<T>(what: string, index: number, size: number, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (size > 1 && error instanceof PlexusError && error.code === 'VALIDATION') {
      throw new PlexusError(error.code, `${what}[${index}]: ${error.message}`, error.details);
    }
    throw error;
  }
}

export function conflict(kind: 'entity' | 'link', id: string): PlexusError {
  return new PlexusError(
    'CONFLICT',
    `${kind === 'entity' ? 'an entity' : 'a link'} with id ${id} already exists`,
    [{ field: 'id', rule: 'unique', message: `id: ${id} already exists` }],
  );
}

/**
 * An edit made on a version of the record that is no longer the stored one: someone else
 * saved it in between. Refused, never a silent overwrite of their change.
 */
export function checkUnchanged(
  kind: 'entity' | 'link',
  stored: Pick<Entity, 'id' | 'label' | 'updatedAt' | 'updatedBy'>,
  expectedUpdatedAt: string | undefined,
): void {
  if (expectedUpdatedAt === undefined || stored.updatedAt === expectedUpdatedAt) return;
  const what = kind === 'entity' ? `“${stored.label}”` : `The link “${stored.label}”`;
  throw new PlexusError(
    'CONFLICT',
    `${what} was changed by ${stored.updatedBy} at ${stored.updatedAt} after you opened it; your edit was not saved. Look at their change, then edit again.`,
    [
      {
        field: 'updatedAt',
        rule: 'unchanged',
        message: `${kind} ${stored.id} changed since ${expectedUpdatedAt}`,
      },
    ],
  );
}

/**
 * The updatedAt of a new version: now, or 1 ms after the version it replaces when the clock has
 * not moved on (two saves in one millisecond), so every stored version has its own stamp and an
 * edit made on the older one is still seen as stale.
 */
export function nextStamp(previous: string, now: string): string {
  if (now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

/** The source and target ids a batch of link inputs names, before validation. */
export function endIds(inputs: readonly unknown[]): string[] {
  const ids: string[] = [];
  for (const input of inputs) {
    if (typeof input !== 'object' || input === null) continue;
    const { source, target } = input as { source?: unknown; target?: unknown };
    if (typeof source === 'string') ids.push(source);
    if (typeof target === 'string') ids.push(target);
  }
  return ids;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** A full record: its shape, then the audit fields the store normally sets itself. */
export function parseRecord<R extends Entity | Link>(schema: z.ZodType<R>, raw: unknown): R {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw validationError(placesFromZod(parsed.error));
  const record = parsed.data;
  const places: ErrorPlace[] = [];
  for (const field of ['createdAt', 'updatedAt'] as const) {
    const value = record[field];
    if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
      places.push({
        field,
        rule: 'instant',
        message: `${field}: must be an ISO date and time (got "${value}")`,
      });
    }
  }
  for (const field of ['createdBy', 'updatedBy'] as const) {
    if (record[field].trim() === '')
      places.push({ field, rule: 'required', message: `${field}: must not be empty` });
  }
  if (places.length > 0) throw validationError(places);
  return record;
}

/** Who writes and when: the audit fields a store stamps on what it creates. */
export interface Audit {
  actor: string;
  now: string;
}

/**
 * A checked draft as a new entity: its id (given or new) and the audit stamps. Field by field,
 * as spreading the draft into the record cost ~2 us an entity on V8, half of its whole check.
 */
function newEntity(draft: EntityDraft, audit: Audit): Entity {
  return {
    id: draft.id ?? randomUUID(),
    type: draft.type,
    label: draft.label,
    aliases: draft.aliases,
    notes: draft.notes,
    validFrom: draft.validFrom,
    validTo: draft.validTo,
    confidence: draft.confidence,
    reliability: draft.reliability,
    credibility: draft.credibility,
    classification: draft.classification,
    props: draft.props,
    createdAt: audit.now,
    createdBy: audit.actor,
    updatedAt: audit.now,
    updatedBy: audit.actor,
  };
}

/** New entities from inputs, checked and stamped; they need nothing from the database. */
export function newEntities(index: SchemaIndex, inputs: readonly unknown[], audit: Audit): Entity[] {
  return inputs.map((input, i) =>
    inBatch('entities', i, inputs.length, () => newEntity(prepareEntity(index, input), audit)),
  );
}

/** New links from inputs, checked (ends' types from `typeOf`, read from the store) and stamped. */
export function newLinks(
  index: SchemaIndex,
  inputs: readonly unknown[],
  typeOf: (entityId: string) => string | undefined,
  audit: Audit,
): Link[] {
  return inputs.map((input, i) =>
    inBatch('links', i, inputs.length, () => {
      const { id, ...draft } = prepareLink(index, input, typeOf);
      return {
        id: id ?? randomUUID(),
        ...draft,
        createdAt: audit.now,
        createdBy: audit.actor,
        updatedAt: audit.now,
        updatedBy: audit.actor,
      } satisfies Link;
    }),
  );
}

/** Complete entity records as given (restore, put), checked like a create, audit fields kept. */
export function recordEntities(index: SchemaIndex, raws: readonly unknown[]): Entity[] {
  return raws.map((raw, i) =>
    inBatch('entities', i, raws.length, () => {
      const record = parseRecord(Entity, raw);
      const { createdAt, createdBy, updatedAt, updatedBy, id: _id, ...editable } = record;
      return { id: record.id, ...prepareEntity(index, editable), createdAt, createdBy, updatedAt, updatedBy };
    }),
  );
}
