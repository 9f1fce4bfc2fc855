import { Button, Checkbox, Dialog, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import type { ConnectionTest, SavedConnection } from '../../../../graph-schema/contract';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { draftErrors, draftFrom, saveRequest, type ConnectionDraft } from './connection-draft';
import { ConnectionTestResult } from './ConnectionTestResult';
import { PasswordNote } from './PasswordNote';

const URI_HINT = 'neo4j://, neo4j+s://, bolt://, bolt+s:// or bolt+ssc:// — e.g. neo4j://graph.local:7687';

interface ConnectionDialogProps {
  /** The connection to change, or null for a new one. */
  existing: SavedConnection | null;
  onClose(): void;
}

/** Add or change a Neo4j connection, and try it before saving. */
export function ConnectionDialog({ existing, onClose }: ConnectionDialogProps) {
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
      title={existing ? `Edit connection “${existing.name}”` : 'New connection'}
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
          {field('name', 'Name', { hint: 'What the team calls it, e.g. Team graph' })}
          {field('uri', 'Server address (URI)', { hint: URI_HINT })}
          <div className="field-row">
            {field('database', 'Database')}
            {field('user', 'User')}
          </div>
          {field('password', 'Password', {
            type: 'password',
            hint: existing?.hasPassword ? 'Leave empty to keep the saved password.' : undefined,
          })}
          <PasswordNote />
          <Checkbox
            checked={draft.readOnly}
            label="Read-only"
            onChange={(e) => change({ readOnly: e.currentTarget.checked })}
          >
            <span className="muted"> — supervisors browse without write rights</span>
          </Checkbox>
          <ErrorCallout error={Object.keys(remote).length > 0 ? null : error} />
          {test && <ConnectionTestResult test={test} />}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text="Cancel" onClick={onClose} />
              <Button
                size="small"
                icon="data-connection"
                text="Test connection"
                loading={busy === 'test'}
                disabled={busy !== null}
                onClick={() => void run('test')}
              />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text="Save"
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
