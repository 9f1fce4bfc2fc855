import { Button, Dialog, DialogBody, DialogFooter } from '@blueprintjs/core';
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { reachableDrafts } from '../../stores/drafts-slice';
import type { LeaveAction } from '../../stores/ui-slice';
import { hasUnsavedChart } from '../../stores/view-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { discardAndLeave, saveAndLeave } from './unsaved-work';

/** “Wang Wei”, “Lanxin” and 3 more: enough to recognise, never a wall of names. */
function itemNames(labels: string[]): string {
  const shown = labels.slice(0, 2).map((l) => `“${l}”`);
  const more = labels.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

interface UnsavedWorkDialogProps {
  /** What was asked for, as a verb phrase: “close the case”, “open “Board 2””. */
  action: string;
  proceed: LeaveAction;
  onClose(): void;
}

/**
 * Save / Discard / Cancel before unsaved work would be dropped. Save has the focus, so Enter
 * keeps the work; Escape (or Cancel) stays where the analyst was.
 */
export function UnsavedWorkDialog({ action, proceed, onClose }: UnsavedWorkDialogProps) {
  const chartName = useAppStore((s) => (hasUnsavedChart(s) ? (s.openChart?.name ?? '') : null));
  const drafts = useAppStore(useShallow((s) => reachableDrafts(s).map(([, held]) => held.label)));
  const blockedBy = useAppStore(readOnlyReason);
  const [busy, setBusy] = useState<'save' | 'discard' | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const run = async (which: 'save' | 'discard') => {
    setBusy(which);
    setError(null);
    try {
      await (which === 'save' ? saveAndLeave(proceed) : discardAndLeave(proceed));
    } catch (e) {
      setError(toAppError(e));
      setBusy(null);
    }
  };

  return (
    <Dialog
      isOpen
      title="Save changes?"
      icon="floppy-disk"
      onClose={onClose}
      className="dense-dialog unsaved-dialog"
      aria-label="Save changes?"
    >
      <DialogBody>
        {chartName !== null && (
          <p>
            {chartName
              ? `Chart “${chartName}” has changes that are not saved.`
              : 'This chart has not been saved.'}
          </p>
        )}
        {drafts.length > 0 && (
          <p>
            Unsaved edits to {drafts.length === 1 ? '' : `${drafts.length} items: `}
            {itemNames(drafts)}.
          </p>
        )}
        <p className="muted">Save before you {action}, or discard the changes?</p>
        {blockedBy && <p className="muted">{blockedBy}</p>}
        <ErrorCallout error={error} />
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button size="small" text="Cancel" onClick={onClose} disabled={busy !== null} />
            <Button
              size="small"
              text="Discard"
              intent="danger"
              variant="outlined"
              loading={busy === 'discard'}
              disabled={busy === 'save'}
              onClick={() => void run('discard')}
            />
            <Button
              size="small"
              intent="primary"
              text="Save"
              autoFocus={!blockedBy}
              disabled={blockedBy !== null || busy === 'discard'}
              loading={busy === 'save'}
              onClick={() => void run('save')}
            />
          </>
        }
      />
    </Dialog>
  );
}
