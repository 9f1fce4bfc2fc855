import { Alert } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { countedItems } from './counted';

interface ConfirmManyToAddProps {
  entities: number;
  links: number;
  answer(add: boolean): void;
  onClose(): void;
}

/**
 * A found result (paths, a connection, common neighbours, pattern matches) that would put more
 * new entities on the chart at once than the hub threshold: the analyst says whether it goes on,
 * as for a hub's expansion, and Escape or Cancel leaves the chart as it was.
 */
export function ConfirmManyToAdd({ entities, links, answer, onClose }: ConfirmManyToAddProps) {
  const { t } = useTranslation(['dialogs', 'common']);
  const threshold = useAppStore((s) => s.hubThreshold);
  const close = (add: boolean) => {
    onClose();
    answer(add);
  };
  return (
    <Alert
      isOpen
      icon="warning-sign"
      intent="primary"
      confirmButtonText={t('manyToAdd.confirm')}
      cancelButtonText={t('common:cancel')}
      canEscapeKeyCancel
      onCancel={() => close(false)}
      onConfirm={() => close(true)}
    >
      <p>
        <strong>{t('manyToAdd.title', { what: countedItems(entities, links) })}</strong>
      </p>
      <p>{t('manyToAdd.body', { threshold: formatNumber(threshold) })}</p>
    </Alert>
  );
}
