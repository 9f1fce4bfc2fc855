import { Button, Checkbox, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import type { ConnectionTest, SavedConnection } from '../../../../graph-schema/contract';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { draftErrors, draftFrom, saveRequest, type ConnectionDraft } from './connection-draft';
import { ConnectionTestResult } from './ConnectionTestResult';
import { PasswordNote } from './PasswordNote';
import { useTranslation } from 'react-i18next';

interface ConnectionDialogProps {
  /** The connection to change, or null for a new one. */
  existing: SavedConnection | null;
  onClose(): void;
}

/** Add or change a Neo4j connection, and try it before saving. */
export function ConnectionDialog({ existing, onClose }: ConnectionDialogProps) {
  const { t } = useTranslation(['start', 'common']);
  const saveConnection = useAppStore((s) => s.saveConnection);
  const testConnection = useAppStore((s) => s.testConnection);
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftFrom(existing));
  /** Fields whose messages show: left once, or all after a Save or Test attempt. */
  const [shown, setShown] = useState<Set<string>>(new Set());
  const [test, setTest] = useState<ConnectionTest | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<'test' | 'save' | null>(null);

  const local = draftErrors(draft, false);
  // Only a refused form names fields; a server's answer (unreachable, wrong password) is one message.
  const remote = error?.code === 'VALIDATION' ? fieldErrors(error) : {};
  const message = (field: string) => (shown.has(field) ? (local[field] ?? remote[field]) : undefined);
  const change = (patch: Partial<ConnectionDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setTest(null);
  };
  const touch = (field: string) => setShown((s) => new Set(s).add(field));
  const showAll = (errors: Record<string, string>) => {
    setShown(new Set([...shown, ...Object.keys(errors), ...Object.keys(remote)]));
    return Object.keys(errors).length === 0;
  };

  const run = async (kind: 'test' | 'save') => {
    if (!showAll(draftErrors(draft, kind === 'test'))) return;
    setBusy(kind);
    setError(null);
    setTest(null);
    try {
      if (kind === 'test') setTest(await testConnection(draft, existing?.id));
      else {
        await saveConnection(saveRequest(draft, existing?.id));
        onClose();
      }
    } catch (e) {
      const appError = toAppError(e);
      setError(appError);
      if (appError.code === 'VALIDATION')
        setShown(new Set([...shown, ...Object.keys(fieldErrors(appError))]));
    } finally {
      setBusy(null);
    }
  };

  const field = (
    name: keyof ConnectionDraft,
    label: string,
    props: { type?: string; hint?: string } = {},
  ) => {
    const msg = message(name);
    return (
      <FormGroup
        label={label}
        labelFor={`connection-${name}`}
        className="field"
        intent={msg ? 'danger' : 'none'}
        helperText={msg ?? props.hint}
      >
        <InputGroup
          id={`connection-${name}`}
          size="small"
          type={props.type ?? 'text'}
          intent={msg ? 'danger' : 'none'}
          value={String(draft[name])}
          autoComplete={props.type === 'password' ? 'off' : undefined}
          onValueChange={(value) => change({ [name]: value })}
          onBlur={() => touch(name)}
        />
      </FormGroup>
    );
  };

  return (
    <Dialog
      isOpen
      title={existing ? t('connection.editTitle', { name: existing.name }) : t('connection.newTitle')}
      icon="database"
      onClose={onClose}
      className="dense-dialog form-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run('save');
        }}
      >
        <DialogBody>
          {field('name', t('connection.name'), { hint: t('connection.nameHint') })}
          {field('uri', t('connection.uri'), { hint: t('connection.uriHint') })}
          <div className="field-row">
            {field('database', t('connection.database'))}
            {field('user', t('connection.user'))}
          </div>
          {field('password', t('connection.password'), {
            type: 'password',
            hint: existing?.hasPassword ? t('connection.keepPassword') : undefined,
          })}
          <PasswordNote />
          <Checkbox
            checked={draft.readOnly}
            label={t('connection.readOnly')}
            onChange={(e) => change({ readOnly: e.currentTarget.checked })}
          >
            <span className="muted">{t('connection.readOnlyNote')}</span>
          </Checkbox>
          <ErrorCallout error={Object.keys(remote).length > 0 ? null : error} />
          {test && <ConnectionTestResult test={test} />}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('common:cancel')} onClick={onClose} />
              <Button
                size="small"
                icon="data-connection"
                text={t('connection.test')}
                loading={busy === 'test'}
                disabled={busy !== null}
                onClick={() => void run('test')}
              />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={t('common:save')}
                loading={busy === 'save'}
                disabled={busy !== null}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
