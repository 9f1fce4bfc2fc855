import { NonIdealState } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';

/** An empty chart says how to fill it rather than showing a blank canvas. */
export function EmptyChartHint() {
  const { t } = useTranslation('chart', { keyPrefix: 'empty' });
  const empty = useAppStore((s) => Object.keys(s.chart.entities).length === 0);
  const caseEntities = useAppStore((s) => s.caseInfo?.entityCount ?? 0);
  if (!empty) return null;
  return (
    <div className="chart-hint">
      <NonIdealState
        icon="search"
        title={t('title')}
        description={
          caseEntities > 0
            ? t('search', { count: caseEntities, formatted: formatNumber(caseEntities) })
            : t('create')
        }
      />
    </div>
  );
}
