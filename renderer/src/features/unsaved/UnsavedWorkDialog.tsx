import { Button, DialogBody, DialogFooter } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
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
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';

/** “Wang Wei”, “Lanxin” and 3 more: enough to recognise, never a wall of names. */
function itemNames(labels: string[]): string {
  const t = i18n.getFixedT(null, 'unsaved');
  const [first, second] = labels.slice(0, 2).map((label) => t('name', { label }));
  if (second === undefined) return first ?? '';
  const more = labels.length - 2;
  return more > 0 ? t('namesMore', { first, second, more }) : t('namesTwo', { first, second });
}

interface UnsavedWorkDialogProps {
  /** What was asked for, as a translated verb phrase: “close the case” / 「事件を閉じる」. */
  action: string;
  proceed: LeaveAction;
  onClose(): void;
}

/**
 * Save / Discard / Cancel before unsaved work would be dropped. Save has the focus, so Enter
 * keeps the work; Escape (or Cancel) stays where the analyst was.
 */
export function UnsavedWorkDialog({ action, proceed, onClose }: UnsavedWorkDialogProps) {
  const { t } = useTranslation(['unsaved', 'common']);
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
      title={t('title')}
      icon="floppy-disk"
      onClose={onClose}
      className="dense-dialog unsaved-dialog"
      aria-label={t('title')}
    >
      <DialogBody>
        {chartName !== null && <p>{chartName ? t('chartNamed', { name: chartName }) : t('chartNew')}</p>}
        {drafts.length > 0 && <p>{t('edits', { count: drafts.length, names: itemNames(drafts) })}</p>}
        <p className="muted">{t('ask', { action })}</p>
        {blockedBy && <p className="muted">{blockedBy}</p>}
        <ErrorCallout error={error} />
      </DialogBody>
      <DialogFooter
        actions={
          <>
            <Button size="small" text={t('common:cancel')} onClick={onClose} disabled={busy !== null} />
            <Button
              size="small"
              text={t('common:discard')}
              intent="danger"
              variant="outlined"
              loading={busy === 'discard'}
              disabled={busy === 'save'}
              onClick={() => void run('discard')}
            />
            <Button
              size="small"
              intent="primary"
              text={t('common:save')}
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
