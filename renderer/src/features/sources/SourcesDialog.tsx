import {
  Button,
  Checkbox,
  DialogBody,
  DialogFooter,
  FileInput,
  HTMLTable,
  InputGroup,
} from '@blueprintjs/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPartialDate } from '../../../../graph-schema/model/partial-date';
import type { Source } from '../../../../graph-schema/model/sources';
import { createSource, deleteSource, listSources, updateSource } from '../../stores/sources-api';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { Dialog } from '../../ui/Dialog';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { useAction } from '../../ui/use-action';
import { Field } from '../import/FieldControls';
import { fingerprint } from './file-fingerprint';
import { DocumentTag } from './DocumentTag';

/**
 * The case's sources, and a form to add one: title, origin, date of the information and an
 * optional file, fingerprinted with SHA-256 and kept inside the case when asked. A row's edit
 * button loads the source into the same form (its file never changes: evidence stays what was
 * cited). Closing answers the id of the source just made, so the citation form can pick it.
 */
export function SourcesDialog({
  onClose,
  editSource,
}: {
  onClose: (created?: string) => void;
  /** Opens with this source loaded in the form (a Document's "Open source"). */
  editSource?: Source;
}) {
  const { t } = useTranslation('sources');
  const blockedBy = useAppStore(readOnlyReason);
  const [sources, setSources] = useState<Source[]>([]);
  const [title, setTitle] = useState(editSource?.title ?? '');
  const [origin, setOrigin] = useState(editSource?.origin ?? '');
  const [date, setDate] = useState(editSource?.informationDate ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [keep, setKeep] = useState(false);
  const [created, setCreated] = useState<string | undefined>();
  const [editing, setEditing] = useState<Source | null>(editSource ?? null);
  const titleInput = useRef<HTMLInputElement>(null);
  const action = useAction<unknown>();

  const reload = async () => setSources(await listSources());
  useEffect(() => {
    void action.run(reload);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  const dateIssue = date !== '' && !isPartialDate(date) ? t('dateIssue') : undefined;
  const clearForm = () => {
    setEditing(null);
    setTitle('');
    setOrigin('');
    setDate('');
    setFile(null);
    setKeep(false);
  };
  const edit = (source: Source) => {
    setEditing(source);
    setTitle(source.title);
    setOrigin(source.origin);
    setDate(source.informationDate ?? '');
    setFile(null);
    setKeep(false);
    titleInput.current?.focus();
  };
  const save = () =>
    action.run(async () => {
      if (!editing) return;
      await updateSource({
        id: editing.id,
        patch: { title: title.trim(), origin: origin.trim(), informationDate: date === '' ? null : date },
      });
      clearForm();
      await reload();
    });
  const create = () =>
    action.run(async () => {
      const source = await createSource({
        source: {
          title: title.trim(),
          origin: origin.trim(),
          informationDate: date === '' ? null : date,
          file: file ? await fingerprint(file, keep) : null,
        },
      });
      setCreated(source.id);
      clearForm();
      await reload();
    });

  return (
    <Dialog
      isOpen
      title={t('sources')}
      icon="document"
      onClose={() => onClose(created)}
      className="dense-dialog form-dialog sources-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim() !== '' && !dateIssue) void (editing ? save() : create());
        }}
      >
        <DialogBody>
          <div className="field-row">
            <Field id="source-title" label={t('title')}>
              <InputGroup
                id="source-title"
                inputRef={titleInput}
                autoFocus
                size="small"
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id="source-origin" label={t('origin')}>
              <InputGroup
                id="source-origin"
                size="small"
                placeholder={t('originPlaceholder')}
                value={origin}
                onChange={(e) => setOrigin(e.currentTarget.value)}
              />
            </Field>
            <Field id="source-date" label={t('date')} issue={dateIssue}>
              <InputGroup
                id="source-date"
                size="small"
                placeholder={t('datePlaceholder')}
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id="source-file" label={t('file')}>
              <FileInput
                fill
                small
                disabled={editing !== null}
                text={editing?.file?.name ?? file?.name ?? t('noFile')}
                buttonText={t('chooseFile')}
                inputProps={{ id: 'source-file', 'aria-label': t('file') }}
                onInputChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
              />
            </Field>
          </div>
          <Checkbox
            checked={keep}
            disabled={file === null || editing !== null}
            label={t('keep')}
            onChange={(e) => setKeep(e.currentTarget.checked)}
          />
          <ErrorCallout error={action.error} />
          <HTMLTable compact striped className="sources-table" aria-label={t('list')}>
            <thead>
              <tr>
                <th>{t('title')}</th>
                <th>{t('origin')}</th>
                <th>{t('date')}</th>
                <th>{t('file')}</th>
                <th aria-label={t('actions')} />
              </tr>
            </thead>
            <tbody>
              {sources.length === 0 && (
                <tr>
                  <td colSpan={5} className="muted">
                    {t('noSources')}
                  </td>
                </tr>
              )}
              {sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    {s.title}
                    {s.documentId !== null && <DocumentTag id={s.documentId} />}
                  </td>
                  <td>{s.origin}</td>
                  <td className="mono">{s.informationDate ?? ''}</td>
                  <td>
                    {s.file && (
                      <span title={`SHA-256 ${s.file.sha256}`}>
                        {s.file.name} <span className="mono muted">{s.file.sha256.slice(0, 12)}</span>{' '}
                        <span className="muted">
                          {t(s.file.stored ? 'kept' : 'fingerprintOnly', { size: formatNumber(s.file.size) })}
                        </span>
                      </span>
                    )}
                  </td>
                  <td>
                    <Button
                      size="small"
                      variant="minimal"
                      icon="edit"
                      aria-label={t('edit', { title: s.title })}
                      disabled={blockedBy !== null || action.running}
                      onClick={() => edit(s)}
                    />
                    <Button
                      size="small"
                      variant="minimal"
                      icon="trash"
                      aria-label={t('delete', { title: s.title })}
                      disabled={blockedBy !== null || action.running}
                      onClick={() =>
                        void action.run(async () => {
                          await deleteSource(s.id);
                          await reload();
                        })
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </HTMLTable>
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('close')} onClick={() => onClose(created)} />
              {editing && <Button size="small" text={t('cancelEdit')} onClick={clearForm} />}
              <Button
                size="small"
                type="submit"
                intent="primary"
                icon={editing ? 'tick' : 'add'}
                text={editing ? t('save') : t('add')}
                loading={action.running}
                disabled={blockedBy !== null || title.trim() === '' || dateIssue !== undefined}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
