import { isPlexusError, type ErrorPlace } from '../../../graph-schema/model';
import { failureLine, fieldProblem } from '../i18n/errors';

/** An error as the UI shows it: the code, one message and the fields it names. */
export interface AppError {
  code: string;
  message: string;
  details: ErrorPlace[];
}

export function toAppError(error: unknown): AppError {
  if (isPlexusError(error)) return { code: error.code, message: error.message, details: error.details ?? [] };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', message, details: [] };
}

/** The user stopped it: a calm note, never an error. */
export function isCancelled(error: unknown): boolean {
  return toAppError(error).code === 'CANCELLED';
}

/** The one line a toast shows for a failed action, in the UI's language (i18n/errors). */
export function failureMessage(what: string, error: unknown): string {
  return failureLine(what, toAppError(error));
}

/**
 * Validation places name fields as the request saw them ("patch.validFrom",
 * "entity.props.share"); forms know them without the request wrapper.
 */
export function fieldErrors(error: AppError | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const place of error?.details ?? []) {
    if (!place.field) continue;
    const field = place.field.replace(/^(patch|entity|link)\./, '');
    out[field] ??= fieldProblem(place);
  }
  return out;
}
