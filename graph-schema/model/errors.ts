import { z } from 'zod';

/**
 * Errors cross every boundary (IPC, HTTP, CLI) as a code, one human message and,
 * where it applies, the place: field, file, line, column. Never a stack trace.
 */
export const ERROR_CODES = [
  'VALIDATION', // a request or record broke a schema rule
  'NOT_FOUND', // an id, case file or method that does not exist
  'CONFLICT', // an id that already exists, a case file already there
  'NO_CASE_OPEN', // a graph method called with no case open
  'NOT_A_CASE', // a file that is not a Plexus case
  'CASE_TOO_NEW', // a case written by a newer Plexus
  'CASE_CORRUPT', // a Plexus case that cannot be read
  'PASSPHRASE_REQUIRED', // an encrypted case opened without its passphrase
  'WRONG_PASSPHRASE', // an encrypted case opened with a passphrase that does not unlock it
  'IO', // the file system refused
  'UNAUTHORIZED', // browser mode: missing or wrong token
  'CONNECTION', // a server cannot be reached: host, port, TLS
  'AUTH', // a server refused the user name or password
  'FORBIDDEN', // the user may not do this: read-only connection, missing rights
  'SCHEMA_REQUIRED', // a database lacks Plexus's constraints and indexes: ask before creating them
  'TIMEOUT', // a query ran past its time limit
  'CANCELLED', // the user cancelled a running query
  'NO_SESSION', // a request naming no window session, or one that ended or is another window's
  'INTERNAL', // a bug: logged with its stack on the Node side only
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * Why a record or a field was refused, as a code and its values: the UI words it in its own
 * language from the code (renderer/src/i18n/errors.ts); `message` beside it stays the English
 * the CLI and the logs print. Values that are type names (`type`, `source`, `target` of
 * linkNotAllowed) are names, so the UI can show the type's label in its language.
 */
export const REASON_CODES = [
  // A field's value (validate.ts, the store's rules)
  'mustBeText',
  'mustBeNumber',
  'mustBeBoolean',
  'mustBeDate',
  'mustBeOneOf', // options
  'tooSmall', // min, value
  'tooLarge', // max, value
  'unknownField', // type
  'unknownKey', // a field no record has
  'requiredForType', // type
  'empty',
  'dateOrder', // from, to
  'unknownEntityType', // type
  'unknownLinkType', // type
  'noEntityWithId', // id
  'linkNotAllowed', // type, source, target
  'invalid', // a rule the UI has no words for: the English message is the detail
  // A row of an import (the readers and the import engine)
  'nameEmpty',
  'keyEmpty',
  'noTypeGiven', // what ('entity' | 'link'), allowed
  'unknownTypeWord', // what, word, allowed
  'unknownEnd', // end ('source' | 'target'), key
  'endRejected', // end, key, line?
  'propFormat', // text
  'tieWithoutEntity', // column: a matrix cell under a column that names no entity
  'tieToItself', // name: a matrix cell on the diagonal
  'fieldMissing', // field: an attribute or field the file format requires (a node's id, End1Id)
  'notEntityOrLink', // an element of the file that is neither an entity nor a link (STIX metadata)
  'noLinkTypeJoins', // source, target: no link type of the schema joins these entity types
  // A stored record a read refused (stored-body.ts)
  'storedBodyRefused', // kind, id
  'storedFieldRefused', // kind, id, field
  // A server's history a write refused to continue (electron/services/store/neo4j/journal.ts)
  'historyHeadMismatch',
  'historyWitnessMismatch', // seq
] as const;
export const ReasonCode = z.enum(REASON_CODES);
export type ReasonCode = z.infer<typeof ReasonCode>;

export const Reason = z.strictObject({
  code: ReasonCode,
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type Reason = z.infer<typeof Reason>;

export const ErrorPlace = z.strictObject({
  field: z.string().optional(),
  rule: z.string().optional(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  message: z.string(),
  reason: Reason.optional(),
});
export type ErrorPlace = z.infer<typeof ErrorPlace>;

export const ErrorPayload = z.strictObject({
  code: ErrorCode,
  message: z.string(),
  details: z.array(ErrorPlace).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class PlexusError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorPlace[] | undefined;

  constructor(code: ErrorCode, message: string, details?: ErrorPlace[]) {
    super(message);
    this.name = 'PlexusError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message };
  }

  static fromPayload(payload: ErrorPayload): PlexusError {
    return new PlexusError(payload.code, payload.message, payload.details);
  }
}

export function isPlexusError(value: unknown): value is PlexusError {
  return value instanceof PlexusError;
}

/** Turns zod issues into places, so "props.share: must be at most 100" names the field. */
export function placesFromZod(error: z.ZodError, prefix = ''): ErrorPlace[] {
  return error.issues.map((issue): ErrorPlace => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : undefined;
    const field = unknownKeys?.length ? [path, unknownKeys[0]].filter(Boolean).join('.') : path;
    const message = unknownKeys?.length
      ? `unknown field${unknownKeys.length > 1 ? 's' : ''} ${unknownKeys.map((k) => [path, k].filter(Boolean).join('.')).join(', ')}`
      : `${field || 'request'}: ${issue.message}`;
    return { field: field || undefined, rule: issue.code, message, reason: reasonOfZodIssue(issue) };
  });
}

/** A zod issue's reason: the rules analysts meet (a choice, a length, a kind of value), else `invalid`. */
function reasonOfZodIssue(issue: z.core.$ZodIssue): Reason {
  const words = (values: readonly unknown[]) => values.map(String).join(', ');
  switch (issue.code) {
    case 'invalid_value':
      return { code: 'mustBeOneOf', params: { options: words(issue.values) } };
    case 'unrecognized_keys':
      return { code: 'unknownKey' };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { code: 'empty' }
        : { code: 'tooSmall', params: { min: String(issue.minimum) } };
    case 'too_big':
      return { code: 'tooLarge', params: { max: String(issue.maximum) } };
    case 'invalid_type':
      if (issue.expected === 'number') return { code: 'mustBeNumber' };
      if (issue.expected === 'string') return { code: 'mustBeText' };
      if (issue.expected === 'boolean') return { code: 'mustBeBoolean' };
      return { code: 'invalid', params: { detail: issue.message } };
    case 'custom': {
      // A refine names its reason in params (partial-date.ts).
      const named = ReasonCode.safeParse(issue.params?.reason);
      return named.success ? { code: named.data } : { code: 'invalid', params: { detail: issue.message } };
    }
    default:
      return { code: 'invalid', params: { detail: issue.message } };
  }
}

export function validationError(places: ErrorPlace[]): PlexusError {
  const first = places[0]?.message ?? 'invalid input';
  const more = places.length > 1 ? ` (and ${places.length - 1} more)` : '';
  return new PlexusError('VALIDATION', `${first}${more}`, places);
}
