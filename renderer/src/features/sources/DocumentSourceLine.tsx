import { Button, Tag } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../graph-schema/model/records';
import type { Source } from '../../../../graph-schema/model/sources';
import { toAppError, type AppError } from '../../stores/app-error';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { sourceOfDocument } from './document-source';
import { SourcesDialog } from './SourcesDialog';

/**
 * On a Document entity's evidence: the source it stands as, or "Use as source" to make it one.
 * Opening the source shows it in the Sources dialog, ready to edit.
 */
export function DocumentSourceLine({
  document,
  sources,
  disabled,
  onChanged,
}: {
  document: Entity;
  sources: readonly Source[];
  disabled: boolean;
  onChanged(): Promise<void>;
}) {
  const { t } = useTranslation('docsource');
  const [open, setOpen] = useState<Source | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const source = sources.find((s) => s.documentId === document.id);

  const use = async () => {
    setBusy(true);
    setError(null);
    try {
      await sourceOfDocument(document);
      await onChanged();
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="document-source" role="group" aria-label={t('standsAs')}>
      {source ? (
        <>
          <Tag minimal icon="document" className="document-source-tag">
            {t('standsAs')}
          </Tag>
          <span className="document-source-title">{source.title}</span>
          <Button size="small" variant="minimal" text={t('openSource')} onClick={() => setOpen(source)} />
        </>
      ) : (
        <Button
          size="small"
          icon="document-share"
          text={t('useAsSource')}
          title={t('useAsSourceHelp')}
          loading={busy}
          disabled={disabled}
          onClick={() => void use()}
        />
      )}
      <ErrorCallout error={error} />
      {open && (
        <SourcesDialog
          editSource={open}
          onClose={() => {
            setOpen(null);
            void onChanged();
          }}
        />
      )}
    </div>
  );
}
