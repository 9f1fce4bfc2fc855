import { Button, Checkbox, FormGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';
import { NewPassphraseFields, newPassphraseReady, type NewPassphrase } from '../crypt/PassphraseFields';
import '../crypt/crypt.css';

export function NewCaseForm() {
  const { t } = useTranslation(['start', 'crypt']);
  const [name, setName] = useState('');
  const [encrypt, setEncrypt] = useState(false);
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', repeat: '' });
  const createCase = useAppStore((s) => s.createCase);
  const busy = useAppStore((s) => s.sessionBusy);
  const ready = name.trim() !== '' && (!encrypt || newPassphraseReady(secret));
  const submit = () => {
    if (ready) void createCase(name.trim(), encrypt ? secret.passphrase : undefined);
  };
  return (
    <section aria-labelledby="new-case-heading" className="start-section">
      <h3 id="new-case-heading" className="section-title">
        {t('newCase.heading')}
      </h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <div className="inline-form">
          <FormGroup label={t('newCase.name')} labelFor="new-case-name" className="grow">
            <InputGroup
              id="new-case-name"
              size="small"
              placeholder={t('newCase.placeholder')}
              value={name}
              onValueChange={setName}
            />
          </FormGroup>
          <Button
            type="submit"
            intent="primary"
            text={t('newCase.create')}
            size="small"
            disabled={busy || !ready}
          />
        </div>
        <Checkbox
          className="crypt-toggle"
          label={t('crypt:newCase.encrypt')}
          checked={encrypt}
          onChange={(event) => setEncrypt(event.currentTarget.checked)}
        />
        {encrypt && (
          <div className="crypt-new-case">
            <NewPassphraseFields value={secret} onChange={setSecret} label={t('crypt:field.passphrase')} />
            <p className="muted">{t('crypt:newCase.note')}</p>
          </div>
        )}
      </form>
    </section>
  );
}
