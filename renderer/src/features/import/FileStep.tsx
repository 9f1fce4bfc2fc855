import { HTMLSelect, Icon, InputGroup, Menu, MenuItem } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { DATA_FORMATS, type CaseFile, type DataFormatName } from '../../../../graph-schema/contract';
import { api } from '../../bridge';
import { Field } from './FieldControls';
import { FORMAT_LABELS } from './formats';

interface FileStepProps {
  path: string;
  format: DataFormatName | null;
  casesDir: string;
  onPath(path: string): void;
  onFormat(format: DataFormatName | null): void;
}

/**
 * Step 1. The backend reads the file, so what counts is a path it can see: a dropped file
 * gives its name, read from the cases folder (a browser never tells a page the full path).
 */
export function FileStep({ path, format, casesDir, onPath, onFormat }: FileStepProps) {
  const [dragging, setDragging] = useState(false);
  const [files, setFiles] = useState<CaseFile[]>([]);
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
  return (
    <div className="wizard-step">
      <div className="field-row wide-left">
        <Field id="import-path" label="File path">
          <InputGroup
            id="import-path"
            size="small"
            autoFocus
            placeholder={casesDir ? `${casesDir}/people.csv` : '/path/to/people.csv'}
            value={path}
            onValueChange={onPath}
          />
        </Field>
        <Field id="import-format" label="Format">
          <HTMLSelect
            id="import-format"
            fill
            value={format ?? ''}
            onChange={(e) => onFormat((e.currentTarget.value || null) as DataFormatName | null)}
          >
            <option value="">Detect from the file</option>
            {DATA_FORMATS.map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </HTMLSelect>
        </Field>
      </div>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          const file = e.dataTransfer.files[0];
          if (file) onPath(file.name);
        }}
      >
        <Icon icon="document-open" size={20} aria-hidden />
        <span>Drop a file here to use its name, or type its path above.</span>
      </div>
      {files.length > 0 && (
        <div className="import-files">
          <div className="section-title">Data files in the cases folder</div>
          <Menu size="small" aria-label="Data files in the cases folder">
            {files.map((f) => (
              <MenuItem
                key={f.path}
                icon="document"
                text={f.name}
                label={kilobytes(f.size)}
                active={path === f.name || path === f.path}
                onClick={() => onPath(f.name)}
              />
            ))}
          </Menu>
        </div>
      )}
      <p className="muted field-note-block">
        A bare name or a relative path is read from the cases folder{casesDir ? ':' : '.'}{' '}
        {casesDir && <span className="mono">{casesDir}</span>}
        <br />
        CSV, TSV, Excel, GraphML, GEXF, FollowTheMoney, i2 ANX, STIX 2.1 and Plexus JSON are read. Nothing is
        written until the last step.
      </p>
    </div>
  );
}

function kilobytes(size: number): string {
  return size < 1024 ? `${size} B` : `${Math.round(size / 1024).toLocaleString()} KB`;
}
