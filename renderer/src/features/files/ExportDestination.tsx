import { Button, InputGroup, SegmentedControl } from '@blueprintjs/core';
import { fileDialogs, type FileFilter } from '../../bridge/file-dialogs';
import { Field } from '../import/FieldControls';
import { baseName, withName, type DestinationMode } from './destination';
import { useTranslation } from 'react-i18next';

interface ExportDestinationProps {
  /** The path field's id; the file name field adds `-name`. */
  id: string;
  mode: DestinationMode;
  path: string;
  /** What the desktop's save dialog offers, e.g. PDF files. */
  filters: FileFilter[];
  onMode(mode: DestinationMode): void;
  onPath(path: string): void;
}

/**
 * Where an export goes. In a browser the person knows nothing of the server's folders, so the
 * file comes down as the browser's own download, named here; a path on the server stays for
 * power users. The desktop app writes to a path, chosen with the system's Save dialog or typed.
 */
export function ExportDestination({ id, mode, path, filters, onMode, onPath }: ExportDestinationProps) {
  const { t } = useTranslation('files');
  const dialogs = fileDialogs();
  if (dialogs) {
    const choose = async () => {
      const chosen = await dialogs.saveFile({ defaultPath: path, filters });
      if (chosen) onPath(chosen);
    };
    return (
      <Field id={id} label={t('filePath')}>
        <div className="path-with-button">
          <InputGroup id={id} size="small" value={path} onValueChange={onPath} />
          <Button size="small" text={t('choose')} onClick={() => void choose()} />
        </div>
      </Field>
    );
  }
  return (
    <div className="field-row export-destination">
      <Field id={`${id}-mode`} label={t('destination')}>
        <SegmentedControl
          aria-label={t('destination')}
          size="small"
          value={mode}
          options={[
            { label: t('download'), value: 'download' },
            { label: t('serverFolder'), value: 'path' },
          ]}
          onValueChange={(value) => onMode(value as DestinationMode)}
        />
      </Field>
      {mode === 'download' ? (
        <Field id={`${id}-name`} label={t('fileName')}>
          <InputGroup
            id={`${id}-name`}
            size="small"
            value={baseName(path)}
            onValueChange={(name) => onPath(withName(path, name))}
          />
        </Field>
      ) : (
        <Field id={id} label={t('filePath')}>
          <InputGroup id={id} size="small" value={path} onValueChange={onPath} />
        </Field>
      )}
    </div>
  );
}
