import { Button, Icon, InputGroup, Menu, MenuItem } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_FORMATS, type CaseFile, type DataFormatName } from '../../../../graph-schema/contract';
import { isUploadRef } from '../../../../graph-schema/contract/files';
import { api } from '../../bridge';
import { fileDialogs } from '../../bridge/file-dialogs';
import '../files/files.css';
import { forgetUpload, uploadName, uploadSize } from '../files/held-uploads';
import { takeDroppedFile } from '../files/dropped-file';
import { UploadedFile, UploadStatus, fileSize } from '../files/UploadStatus';
import { useUpload } from '../files/use-upload';
import { Field } from './FieldControls';
import { FORMAT_LABELS } from './formats';

interface FileStepProps {
  path: string;
  format: DataFormatName | null;
  casesDir: string;
  onPath(path: string): void;
  onFormat(format: DataFormatName | null): void;
}

/** What the file input offers first; any file can still be chosen. */
const ACCEPT = '.csv,.tsv,.tab,.txt,.xlsx,.graphml,.gexf,.json,.jsonl,.ndjson,.ijson,.anx';

/**
 * Step 1. The backend reads the file. In a browser the person cannot know the server's
 * folders, so Browse and drop UPLOAD the file and the wizard goes on with the server's
 * reference to it, shown by the file's own name. The desktop app asks the system's Open
 * dialog for a path. A typed path (or a file of the cases folder) works in both.
 */
export function FileStep({ path, format, casesDir, onPath, onFormat }: FileStepProps) {
  const { t } = useTranslation('import');
  const [dragging, setDragging] = useState(false);
  const [files, setFiles] = useState<CaseFile[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const dialogs = fileDialogs();
  const uploaded = isUploadRef(path);

  // Choosing anything else lets the server drop the upload chosen before.
  const choosePath = useCallback(
    (next: string) => {
      if (isUploadRef(path) && next !== path) forgetUpload(path);
      onPath(next);
    },
    [path, onPath],
  );
  const { state, upload, cancel } = useUpload(choosePath);

  useEffect(() => {
    let live = true;
    // A folder that cannot be read just lists nothing: the path field still works.
    api.listImportFiles({}).then(
      (answer) => live && setFiles(answer.files),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  // A file dropped on the chart window opened this wizard: it goes up at once, once.
  const tookDrop = useRef(false);
  useEffect(() => {
    if (tookDrop.current) return;
    tookDrop.current = true;
    const dropped = takeDroppedFile();
    if (dropped) void upload(dropped);
  }, [upload]);

  const browse = async () => {
    if (!dialogs) {
      input.current?.click();
      return;
    }
    const chosen = await dialogs.openFile({ title: t('title') });
    if (chosen) choosePath(chosen);
  };

  const dropped = (list: FileList) => {
    const file = list[0];
    if (!file) return;
    const local = dialogs?.pathOf(file);
    if (local) choosePath(local);
    else void upload(file);
  };

  return (
    <div className="wizard-step">
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="import-drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          dropped(e.dataTransfer.files);
        }}
      >
        <Icon icon="document-open" size={20} aria-hidden />
        <span className="drop-text">{dialogs ? t('file.dropOrChoose') : t('file.dropOrBrowse')}</span>
        <Button size="small" icon="folder-open" text={t('file.browse')} onClick={() => void browse()} />
        <input
          ref={input}
          type="file"
          hidden
          accept={ACCEPT}
          aria-label={t('file.toUpload')}
          data-testid="import-file-input"
          onChange={(e) => {
            if (e.currentTarget.files) dropped(e.currentTarget.files);
            // The same file chosen again must fire again.
            e.currentTarget.value = '';
          }}
        />
      </div>
      <UploadStatus state={state} onCancel={cancel} />
      {uploaded && state.kind !== 'sending' && (
        <UploadedFile
          name={uploadName(path) ?? t('file.uploaded')}
          size={uploadSize(path)}
          onRemove={() => choosePath('')}
        />
      )}
      <div className="field-row wide-left">
        <Field id="import-path" label={dialogs ? t('file.path') : t('file.pathOnServer')}>
          <InputGroup
            id="import-path"
            size="small"
            autoFocus
            placeholder={casesDir ? t('file.placeholderIn', { dir: casesDir }) : t('file.placeholder')}
            // An upload shows by its name above; its server reference is nobody's business.
            value={uploaded ? '' : path}
            onValueChange={choosePath}
          />
        </Field>
        <Field id="import-format" label={t('file.format')}>
          <HTMLSelect
            id="import-format"
            fill
            value={format ?? ''}
            onChange={(e) => onFormat((e.currentTarget.value || null) as DataFormatName | null)}
          >
            <option value="">{t('file.detect')}</option>
            {DATA_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </HTMLSelect>
        </Field>
      </div>
      {files.length > 0 && (
        <div className="import-files">
          <div className="section-title">{t('file.casesFolderFiles')}</div>
          <Menu size="small" aria-label={t('file.casesFolderFiles')}>
            {files.map((f) => (
              <MenuItem
                key={f.path}
                icon="document"
                text={f.name}
                label={fileSize(f.size)}
                active={path === f.name || path === f.path}
                onClick={() => choosePath(f.name)}
              />
            ))}
          </Menu>
        </div>
      )}
      <p className="muted field-note-block">
        {casesDir ? t('file.relativeIn') : t('file.relative')}{' '}
        {casesDir && <span className="mono">{casesDir}</span>}
        <br />
        {t('file.formats')}
      </p>
    </div>
  );
}
