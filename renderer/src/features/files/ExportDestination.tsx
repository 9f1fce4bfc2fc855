import { Button, InputGroup, SegmentedControl } from '@blueprintjs/core';
import { fileDialogs, type FileFilter } from '../../bridge/file-dialogs';
import { Field } from '../import/FieldControls';
import { baseName, withName, type DestinationMode } from './destination';

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
  const dialogs = fileDialogs();
  if (dialogs) {
    const choose = async () => {
      const chosen = await dialogs.saveFile({ defaultPath: path, filters });
      if (chosen) onPath(chosen);
    };
    return (
      <Field id={id} label="File path">
        <div className="path-with-button">
          <InputGroup id={id} size="small" value={path} onValueChange={onPath} />
          <Button size="small" text="Choose…" onClick={() => void choose()} />
        </div>
      </Field>
    );
  }
  return (
    <div className="field-row export-destination">
      <Field id={`${id}-mode`} label="Destination">
        <SegmentedControl
          aria-label="Destination"
          size="small"
          value={mode}
          options={[
            { label: 'Download', value: 'download' },
            { label: 'Folder on the server', value: 'path' },
          ]}
          onValueChange={(value) => onMode(value as DestinationMode)}
        />
      </Field>
      {mode === 'download' ? (
        <Field id={`${id}-name`} label="File name">
          <InputGroup
            id={`${id}-name`}
            size="small"
            value={baseName(path)}
            onValueChange={(name) => onPath(withName(path, name))}
          />
        </Field>
      ) : (
        <Field id={id} label="File path">
          <InputGroup id={id} size="small" value={path} onValueChange={onPath} />
        </Field>
      )}
    </div>
  );
}
