import { Button, DialogBody, DialogFooter } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluateStyle } from '../../../../graph-schema/chart/style-rules';
import { useAppStore } from '../../stores/app-store';
import { currentLanguage } from '../../i18n';
import { useSchema } from '../../i18n/schema-words';
import { Legend } from '../chart-style/Legend';
import { StylePanel } from '../chart-style/StylePanel';

/**
 * The chart's style rules, applied as they are edited (each change is one undo step), with
 * the legend they produce beside them: the same legend every export prints.
 */
export function ChartStyleDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('charts');
  const schema = useSchema();
  const style = useAppStore((s) => s.view.style);
  const chart = useAppStore((s) => s.chart);
  const setChartStyle = useAppStore((s) => s.setChartStyle);
  const legend = useMemo(
    () =>
      schema
        ? evaluateStyle({
            schema,
            style,
            entities: Object.values(chart.entities),
            links: Object.values(chart.links),
            language: currentLanguage(),
          }).legend
        : [],
    [schema, style, chart],
  );
  if (!schema) return null;

  return (
    <Dialog
      isOpen
      title={t('style.title')}
      icon="style"
      onClose={onClose}
      backdropClassName="clear-backdrop"
      className="dense-dialog chart-style-dialog"
    >
      <DialogBody>
        <div className="style-layout">
          <StylePanel value={style} schema={schema} onChange={(next) => void setChartStyle(next)} />
          <section className="style-legend" aria-label={t('style.legend')}>
            <h4 className="section-title">{t('style.legend')}</h4>
            <Legend items={legend} />
          </section>
        </div>
      </DialogBody>
      <DialogFooter actions={<Button size="small" text={t('close')} onClick={onClose} />} />
    </Dialog>
  );
}
