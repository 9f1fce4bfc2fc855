import { Button, FormGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';

export function NewCaseForm() {
  const { t } = useTranslation('start', { keyPrefix: 'newCase' });
  const [name, setName] = useState('');
  const createCase = useAppStore((s) => s.createCase);
  const busy = useAppStore((s) => s.sessionBusy);
  const submit = () => {
    if (name.trim() !== '') void createCase(name.trim());
  };
  return (
    <section aria-labelledby="new-case-heading" className="start-section">
      <h3 id="new-case-heading" className="section-title">
        {t('heading')}
      </h3>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormGroup label={t('name')} labelFor="new-case-name" className="grow">
          <InputGroup
            id="new-case-name"
            size="small"
            placeholder={t('placeholder')}
            value={name}
            onValueChange={setName}
          />
        </FormGroup>
        <Button
          type="submit"
          intent="primary"
          text={t('create')}
          size="small"
          disabled={busy || name.trim() === ''}
        />
      </form>
    </section>
  );
}
