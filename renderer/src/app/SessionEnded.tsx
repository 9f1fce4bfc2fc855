import { Button, DialogBody, DialogFooter } from '@blueprintjs/core';
import { Dialog } from '../ui/Dialog';
import { useEffect, useState } from 'react';
import { onSessionEnded } from '../bridge';
import { useTranslation } from 'react-i18next';

/**
 * Shown once the server no longer knows this window's session (Plexus was restarted, or the
 * tab was gone long enough for its case to be released). Every request would now be refused,
 * so the app says it plainly instead of failing action by action.
 */
export function SessionEnded() {
  const { t } = useTranslation(['app', 'common']);
  const [ended, setEnded] = useState(false);
  useEffect(() => onSessionEnded(() => setEnded(true)), []);
  if (!ended) return null;
  return (
    <Dialog
      isOpen
      title={t('sessionEnded.title')}
      icon="offline"
      isCloseButtonShown={false}
      canEscapeKeyClose={false}
      canOutsideClickClose={false}
      className="dense-dialog"
    >
      <DialogBody>
        <p>{t('sessionEnded.body')}</p>
        <p className="muted">{t('sessionEnded.note')}</p>
      </DialogBody>
      <DialogFooter
        actions={
          <Button
            size="small"
            intent="primary"
            text={t('common:reload')}
            autoFocus
            onClick={() => location.reload()}
          />
        }
      />
    </Dialog>
  );
}
