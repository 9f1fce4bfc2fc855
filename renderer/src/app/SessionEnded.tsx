import { Button, Dialog, DialogBody, DialogFooter } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { onSessionEnded } from '../bridge';

/**
 * Shown once the server no longer knows this window's session (Plexus was restarted, or the
 * tab was gone long enough for its case to be released). Every request would now be refused,
 * so the app says it plainly instead of failing action by action.
 */
export function SessionEnded() {
  const [ended, setEnded] = useState(false);
  useEffect(() => onSessionEnded(() => setEnded(true)), []);
  if (!ended) return null;
  return (
    <Dialog
      isOpen
      title="This window's session has ended"
      icon="offline"
      isCloseButtonShown={false}
      canEscapeKeyClose={false}
      canOutsideClickClose={false}
      className="dense-dialog"
    >
      <DialogBody>
        <p>
          Plexus no longer has this window&apos;s open case: it was restarted, or this window was away too
          long and its case was released for other windows.
        </p>
        <p className="muted">Everything saved is in the case. Reload to start again and reopen it.</p>
      </DialogBody>
      <DialogFooter
        actions={
          <Button size="small" intent="primary" text="Reload" autoFocus onClick={() => location.reload()} />
        }
      />
    </Dialog>
  );
}
