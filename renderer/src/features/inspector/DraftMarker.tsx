import { Tag } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';

/** Says an item holds edits not yet saved: they are kept while the analyst looks elsewhere. */
export function DraftMarker({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation('inspector');
  if (!dirty) return null;
  return (
    <Tag minimal intent="warning" className="draft-marker" title={t('unsavedTip')}>
      {t('unsaved')}
    </Tag>
  );
}
