import { Button, FormGroup, InputGroup, Menu, MenuItem } from '@blueprintjs/core';
import { useState } from 'react';
import { useAppStore } from '../../stores/app-store';
import { useTranslation } from 'react-i18next';
import { fileSize } from '../files/UploadStatus';
import { openCaseAsking } from '../crypt/crypt-state';

export function OpenCaseForm() {
  const { t } = useTranslation(['start', 'common']);
  const [path, setPath] = useState('');
  const files = useAppStore((s) => s.caseFiles);
  const dir = useAppStore((s) => s.casesDir);
  const busy = useAppStore((s) => s.sessionBusy);

  return (
    <section aria-labelledby="open-case-heading" className="start-section">
      <h3 id="open-case-heading" className="section-title">
        {t('openCase.heading')}
      </h3>
      {files.length > 0 ? (
        <Menu aria-label={t('openCase.files')} size="small" className="file-list">
          {files.map((file) => (
            <MenuItem
              key={file.path}
              icon={file.encrypted ? 'lock' : 'document'}
              text={file.name}
              label={fileSize(file.size)}
              title={file.path}
              onClick={() => void openCaseAsking(file.path)}
            />
          ))}
        </Menu>
      ) : (
        <p className="muted">{t('openCase.none', { dir: dir || t('openCase.casesFolder') })}</p>
      )}
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (path.trim() !== '') void openCaseAsking(path.trim());
        }}
      >
        <FormGroup label={t('openCase.path')} labelFor="open-case-path" className="grow">
          <InputGroup
            id="open-case-path"
            size="small"
            placeholder={dir ? t('openCase.placeholderIn', { dir }) : t('openCase.placeholder')}
            value={path}
            onValueChange={setPath}
          />
        </FormGroup>
        <Button type="submit" text={t('common:open')} size="small" disabled={busy || path.trim() === ''} />
      </form>
    </section>
  );
}
