import { Button, Callout, DialogBody, DialogFooter } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileDialogs } from '../../bridge/file-dialogs';
import { DATA_FORMATS, type DataFormatName } from '../../../../graph-schema/contract';
import { i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAction } from '../../ui/use-action';
import { useAppStore } from '../../stores/app-store';
import {
  defaultExportPath,
  FORMAT_EXTENSIONS,
  withFormatExtension,
  type ExportResult,
} from '../../stores/io-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { downloadsOf, exportTarget, type DestinationMode } from '../files/destination';
import { DownloadList } from '../files/DownloadList';
import { ExportDestination } from '../files/ExportDestination';
import { Field } from '../import/FieldControls';
import { FORMAT_LABELS } from '../import/formats';

/** "3 entities" / 「エンティティ 3 件」. */
const counted = (what: 'entities' | 'links', count: number) =>
  i18n.t(`export:${what}`, { count, formatted: formatNumber(count) });

/** Writes the whole open case to a file in a data format and lists every file written. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation('export');
  const exportCase = useAppStore((s) => s.exportCase);
  const casesDir = useAppStore((s) => s.casesDir);
  const caseName = useAppStore((s) => s.caseInfo?.name ?? 'case');
  const chartItems = useAppStore((s) => Object.keys(s.chart.entities).length);
  const [format, setFormat] = useState<DataFormatName>('json');
  const [chartOnly, setChartOnly] = useState(false);
  const [path, setPath] = useState(() => defaultExportPath(casesDir, caseName, 'json'));
  // A browser downloads by default: it cannot know the server's folders.
  const [mode, setMode] = useState<DestinationMode>(() => (fileDialogs() ? 'path' : 'download'));
  const closeButton = useRef<HTMLButtonElement>(null);
  // The Export button was disabled while it ran; keep the focus in the dialog so Escape still closes it.
  const {
    result,
    error,
    running,
    run: start,
    clearResult,
  } = useAction<ExportResult>(() => closeButton.current?.focus());

  // Browser mode answers downloads (`download:<token>/<name>`), the desktop the paths written.
  const downloads = useMemo(() => (result ? downloadsOf(result.files) : []), [result]);

  const chooseFormat = (next: DataFormatName) => {
    setFormat(next);
    setPath((p) => withFormatExtension(p, next));
    clearResult();
  };

  const run = async () => {
    if (path.trim() === '') return;
    await start(() => exportCase(exportTarget(mode, path), format, chartOnly));
  };

  return (
    <Dialog
      isOpen
      title={t('title')}
      icon="export"
      onClose={onClose}
      className="dense-dialog form-dialog export-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <div className="field-row">
            <Field id="export-scope" label={t('what')}>
              <HTMLSelect
                id="export-scope"
                fill
                value={chartOnly ? 'chart' : 'case'}
                onChange={(e) => {
                  setChartOnly(e.currentTarget.value === 'chart');
                  clearResult();
                }}
              >
                <option value="case">{t('scope.case')}</option>
                <option value="chart" disabled={chartItems === 0}>
                  {t('scope.chart', { count: chartItems, formatted: formatNumber(chartItems) })}
                </option>
              </HTMLSelect>
            </Field>
          </div>
          <div className="field-row">
            <Field id="export-format" label={t('format')}>
              <HTMLSelect
                id="export-format"
                fill
                value={format}
                onChange={(e) => chooseFormat(e.currentTarget.value as DataFormatName)}
              >
                {DATA_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {FORMAT_LABELS[f]}
                  </option>
                ))}
              </HTMLSelect>
            </Field>
            <div className="format-note muted" data-testid="export-format-note">
              {/* One line per format: what the analyst gets, where it opens. */}
              {t(`notes.${format}`)}
            </div>
          </div>
          <ExportDestination
            id="export-path"
            mode={mode}
            path={path}
            filters={[{ name: FORMAT_LABELS[format], extensions: [lastEnding(FORMAT_EXTENSIONS[format])] }]}
            onMode={(next) => {
              setMode(next);
              clearResult();
            }}
            onPath={(next) => {
              setPath(next);
              clearResult();
            }}
          />
          <ErrorCallout error={error} />
          {result && (
            <Callout intent="success" compact role="status" title={t('exported')}>
              <div>
                {t(downloads.length > 0 ? 'downloaded' : 'written', {
                  entities: counted('entities', result.entities),
                  links: counted('links', result.links),
                })}
              </div>
              {downloads.length > 0 ? (
                <DownloadList links={downloads} />
              ) : (
                <ul className="written-files" aria-label={t('filesWritten')}>
                  {result.files.map((f) => (
                    <li key={f} className="mono path-line">
                      {f}
                    </li>
                  ))}
                </ul>
              )}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button ref={closeButton} size="small" text={t('close')} onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                icon="export"
                text={t('export')}
                loading={running}
                disabled={path.trim() === ''}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}

/** The desktop's Save dialog filters on the last ending: `ftm.json` -> `json`. */
function lastEnding(extension: string): string {
  return extension.slice(extension.lastIndexOf('.') + 1);
}
