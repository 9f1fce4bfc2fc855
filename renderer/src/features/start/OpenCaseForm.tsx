import { Button, FormGroup, InputGroup, Menu, MenuItem } from '@blueprintjs/core';
import { useState } from 'react';
import { useAppStore } from '../../stores/app-store';

export function OpenCaseForm() {
  const [path, setPath] = useState('');
  const files = useAppStore((s) => s.caseFiles);
  const dir = useAppStore((s) => s.casesDir);
  const openCase = useAppStore((s) => s.openCase);
  const busy = useAppStore((s) => s.sessionBusy);

  return (
    <section aria-labelledby="open-case-heading" className="start-section">
      <h3 id="open-case-heading" className="section-title">
        Open case
      </h3>
      {files.length > 0 ? (
        <Menu aria-label="Case files" size="small" className="file-list">
          {files.map((file) => (
            <MenuItem
              key={file.path}
              icon="document"
              text={file.name}
              label={formatSize(file.size)}
              title={file.path}
              onClick={() => void openCase(file.path)}
            />
          ))}
        </Menu>
      ) : (
        <p className="muted">No case files in {dir || 'the cases folder'} yet.</p>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') void openCase(path.trim());
        }}
      >
        <FormGroup label="Case file path" labelFor="open-case-path" className="grow">
          <InputGroup
            id="open-case-path"
            size="small"
            placeholder={dir ? `${dir}/NAME.plexus` : '/path/to/NAME.plexus'}
            value={path}
            onValueChange={setPath}
          />
        </FormGroup>
        <Button type="submit" text="Open" size="small" disabled={busy || path.trim() === ''} />
      </form>
    </section>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
