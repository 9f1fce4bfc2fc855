import { Alert, Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useRef, useState } from 'react';
import type { SavedConnection } from '../../../../graph-schema/contract';
import { errorLine } from '../../i18n/errors';
import type { AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { PasswordNote } from './PasswordNote';
import { Trans, useTranslation } from 'react-i18next';

/**
 * Opens a saved connection: a password when none is kept (or the kept one is refused), and
 * the analyst's consent before Plexus creates or migrates its schema on the server.
 */
export function OpenConnectionDialog({
  connection,
  onClose,
}: {
  connection: SavedConnection;
  onClose(): void;
}) {
  const { t } = useTranslation(['start', 'common']);
  const openConnection = useAppStore((s) => s.openConnection);
  const [password, setPassword] = useState('');
  const [askPassword, setAskPassword] = useState<string | null>(null);
  const [consent, setConsent] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  const open = async (prepareSchema: boolean) => {
    setBusy(true);
    setError(null);
    setConsent(null);
    const outcome = await openConnection(connection.id, {
      ...(password ? { password } : {}),
      prepareSchema,
    });
    setBusy(false);
    if (outcome.kind === 'needs-schema') setConsent(outcome.message);
    else if (outcome.kind === 'needs-password') {
      // The server's English in English, the code's sentence in Japanese (i18n/errors).
      setAskPassword(errorLine({ code: 'AUTH', message: outcome.message, details: [] }));
      passwordInput.current?.focus();
    } else if (outcome.kind === 'failed') setError(outcome.error);
  };

  return (
    <>
      <Dialog
        isOpen
        title={t('openConnection.title', { name: connection.name })}
        icon="database"
        onClose={onClose}
        className="dense-dialog form-dialog narrow-dialog"
      >
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void open(false);
          }}
        >
          <DialogBody>
            <p className="dialog-lead mono">
              {connection.uri} · {connection.database} · {connection.user}
              {connection.readOnly && t('openConnection.readOnly')}
            </p>
            {askPassword && (
              <Callout
                intent="warning"
                icon="key"
                compact
                role="alert"
                title={t('openConnection.passwordNeeded')}
              >
                {askPassword}
              </Callout>
            )}
            <FormGroup
              label={t('connection.password')}
              labelFor="open-connection-password"
              className="field"
              helperText={
                connection.hasPassword ? t('openConnection.useSaved') : t('openConnection.noneSaved')
              }
            >
              <InputGroup
                id="open-connection-password"
                inputRef={passwordInput}
                size="small"
                type="password"
                autoComplete="off"
                autoFocus={!connection.hasPassword}
                value={password}
                onValueChange={setPassword}
              />
            </FormGroup>
            <PasswordNote />
            <ErrorCallout error={error} />
          </DialogBody>
          <DialogFooter
            actions={
              <>
                <Button size="small" text={t('common:cancel')} onClick={onClose} />
                <Button
                  size="small"
                  type="submit"
                  intent="primary"
                  text={t('common:open')}
                  loading={busy}
                  autoFocus={connection.hasPassword}
                />
              </>
            }
          />
        </form>
      </Dialog>
      <Alert
        isOpen={consent !== null}
        icon="database"
        intent="primary"
        confirmButtonText={t('openConnection.prepare')}
        cancelButtonText={t('common:cancel')}
        canEscapeKeyCancel
        loading={busy}
        onCancel={() => setConsent(null)}
        onConfirm={() => void open(true)}
      >
        <p>
          <Trans
            t={t}
            i18nKey="openConnection.notReady"
            values={{ database: connection.database, uri: connection.uri }}
            components={[<strong key="database" />]}
          />
        </p>
        <blockquote className="quoted-message">{consent}</blockquote>
        <p className="muted">{t('openConnection.prepareNote')}</p>
      </Alert>
    </>
  );
}
