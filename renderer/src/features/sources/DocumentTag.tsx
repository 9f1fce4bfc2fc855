import { Tag } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../graph-schema/model/records';
import { documentOfSource } from '../../stores/sources-api';
import { addToChart } from '../actions';

/**
 * Beside a source's title: the Document entity it stands for, selected on the chart on a click;
 * "Document deleted" when the case no longer holds it (the source and its citations stay).
 */
export function DocumentTag({ id }: { id: string }) {
  const { t } = useTranslation('docsource');
  const [document, setDocument] = useState<Entity | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    documentOfSource(id).then(
      (found) => live && setDocument(found ?? null),
      () => live && setDocument(null),
    );
    return () => {
      live = false;
    };
  }, [id]);

  if (document === undefined) return null;
  if (document === null)
    return (
      <Tag minimal className="document-tag" icon="document">
        {t('documentGone')}
      </Tag>
    );
  const label = t('showDocument', { label: document.label });
  return (
    <Tag
      minimal
      interactive
      className="document-tag"
      icon="document"
      title={label}
      aria-label={label}
      onClick={() => void addToChart(document)}
    >
      {t('document')}
    </Tag>
  );
}
