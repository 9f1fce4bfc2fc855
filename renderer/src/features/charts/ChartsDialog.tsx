import { Button, Dialog, DialogBody, DialogFooter, HTMLTable, NonIdealState } from '@blueprintjs/core';
import { useEffect, useState } from 'react';
import type { ChartSummary } from '../../../../graph-schema/chart/saved-chart';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { leaveWork } from '../unsaved/unsaved-work';
import { TextPromptDialog } from './TextPromptDialog';

type Pending = { kind: 'rename' | 'duplicate'; chart: ChartSummary } | null;

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** The case's saved charts: open one, rename, duplicate or delete it. */
export function ChartsDialog({ onClose }: { onClose(): void }) {
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
        title={kind === 'rename' ? 'Rename chart' : 'Duplicate chart'}
        icon={kind === 'rename' ? 'edit' : 'duplicate'}
        label="Chart name"
        initial={kind === 'rename' ? chart.name : `${chart.name} (copy)`}
        submitText={kind === 'rename' ? 'Rename' : 'Duplicate'}
        onSubmit={async (name) => {
          if (kind === 'rename') await renameChart(chart.id, name);
          else await duplicateChart(chart.id, name);
        }}
        onClose={() => setPending(null)}
      />
    );
  }

  return (
    <Dialog isOpen title="Charts" icon="folder-open" onClose={onClose} className="dense-dialog charts-dialog">
      <DialogBody>
        {charts.length === 0 ? (
          <NonIdealState
            icon="graph"
            title="No saved charts"
            description="Save the chart on screen with Ctrl+S."
          />
        ) : (
          <HTMLTable compact striped className="charts-table" aria-label="Saved charts">
            <thead>
              <tr>
                <th>Name</th>
                <th className="num">Entities</th>
                <th className="num">Links</th>
                <th>Saved</th>
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
                        void leaveWork(`open “${chart.name}”`, async () => {
                          try {
                            await openSavedChart(chart.id);
                            onClose();
                          } catch (e) {
                            // This dialog may have given way to the unsaved-work one: a toast always shows.
                            reportFailure(`Opening “${chart.name}”`, e);
                          }
                        })
                      }
                    />
                  </td>
                  <td className="num">{chart.entities}</td>
                  <td className="num">{chart.links}</td>
                  <td title={`by ${chart.updatedBy}`}>{when(chart.updatedAt)}</td>
                  <td className="row-actions">
                    {confirmDelete === chart.id ? (
                      <>
                        <Button
                          size="small"
                          intent="danger"
                          text="Delete"
                          onClick={() =>
                            void attempt(() => deleteChart(chart.id)).then(() => setConfirmDelete(null))
                          }
                        />
                        <Button size="small" text="Keep" onClick={() => setConfirmDelete(null)} />
                      </>
                    ) : (
                      <>
                        <Button
                          size="small"
                          variant="minimal"
                          icon="edit"
                          aria-label={`Rename ${chart.name}`}
                          disabled={blockedBy !== null}
                          onClick={() => setPending({ kind: 'rename', chart })}
                        />
                        <Button
                          size="small"
                          variant="minimal"
                          icon="duplicate"
                          aria-label={`Duplicate ${chart.name}`}
                          disabled={blockedBy !== null}
                          onClick={() => setPending({ kind: 'duplicate', chart })}
                        />
                        <Button
                          size="small"
                          variant="minimal"
                          icon="trash"
                          aria-label={`Delete ${chart.name}`}
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
      <DialogFooter actions={<Button size="small" text="Close" onClick={onClose} />} />
    </Dialog>
  );
}
