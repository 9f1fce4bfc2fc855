import { Callout } from '@blueprintjs/core';
import type { AppError } from '../stores/app-error';

const TITLES: Record<string, string> = {
  VALIDATION: 'Not valid',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Already there',
  NO_CASE_OPEN: 'No case open',
  NOT_A_CASE: 'Not a Plexus case',
  CASE_TOO_NEW: 'Case from a newer Plexus',
  CASE_CORRUPT: 'Case cannot be read',
  IO: 'File system error',
  UNAUTHORIZED: 'Not authorized',
  CONNECTION: 'Server not reached',
  AUTH: 'Sign-in refused',
  FORBIDDEN: 'Not allowed',
  SCHEMA_REQUIRED: 'Database not prepared for Plexus',
  TIMEOUT: 'Timed out',
  CANCELLED: 'Query cancelled',
  INTERNAL: 'Something went wrong',
};

export function ErrorCallout({ error }: { error: AppError | null }) {
  if (!error) return null;
  // The user stopped it: a note, not an alarm.
  if (error.code === 'CANCELLED') {
    return (
      <Callout intent="none" icon="stop" title={TITLES.CANCELLED} role="status" compact>
        {error.message}
      </Callout>
    );
  }
  return (
    <Callout intent="danger" icon="error" title={TITLES[error.code] ?? error.code} role="alert" compact>
      {error.message}
    </Callout>
  );
}
