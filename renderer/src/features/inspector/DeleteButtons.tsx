import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ChartSelection } from '../../chart/types';
import { GuardedButton } from '../../ui/GuardedButton';
import { deleteFromChart, requestDelete } from '../actions';

/**
 * The inspector's two deletes, as in i2: off the chart (the case keeps the item), or from the
 * case after a confirmation (off while the store is read-only). Rendered inside the actions group.
 */
export function DeleteButtons({ ids, blockedBy }: { ids: ChartSelection; blockedBy: string | null }) {
  const { t } = useTranslation('inspector');
  return (
    <>
      <Button
        icon="remove"
        aria-label={t('deleteFromChart')}
        title={t('deleteFromChartTip')}
        onClick={() => void deleteFromChart(ids)}
      />
      <GuardedButton
        blockedBy={blockedBy}
        icon="trash"
        intent="danger"
        aria-label={t('deleteFromCase')}
        onClick={() => requestDelete(ids)}
      />
    </>
  );
}
