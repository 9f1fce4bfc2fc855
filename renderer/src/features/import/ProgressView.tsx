import { Button, ProgressBar } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../../../graph-schema/contract';
import { formatNumber } from '../../i18n/format';

interface ProgressViewProps {
  progress: ImportProgress | null;
  /** Rows the dry run read: the whole file, so the bar can show a fraction. */
  total: number | null;
  title: string;
  cancelling: boolean;
  onCancel(): void;
}

/** A running dry run or import: how far, how fast, and a way to stop it. */
export function ProgressView({ progress, total, title, cancelling, onCancel }: ProgressViewProps) {
  const { t } = useTranslation('import', { keyPrefix: 'progress' });
  const rows = progress?.rowsRead ?? 0;
  const fraction = total && total > 0 ? Math.min(rows / total, 1) : undefined;
  return (
    <section className="progress-view" aria-label={title}>
      <h4 className="section-title">{title}</h4>
      <ProgressBar
        intent="primary"
        value={fraction}
        animate
        stripes={fraction === undefined}
        aria-label={t('bar', { title })}
      />
      <div className="progress-facts" role="status">
        <span data-testid="progress-rows">
          {total
            ? t('rowsOf', { rows: formatNumber(rows), total: formatNumber(total) })
            : t('rows', { rows: formatNumber(rows) })}
        </span>
        <span data-testid="progress-rate">
          {t('rate', { rate: formatNumber(Math.round(progress?.rowsPerSecond ?? 0)) })}
        </span>
        <span className="muted">{t(`phase.${progress?.phase ?? 'idle'}`)}</span>
        <span className="spacer" />
        <Button size="small" icon="stop" text={t('cancel')} loading={cancelling} onClick={onCancel} />
      </div>
      <p className="muted">{t('note')}</p>
    </section>
  );
}
