import { Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile, PublishResult } from '../../../../graph-schema/contract';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { defaultResolutions, resolutionsFor, type Resolutions } from '../../stores/transfer-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { ConflictTable } from './ConflictTable';
import { PublishSummary } from './PublishSummary';
import './publish.css';

/**
 * Publish a case file into the open store: a dry run first shows what would change and the
 * conflicts; nothing is written until the analyst presses Publish.
 */
export function PublishDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('dialogs');
  // Conflicts name the open store by what it is: a team server, or another case file.
  const target = useAppStore((s) => (s.caseInfo?.store.kind === 'case-file' ? 'caseFile' : 'server'));
  const publishCandidates = useAppStore((s) => s.publishCandidates);
  const dryRunPublish = useAppStore((s) => s.dryRunPublish);
  const publish = useAppStore((s) => s.publish);
  const [files, setFiles] = useState<CaseFile[]>([]);
  const [path, setPath] = useState('');
  const [preview, setPreview] = useState<PublishResult | null>(null);
  const [choices, setChoices] = useState<Resolutions>({});
  const [done, setDone] = useState<PublishResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    // Without the list the path field still works, so a failure only empties the choice.
    publishCandidates().then(setFiles, () => setFiles([]));
  }, [publishCandidates]);

  const choosePath = (next: string) => {
    setPath(next);
    setPreview(null);
    setDone(null);
    setError(null);
  };

  const step = async (action: () => Promise<void>) => {
    setRunning(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
    }
  };

  const dryRun = () =>
    step(async () => {
      const result = await dryRunPublish(path.trim());
      setPreview(result);
      setChoices(defaultResolutions(result.conflicts));
      setDone(null);
    });

  const send = () =>
    step(async () => {
      if (!preview) return;
      setDone(await publish(path.trim(), resolutionsFor(preview.conflicts, choices)));
      setPreview(null);
      // The Publish button goes disabled under the focus; keep it in the dialog so keys still work.
      closeButton.current?.focus();
    });

  const ready = path.trim() !== '';
  return (
    <Dialog
      isOpen
      title={t('publish.title')}
      icon="import"
      onClose={onClose}
      className="dense-dialog form-dialog publish-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) void (preview ? send() : dryRun());
        }}
      >
        <DialogBody>
          <p className="dialog-lead">{t('publish.lead')}</p>
          <div className="field-row">
            <FormGroup label={t('publish.file')} labelFor="publish-file" className="field">
              <HTMLSelect
                id="publish-file"
                fill
                value={files.some((f) => f.path === path) ? path : ''}
                onChange={(e) => choosePath(e.currentTarget.value)}
              >
                <option value="">{files.length > 0 ? t('publish.choose') : t('publish.noFiles')}</option>
                {files.map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.name}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup label={t('publish.path')} labelFor="publish-path" className="field">
              <InputGroup
                id="publish-path"
                size="small"
                placeholder={t('publish.pathPlaceholder')}
                value={path}
                onValueChange={choosePath}
              />
            </FormGroup>
          </div>
          <ErrorCallout error={error} />
          {preview && <PublishSummary result={preview} />}
          {preview && preview.conflicts.length > 0 && (
            <ConflictTable
              conflicts={preview.conflicts}
              target={target}
              choices={choices}
              onChoose={(id, resolution) => setChoices((c) => ({ ...c, [id]: resolution }))}
            />
          )}
          {done && <PublishSummary result={done} />}
          {done && (
            <Callout intent="success" compact role="status" className="publish-done">
              {t('publish.done')}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button ref={closeButton} size="small" text={t('close')} onClick={onClose} />
              <Button
                size="small"
                text={t('publish.dryRun')}
                type={preview ? 'button' : 'submit'}
                intent={preview ? 'none' : 'primary'}
                disabled={!ready}
                loading={running && !preview}
                onClick={preview ? () => void dryRun() : undefined}
              />
              <Button
                size="small"
                type={preview ? 'submit' : 'button'}
                intent="primary"
                text={t('publish.publish')}
                disabled={!preview}
                loading={running && preview !== null}
                title={preview ? undefined : t('publish.dryRunFirst')}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
