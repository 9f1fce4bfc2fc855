import { ERROR_CODES, type ErrorPlace } from '../../../graph-schema/model';
import type { AppError } from '../stores/app-error';
import { i18n } from './index';

/**
 * A backend error as the analyst reads it: one sentence per error code from the catalogue
 * (namespace 'errors'), never the backend's English as the message. The backend's own words
 * and its places (item, field, file, line) follow as detail lines.
 */
function knownCode(code: string): string {
  return (ERROR_CODES as readonly string[]).includes(code) ? code : 'INTERNAL';
}

/** The short title: "Not found" / "見つかりません". */
export function errorTitle(error: Pick<AppError, 'code'>): string {
  return i18n.t(`errors:title.${knownCode(error.code)}`);
}

/** The sentence: "The item was not found. It may have been deleted." */
export function errorSentence(error: Pick<AppError, 'code'>): string {
  return i18n.t(`errors:sentence.${knownCode(error.code)}`);
}

/** One line for a place the backend named: "File cases/x.plexus, line 4: …". */
export function placeLine(place: ErrorPlace): string {
  const where = [
    place.file ? i18n.t('errors:place.file', { file: place.file }) : null,
    place.line !== undefined ? i18n.t('errors:place.line', { line: place.line }) : null,
    place.column !== undefined ? i18n.t('errors:place.column', { column: place.column }) : null,
    place.field ? i18n.t('errors:place.field', { field: place.field }) : null,
  ].filter((part): part is string => part !== null);
  if (!where.length) return place.message;
  const separator = i18n.t('errors:place.separator');
  return i18n.t('errors:place.at', { where: where.join(separator), message: place.message });
}

/** The detail lines under the sentence: the places, else the backend's own message. */
export function errorDetails(error: AppError): string[] {
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
  const reason = errorSentence(error);
  return i18n.t('errors:failed', { what, reason, detail: error.message || reason });
}

/** An error on its own line, no action named (a server that stopped answering). */
export function errorLine(error: AppError): string {
  const reason = errorSentence(error);
  return i18n.t('errors:line', { reason, detail: error.message || reason });
}
