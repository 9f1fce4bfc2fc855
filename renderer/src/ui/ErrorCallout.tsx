import { Callout } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { errorDetails, errorSentence, errorTitle } from '../i18n/errors';
import type { AppError } from '../stores/app-error';

/**
 * An error in a dialog or form: the code's title and sentence in the UI's language, then the
 * backend's own words and places as detail lines (never the message itself).
 */
export function ErrorCallout({ error }: { error: AppError | null }) {
  useTranslation('errors'); // re-render on a language switch
  if (!error) return null;
  const details = errorDetails(error);
  // The user stopped it: a note, not an alarm.
  const cancelled = error.code === 'CANCELLED';
  return (
    <Callout
      intent={cancelled ? 'none' : 'danger'}
      icon={cancelled ? 'stop' : 'error'}
      title={errorTitle(error)}
      role={cancelled ? 'status' : 'alert'}
      compact
    >
      {!cancelled && <div>{errorSentence(error)}</div>}
      {details.map((line, index) => (
        <div key={index} className="error-detail">
          {line}
        </div>
      ))}
    </Callout>
  );
}
