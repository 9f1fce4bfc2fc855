import { Button, Callout, Classes } from '@blueprintjs/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../stores/app-error';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { changeEncryption, closeCrypt, type CryptChange } from './crypt-state';
import {
  NewPassphraseFields,
  newPassphraseReady,
  PassphraseField,
  type NewPassphrase,
} from './PassphraseFields';

const TITLE: Record<CryptChange, string> = {
  encrypt: 'dialog.encryptTitle',
  decrypt: 'dialog.decryptTitle',
  change: 'dialog.changeTitle',
};
const NOTE: Record<CryptChange, string> = {
  encrypt: 'dialog.encryptNote',
  decrypt: 'dialog.decryptNote',
  change: 'dialog.changeNote',
};
const SUBMIT: Record<CryptChange, string> = {
  encrypt: 'dialog.encrypt',
  decrypt: 'dialog.decrypt',
  change: 'dialog.change',
};

/**
 * Encrypt, decrypt or change the passphrase of the open case. Decrypt and change ask for the
 * current passphrase: a wrong one is said under its field, and nothing is changed.
 */
export function CaseCryptDialog({ change }: { change: CryptChange }) {
  const { t } = useTranslation(['crypt', 'common']);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const currentInput = useRef<HTMLInputElement>(null);
  const needsCurrent = change !== 'encrypt';
  const needsNew = change !== 'decrypt';
  const ready = (!needsCurrent || current !== '') && (!needsNew || newPassphraseReady(next));
  const wrong = error?.code === 'WRONG_PASSPHRASE';

  const submit = async () => {
    if (!ready || busy) return;
    setBusy(true);
    const failed = await changeEncryption(
      change,
      needsCurrent ? current : next.passphrase,
      needsCurrent && needsNew ? next.passphrase : '',
    );
    setBusy(false);
    if (!failed) {
      closeCrypt();
      return;
    }
    setError(failed);
    if (failed.code === 'WRONG_PASSPHRASE') {
      setCurrent('');
      currentInput.current?.focus();
    }
  };

  return (
    <Dialog
      isOpen
      title={t(TITLE[change])}
      icon={change === 'decrypt' ? 'unlock' : 'lock'}
      onClose={() => !busy && closeCrypt()}
      className="crypt-dialog"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={Classes.DIALOG_BODY}>
          <p>{t(NOTE[change])}</p>
          {needsCurrent && (
            <PassphraseField
              label={t('field.current')}
              value={current}
              onChange={setCurrent}
              autoComplete="current-password"
              error={wrong ? t('field.wrong') : undefined}
              inputRef={currentInput}
            />
          )}
          {needsNew && <NewPassphraseFields value={next} onChange={setNext} />}
          {needsNew && (
            <Callout intent="warning" icon="warning-sign" compact>
              {t('dialog.lostNote')}
            </Callout>
          )}
          {!wrong && <ErrorCallout error={error} />}
        </div>
        <div className={Classes.DIALOG_FOOTER}>
          <div className={Classes.DIALOG_FOOTER_ACTIONS}>
            <Button text={t('common:cancel')} onClick={closeCrypt} disabled={busy} />
            <Button
              type="submit"
              intent="primary"
              text={t(SUBMIT[change])}
              loading={busy}
              disabled={!ready}
            />
          </div>
        </div>
      </form>
    </Dialog>
  );
}
