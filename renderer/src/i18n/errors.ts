import type { RejectedItem, RejectReason } from '../../../graph-schema/contract/io';
import {
  commonFieldLabel,
  ERROR_CODES,
  fieldLabel,
  type ErrorPlace,
  type Reason,
  type SchemaIndex,
} from '../../../graph-schema/model';
import { useAppStore } from '../stores/app-store';
import type { AppError } from '../stores/app-error';
import { currentLanguage, i18n } from './index';
import { indexInLanguage } from './schema-words';

/**
 * A backend error as the analyst reads it: one sentence per error code from the catalogue
 * (namespace 'errors'), never the backend's English as the message. The backend's own words
 * and its places (item, field, file, line) follow as detail lines.
 */
function knownCode(code: string): string {
  return (ERROR_CODES as readonly string[]).includes(code) ? code : 'INTERNAL';
}

/** A stored record a read refused: its reason names the record, so it is the toast's reason too. */
const STORED_CODES: ReadonlySet<string> = new Set(['storedBodyRefused', 'storedFieldRefused']);
/**
 * Reasons that say the whole of what went wrong, better than the code's sentence: a stored
 * record refused, or a server's history a write would not continue ("the case file is
 * damaged" would be wrong about a server).
 */
const HISTORY_CODES: ReadonlySet<string> = new Set(['historyHeadMismatch', 'historyWitnessMismatch']);
const WHOLE_REASONS: ReadonlySet<string> = new Set([...STORED_CODES, ...HISTORY_CODES]);

function wholeReason(error: Pick<AppError, 'details'>, codes = WHOLE_REASONS): string | undefined {
  const reason = error.details[0]?.reason;
  return reason && codes.has(reason.code) ? reasonText(reason) : undefined;
}

/** The short title: "Not found" / "見つかりません". */
export function errorTitle(error: Pick<AppError, 'code'>): string {
  return i18n.t(`errors:title.${knownCode(error.code)}`);
}

/**
 * The sentence: "The item was not found. It may have been deleted." A server's history a write
 * would not continue says so instead (the code's sentence speaks of a damaged case file).
 */
export function errorSentence(error: Pick<AppError, 'code'> & Partial<Pick<AppError, 'details'>>): string {
  const history = error.details && wholeReason({ details: error.details }, HISTORY_CODES);
  return history ?? i18n.t(`errors:sentence.${knownCode(error.code)}`);
}

/** One line for a place the backend named: "File cases/x.plexus, line 4: …". */
export function placeLine(place: ErrorPlace): string {
  const where = [
    place.file ? i18n.t('errors:place.file', { file: place.file }) : null,
    place.line !== undefined ? i18n.t('errors:place.line', { line: place.line }) : null,
    place.column !== undefined ? i18n.t('errors:place.column', { column: place.column }) : null,
    place.field ? i18n.t('errors:place.field', { field: place.field }) : null,
  ].filter((part): part is string => part !== null);
  const message = placeMessage(place);
  if (!where.length) return message;
  const separator = i18n.t('errors:place.separator');
  return i18n.t('errors:place.at', { where: where.join(separator), message });
}

/** The detail lines under the sentence: the places, else the backend's own message. */
export function errorDetails(error: AppError): string[] {
  // The sentence has said it (errorSentence); the backend's English adds nothing a reader needs.
  if (wholeReason(error, HISTORY_CODES)) return [];
  if (error.details.length) return error.details.map(placeLine);
  return error.message ? [error.message] : [];
}

/**
 * The one line a toast shows: "Expand failed: <why>". Each language's template picks its
 * reason: English keeps the backend's own (English, most precise) words, Japanese the code's
 * sentence, so no English reaches a Japanese toast. `what` is already translated.
 */
export function failureLine(what: string, error: AppError): string {
  if (error.code === 'CANCELLED') return errorTitle(error);
  const reason = wholeReason(error) ?? errorSentence(error);
  return i18n.t('errors:failed', { what, reason, detail: error.message || reason });
}

/** An error on its own line, no action named (a server that stopped answering). */
export function errorLine(error: AppError): string {
  const reason = wholeReason(error) ?? errorSentence(error);
  return i18n.t('errors:line', { reason, detail: error.message || reason });
}

/** The record a reason is about, when known: its fields and types are named by its schema words. */
type Subject = RejectedItem['record'];

/** The open case's schema in the UI's language, if one is loaded. */
function schemaNow(): SchemaIndex | null {
  const index = useAppStore.getState().schemaIndex;
  return index && indexInLanguage(index, currentLanguage());
}

/** A type name in the UI's words (its label), or the name itself when the schema has no such type. */
function typeWords(index: SchemaIndex | null, name: string | number | undefined): string | undefined {
  if (name === undefined) return undefined;
  const type = index?.entityType(String(name)) ?? index?.linkType(String(name));
  return type?.label ?? String(name);
}

/**
 * A reason code as a sentence in the UI's language: "{{min}} 以上で指定してください". Type
 * names become the schema's labels, a link's end and an item kind become words.
 */
export function reasonText(reason: Reason): string {
  const index = schemaNow();
  const params: Record<string, string | number> = { ...reason.params };
  for (const key of ['type', 'source', 'target'] as const) {
    const words = typeWords(index, params[key]);
    if (words !== undefined) params[key] = words;
  }
  if (params.what === 'entity' || params.what === 'link')
    params.what = i18n.t(`errors:reason.what.${params.what}`);
  if (typeof params.end === 'string') params.end = commonFieldLabel(params.end, currentLanguage());
  if (STORED_CODES.has(reason.code)) {
    params.kind = i18n.t(`errors:reason.storedKind.${String(params.kind)}`);
    if (typeof params.field === 'string') params.field = commonFieldLabel(params.field, currentLanguage());
  }
  const key = reason.code === 'endRejected' && params.line !== undefined ? 'endRejectedAt' : reason.code;
  return i18n.t(`errors:reason.${key}`, params);
}

/** "Share: must be at most 100" / "持分：100 以下で指定してください": a field's reason, the field in words. */
function fieldReasonText(reason: RejectReason, subject: Subject): string {
  const text = reasonText(reason);
  if (reason.field === undefined) return text;
  const index = schemaNow();
  const field = index
    ? fieldLabel(index, subject?.kind ?? 'entity', subject?.type, reason.field, currentLanguage())
    : commonFieldLabel(reason.field, currentLanguage());
  return i18n.t('errors:reason.withField', { field, reason: text });
}

/** A place's own sentence: its reason in the UI's language when it has one (the template decides). */
function placeMessage(place: ErrorPlace): string {
  if (!place.reason) return place.message;
  return i18n.t('errors:why', { message: place.message, reasons: reasonText(place.reason) });
}

/** A field's problem as a form shows it under the field: the reason alone, the field is the form's. */
export function fieldProblem(place: ErrorPlace): string {
  const bare = place.message.replace(/^[\w.]+: /, '');
  if (!place.reason) return bare;
  return i18n.t('errors:why', { message: bare, reasons: reasonText(place.reason) });
}

/**
 * Why an import left a record out, as the report shows it. English keeps the importer's own
 * sentence (fields already in words); Japanese words each reason from its code, so no English
 * reaches a Japanese report. A reject without codes keeps the importer's words.
 */
export function rejectedWhy(item: RejectedItem): string {
  if (!item.reasons?.length) return item.message;
  const reasons = item.reasons
    .map((r) => fieldReasonText(r, item.record))
    .join(i18n.t('errors:reason.separator'));
  return i18n.t('errors:why', { message: item.message, reasons });
}
