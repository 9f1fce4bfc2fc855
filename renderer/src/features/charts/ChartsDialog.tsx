import { Button, DialogBody, DialogFooter, HTMLTable, NonIdealState } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartSummary } from '../../../../graph-schema/chart/saved-chart';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { leaveWork } from '../unsaved/unsaved-work';
import { TextPromptDialog } from './TextPromptDialog';

type Pending = { kind: 'rename' | 'duplicate'; chart: ChartSummary } | null;

/** The case's saved charts: open one, rename, duplicate or delete it. */
export function ChartsDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['charts', 'common']);
  const charts = useAppStore((s) => s.charts);
  const openChart = useAppStore((s) => s.openChart);
  const refreshCharts = useAppStore((s) => s.refreshCharts);
  const openSavedChart = useAppStore((s) => s.openSavedChart);
  const renameChart = useAppStore((s) => s.renameChart);
  const duplicateChart = useAppStore((s) => s.duplicateChart);
  const deleteChart = useAppStore((s) => s.deleteChart);
  const reportFailure = useAppStore((s) => s.reportFailure);
  const blockedBy = useAppStore(readOnlyReason);
  const [pending, setPending] = useState<Pending>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    void refreshCharts();
  }, [refreshCharts]);

  const attempt = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(toAppError(e));
    }
  };

  if (pending) {
    const { chart, kind } = pending;
    return (
      <TextPromptDialog
        title={kind === 'rename' ? t('list.renameTitle') : t('list.duplicateTitle')}
        icon={kind === 'rename' ? 'edit' : 'duplicate'}
        label={t('chartName')}
        initial={kind === 'rename' ? chart.name : t('copyName', { name: chart.name })}
        submitText={kind === 'rename' ? t('rename') : t('list.duplicate')}
        onSubmit={async (name) => {
          if (kind === 'rename') await renameChart(chart.id, name);
          else await duplicateChart(chart.id, name);
        }}
        onClose={() => setPending(null)}
      />
    );
  }

  return (
    <Dialog
      isOpen
      title={t('list.title')}
      icon="folder-open"
      onClose={onClose}
      className="dense-dialog charts-dialog"
    >
      <DialogBody>
        {charts.length === 0 ? (
          <NonIdealState icon="graph" title={t('list.emptyTitle')} description={t('list.emptyHint')} />
        ) : (
          <HTMLTable compact striped className="charts-table" aria-label={t('list.table')}>
            <thead>
              <tr>
                <th>{t('list.name')}</th>
                <th className="num">{t('list.entities')}</th>
                <th className="num">{t('list.links')}</th>
                <th>{t('list.saved')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {charts.map((chart) => (
                <tr key={chart.id} aria-current={openChart?.id === chart.id ? 'true' : undefined}>
                  <td>
                    <Button
                      variant="minimal"
                      size="small"
                      text={chart.name}
                      onClick={() =>
                        void leaveWork(t('list.openAction', { name: chart.name }), async () => {
                          try {
                            await openSavedChart(chart.id);
                            onClose();
                          } catch (e) {
                            // This dialog may have given way to the unsaved-work one: a toast always shows.
                            reportFailure(t('list.opening', { name: chart.name }), e);
                          }
                        })
                      }
                    />
                  </td>
                  <td className="num">{formatNumber(chart.entities)}</td>
                  <td className="num">{formatNumber(chart.links)}</td>
                  <td title={t('list.by', { name: chart.updatedBy })}>{formatDateTime(chart.updatedAt)}</td>
                  <td className="row-actions">
                    {confirmDelete === chart.id ? (
                      <>
                        <Button
                          size="small"
                          intent="danger"
                          text={t('common:delete')}
                          onClick={() =>
                            void attempt(() => deleteChart(chart.id)).then(() => setConfirmDelete(null))
                          }
                        />
                        <Button size="small" text={t('list.keep')} onClick={() => setConfirmDelete(null)} />
                      </>
                    ) : (
                      <>
                        <Button
                          size="small"
                          variant="minimal"
                          icon="edit"
                          aria-label={t('list.renameOne', { name: chart.name })}
                          disabled={blockedBy !== null}
                          onClick={() => setPending({ kind: 'rename', chart })}
                        />
                        <Button
                          size="small"
                          variant="minimal"
                          icon="duplicate"
                          aria-label={t('list.duplicateOne', { name: chart.name })}
                          disabled={blockedBy !== null}
                          onClick={() => setPending({ kind: 'duplicate', chart })}
                        />
                        <Button
                          size="small"
                          variant="minimal"
                          icon="trash"
                          aria-label={t('list.deleteOne', { name: chart.name })}
                          disabled={blockedBy !== null}
                          onClick={() => setConfirmDelete(chart.id)}
                        />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </HTMLTable>
        )}
        <ErrorCallout error={error} />
      </DialogBody>
      <DialogFooter actions={<Button size="small" text={t('close')} onClick={onClose} />} />
    </Dialog>
  );
}
