import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { GuardedButton } from '../../ui/GuardedButton';
import { ReasonField } from '../history/ReasonField';

interface EditorFooterProps {
  dirty: boolean;
  /** Why saving is off (a read-only store), or null. */
  blockedBy: string | null;
  saving: boolean;
  onSave(): void;
  onRevert(): void;
  /** The optional reason entered in the case history with the save. */
  reason: string;
  onReason(reason: string): void;
}

export function EditorFooter({
  dirty,
  blockedBy,
  saving,
  onSave,
  onRevert,
  reason,
  onReason,
}: EditorFooterProps) {
  const { t } = useTranslation('inspector');
  return (
    <>
      {dirty && !blockedBy && <ReasonField value={reason} onChange={onReason} onEnter={onSave} />}
      <div className="editor-footer">
        <Button size="small" text={t('revert')} disabled={!dirty || saving} onClick={onRevert} />
        <GuardedButton
          blockedBy={blockedBy}
          size="small"
          intent="primary"
          text={t('save')}
          disabled={!dirty}
          loading={saving}
          onClick={onSave}
        />
      </div>
    </>
  );
}
