import { FormGroup, InputGroup } from '@blueprintjs/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Below this many characters the form suggests a longer passphrase (a hint, not a rule). */
const SUGGESTED_LENGTH = 12;

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** current-password or new-password: lets a password manager fill, never the browser's autofill of other fields. */
  autoComplete: 'current-password' | 'new-password';
  error?: string | undefined;
  hint?: string | undefined;
  inputRef?: React.Ref<HTMLInputElement>;
}

/** One passphrase input: hidden as typed, no spell check (which could send words to a dictionary). */
export function PassphraseField({ label, value, onChange, autoComplete, error, hint, inputRef }: FieldProps) {
  const id = useId();
  return (
    <FormGroup
      label={label}
      labelFor={id}
      helperText={error ?? hint}
      intent={error ? 'danger' : 'none'}
      className="crypt-field"
    >
      <InputGroup
        id={id}
        type="password"
        size="small"
        value={value}
        onValueChange={onChange}
        autoComplete={autoComplete}
        spellCheck={false}
        intent={error ? 'danger' : 'none'}
        inputRef={inputRef}
      />
    </FormGroup>
  );
}

export interface NewPassphrase {
  passphrase: string;
  repeat: string;
}

/** A new passphrase is usable once typed twice alike. */
export function newPassphraseReady({ passphrase, repeat }: NewPassphrase): boolean {
  return passphrase !== '' && passphrase === repeat;
}

/** A new passphrase typed twice, with a length hint and a note when the two differ. */
export function NewPassphraseFields({
  value,
  onChange,
  label,
}: {
  value: NewPassphrase;
  onChange(value: NewPassphrase): void;
  label?: string;
}) {
  const { t } = useTranslation('crypt', { keyPrefix: 'field' });
  const short = value.passphrase !== '' && [...value.passphrase].length < SUGGESTED_LENGTH;
  const differ = value.repeat !== '' && value.repeat !== value.passphrase;
  return (
    <>
      <PassphraseField
        label={label ?? t('new')}
        value={value.passphrase}
        onChange={(passphrase) => onChange({ ...value, passphrase })}
        autoComplete="new-password"
        hint={short ? t('short') : undefined}
      />
      <PassphraseField
        label={t('repeat')}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        autoComplete="new-password"
        error={differ ? t('differ') : undefined}
      />
    </>
  );
}
