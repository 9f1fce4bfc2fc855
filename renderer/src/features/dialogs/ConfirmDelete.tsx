import { Alert } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSelection } from '../../chart/types';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { deleteItems } from '../actions';
import { ReasonField } from '../history/ReasonField';
import { countedItems } from './counted';

/**
 * "Delete from case…": the one way items leave the case from the chart, so it names how many
 * entities and links go, and that an entity's links go with it (also those not on the chart).
 */
export function ConfirmDelete({ ids, onClose }: { ids: ChartSelection; onClose(): void }) {
  const { t } = useTranslation(['dialogs', 'common']);
  const links = useAppStore((s) => s.chart.links);
  const [reason, setReason] = useState('');
  const entities = new Set(ids.entities);
  const chosen = new Set(ids.links);
  const attached = Object.values(links).filter(
    (l) => !chosen.has(l.id) && (entities.has(l.source) || entities.has(l.target)),
  ).length;
  const many = ids.entities.length > 1 ? 'many' : 'one';
  const goesWith =
    attached > 0
      ? t(`confirmDelete.${many}Attached`, { count: attached, formatted: formatNumber(attached) })
      : t(`confirmDelete.${many}Alone`);
  const confirm = () => {
    onClose();
    void deleteItems(ids, reason);
  };
  return (
    <Alert
      isOpen
      icon="trash"
      intent="danger"
      confirmButtonText={t('confirmDelete.confirm')}
      cancelButtonText={t('common:cancel')}
      canEscapeKeyCancel
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p>
        <strong>
          {t('confirmDelete.title', { what: countedItems(ids.entities.length, ids.links.length) })}
        </strong>
      </p>
      {ids.entities.length > 0 && <p>{goesWith}</p>}
      <p className="muted">{t('confirmDelete.hint')}</p>
      <ReasonField value={reason} onChange={setReason} onEnter={confirm} />
    </Alert>
  );
}
