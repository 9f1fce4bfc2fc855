import { MenuItem } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { isDocument } from '../../../../graph-schema/model/document-source';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { reporting } from '../actions';
import { sourceOfDocument } from './document-source';

/**
 * A Document entity's chart menu: "Use as source" makes (or finds) its source and selects the
 * Document, so the inspector shows the source it stands as. Nothing for other entities.
 */
export function UseAsSourceItem({ id, then }: { id: string; then(action: () => void): () => void }) {
  const { t } = useTranslation('docsource');
  const document = useAppStore((s) => s.chart.entities[id]);
  const blockedBy = useAppStore(readOnlyReason);
  if (!document || !isDocument(document)) return null;
  const use = () =>
    void reporting(t('useAsSource'), async () => {
      const source = await sourceOfDocument(document);
      const store = useAppStore.getState();
      store.setSelection({ entities: [id], links: [] });
      store.notify(t('ready', { title: source.title }), 'success');
    });
  return (
    <MenuItem
      icon="document-share"
      text={t('useAsSource')}
      disabled={blockedBy !== null}
      htmlTitle={blockedBy ?? t('useAsSourceHelp')}
      onClick={then(use)}
    />
  );
}
