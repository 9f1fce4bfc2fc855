import { Button, Classes } from '@blueprintjs/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../stores/app-store';
import { Dialog } from '../../ui/Dialog';
import { closeCrypt, unlockWith } from './crypt-state';
import { PassphraseField } from './PassphraseFields';

/** The name a user knows a case file by: its file name without folders and extension. */
function caseName(path: string): string {
  const file = path.split(/[\\/]/).pop() ?? path;
  return file.replace(/\.plexus$/i, '');
}

/** Asks for an encrypted case's passphrase; a wrong one says so and lets the analyst try again. */
export function UnlockDialog({ path, wrong }: { path: string; wrong: boolean }) {
  const { t } = useTranslation(['crypt', 'common']);
  const [passphrase, setPassphrase] = useState('');
  const busy = useAppStore((s) => s.sessionBusy);
  const input = useRef<HTMLInputElement>(null);
  const submit = async () => {
    if (passphrase === '') return;
    await unlockWith(passphrase);
    // Still asked (a wrong passphrase): start over in an empty field.
    setPassphrase('');
    input.current?.focus();
  };
  return (
    <Dialog isOpen title={t('unlock.title')} icon="lock" onClose={closeCrypt} className="crypt-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className={Classes.DIALOG_BODY}>
          <p>{t('unlock.prompt', { name: caseName(path) })}</p>
          <PassphraseField
            label={t('field.passphrase')}
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="current-password"
            error={wrong ? t('unlock.wrong') : undefined}
            inputRef={input}
          />
        </div>
        <div className={Classes.DIALOG_FOOTER}>
          <div className={Classes.DIALOG_FOOTER_ACTIONS}>
            <Button text={t('common:cancel')} onClick={closeCrypt} />
            <Button
              type="submit"
              intent="primary"
              text={t('common:open')}
              loading={busy}
              disabled={passphrase === ''}
            />
          </div>
        </div>
      </form>
    </Dialog>
  );
}
