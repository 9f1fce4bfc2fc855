import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { toggleAnalysisPanel, useAnalysisPanel } from './panel-state';

/** The toolbar's way into the Analysis panel; pressed while the panel is open. */
export function AnalysisButton() {
  const { t } = useTranslation('analysis');
  const open = useAnalysisPanel((s) => s.open);
  return (
    <Button
      size="small"
      icon="predictive-analysis"
      text={t('button')}
      active={open}
      aria-pressed={open}
      onClick={toggleAnalysisPanel}
    />
  );
}
