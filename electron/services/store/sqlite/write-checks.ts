import type { z } from 'zod';
import {
  PlexusError,
  placesFromZod,
  validationError,
  type ErrorPlace,
} from '../../../../graph-schema/model/errors';
import { Id, type Entity, type Link } from '../../../../graph-schema/model/records';

/** Checks and error shaping shared by the store's writes. */

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

export function isSqliteUnique(error: unknown): boolean {
  return (
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  );
}

export function conflict(kind: 'entity' | 'link', id: string): PlexusError {
  return new PlexusError(
    'CONFLICT',
    `${kind === 'entity' ? 'an entity' : 'a link'} with id ${id} already exists`,
    [{ field: 'id', rule: 'unique', message: `id: ${id} already exists` }],
  );
}

/**
 * Takes a given id off an input before validation and hands it back beside the draft.
 * prepareEntity/prepareLink build their draft with a leading conditional `...{ id }` spread,
 * which V8 runs about 3x slower than the rest of the validation put together; an input
 * without id takes the fast path. The id itself is checked the same way (records' Id).
 */
export function withoutId<D>(
  input: unknown,
  prepare: (rest: unknown) => D,
): { id: string | undefined; draft: D } {
  if (typeof input !== 'object' || input === null || !('id' in input))
    return { id: undefined, draft: prepare(input) };
  const { id, ...rest } = input as { id: unknown };
  const draft = prepare(rest);
  if (id === undefined) return { id: undefined, draft };
  const checked = Id.safeParse(id);
  if (!checked.success) throw validationError(placesFromZod(checked.error, 'id'));
  return { id: checked.data, draft };
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
