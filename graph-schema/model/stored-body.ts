import type { z } from 'zod';
import { PlexusError, type ErrorPlace, type Reason } from './errors';

/**
 * Stored record bodies (entity, link, chart, saved pattern, source, citation) are read through
 * here and nowhere else: the body's version is checked, an older body is brought up to date by
 * its kind's migrations, and the result is validated by the record's schema. A body that is
 * not JSON, names a version this build does not read, or breaks the schema is refused with one
 * message naming the kind, the id, the field and what is wrong, never served by a cast.
 */

export type BodyKind = 'entity' | 'link' | 'chart' | 'pattern' | 'source' | 'citation';

/** One version step: the body as version n wrote it, as version n + 1 reads it. Pure. */
export type BodyMigration = (body: Record<string, unknown>) => Record<string, unknown>;

export interface BodySpec<T> {
  kind: BodyKind;
  schema: z.ZodType<T>;
  /** `migrations[i]` takes a version i + 1 body to version i + 2; the current version is their count + 1. */
  migrations: readonly BodyMigration[];
}

/** The version a store writes for this kind now. */
export function bodyVersion(spec: BodySpec<unknown>): number {
  return spec.migrations.length + 1;
}

/** Bodies written before versions were kept are version 1. */
const UNVERSIONED = 1;

/**
 * The id a refusal names. A function where finding it costs a look-up (a body row keyed by row
 * id): it is asked only when the body is refused.
 */
export type BodyId = string | (() => string);

/** A stored body's text: JSON.parse, the version's migrations, then the schema. */
export function readStoredBody<T>(
  spec: BodySpec<T>,
  id: BodyId,
  version: number | null | undefined,
  text: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    throw storedBodyError(
      spec.kind,
      id,
      undefined,
      `the stored body is not JSON (${(error as Error).message})`,
    );
  }
  return readStoredValue(spec, id, version, value);
}

/** readStoredBody for a body already out of its JSON (a store that keeps fields as properties). */
export function readStoredValue<T>(
  spec: BodySpec<T>,
  id: BodyId,
  version: number | null | undefined,
  value: unknown,
): T {
  const current = bodyVersion(spec);
  const from = version ?? UNVERSIONED;
  // The fast path, every body this build wrote: one schema pass, nothing copied first.
  if (from !== current) value = upgraded(spec, id, from, current, value);
  const parsed = spec.schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0] as z.core.$ZodIssue;
  const { field, what } = describeIssue(issue, value);
  const more = parsed.error.issues.length > 1 ? ` (and ${parsed.error.issues.length - 1} more)` : '';
  throw storedBodyError(spec.kind, id, field, what + more);
}

function upgraded(
  spec: BodySpec<unknown>,
  id: BodyId,
  from: number,
  current: number,
  value: unknown,
): unknown {
  if (!Number.isInteger(from) || from < UNVERSIONED)
    throw storedBodyError(spec.kind, id, 'version', `body version ${from} is not a version Plexus writes`);
  if (from > current)
    throw storedBodyError(
      spec.kind,
      id,
      'version',
      `body version ${from} is newer than this Plexus reads (${current}); open the case with a newer Plexus`,
    );
  if (!isRecord(value)) return value; // the schema names what it should be
  let body = value;
  for (let v = from; v < current; v++) body = (spec.migrations[v - 1] as BodyMigration)(body);
  return body;
}

/** What a stored-body refusal says, in one line; `field` as the record names it. */
export function storedBodyError(
  kind: BodyKind,
  id: BodyId,
  field: string | undefined,
  what: string,
): PlexusError {
  const named = typeof id === 'string' ? id : id();
  const message = `${kind} ${named}: ${field ? `field ${field}: ` : ''}${what} — the stored record is damaged or was changed outside Plexus`;
  // The reason lets a UI in another language name the record and field in its own words.
  const reason: Reason = field
    ? { code: 'storedFieldRefused', params: { kind, id: named, field } }
    : { code: 'storedBodyRefused', params: { kind, id: named } };
  const place: ErrorPlace = { message, rule: 'storedBody', reason, ...(field ? { field } : {}) };
  return new PlexusError('CASE_CORRUPT', message, [place]);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): { field: string | undefined; what: string } {
  const path = issue.path.map(String);
  const at = valueAt(root, issue.path);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return {
      field: [...path, key].join('.'),
      what: `not a field of a stored record (got ${shown(valueAt(at, [key]))})`,
    };
  }
  const field = path.length > 0 ? path.join('.') : undefined;
  if (at === undefined && path.length > 0) return { field, what: 'missing' };
  if (issue.code === 'invalid_type')
    return { field, what: `expected ${typeWord(issue.expected)}, got ${shown(at)}` };
  if (issue.code === 'invalid_value')
    return {
      field,
      what: `expected one of ${issue.values.map((v) => shown(v)).join(', ')}, got ${shown(at)}`,
    };
  if (issue.code === 'invalid_union')
    return { field, what: `not a value this field takes, got ${shown(at)}` };
  // zod's own words for the rest ("Too small: expected number to be >=1"), mid-sentence here.
  return {
    field,
    what: `${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}, got ${shown(at)}`,
  };
}

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function typeWord(expected: string): string {
  return TYPE_WORDS[expected] ?? expected;
}

/** A value as the message quotes it: JSON, cut short. */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
