import { Button, Callout, Checkbox, DialogBody, DialogFooter, SegmentedControl } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useMemo, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PageSize, type ExportHeader } from '../../../../graph-schema/chart/scene';
import { pageBanner } from '../../../../graph-schema/chart/banner';
import { levelFor, markingScheme } from '../../../../graph-schema/model/marking-schemes';
import { useAction } from '../../ui/use-action';
import { currentLanguage } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { useAppStore } from '../../stores/app-store';
import { fileStem, joinPath } from '../../stores/io-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { scenePng } from '../chart-export/png';
import { fileDialogs } from '../../bridge/file-dialogs';
import { downloadsOf, exportTarget, type DestinationMode } from '../files/destination';
import { DownloadList } from '../files/DownloadList';
import { ExportDestination } from '../files/ExportDestination';
import { Field } from '../import/FieldControls';
import { ChoiceField, TextField } from './ExportFields';
import { MarkingFields } from './MarkingFields';
import { briefingDate, currentScene } from './current-scene';

type Format = 'pdf' | 'svg' | 'png';

function withExtension(path: string, format: Format): string {
  const stem = path.replace(/\.(pdf|svg|png)$/i, '');
  return `${stem}.${format}`;
}

const ORIENTATIONS = ['landscape', 'portrait'] as const;
const PAGES_ACROSS = [1, 2, 3, 4] as const;
const SCALES = [
  [1, '1x'],
  [2, '2x'],
  [3, '3x'],
  [4, '4x'],
] as const;
const BACKGROUNDS = ['white', 'transparent'] as const;

interface Written {
  path: string;
  bytes: number;
  pages: number;
}

/** Exports the chart on screen for a briefing: PDF, SVG or PNG, marked and titled. */
export function ChartExportDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['chartExport', 'sources']);
  const casesDir = useAppStore((s) => s.casesDir);
  const caseName = useAppStore((s) => s.caseInfo?.name ?? '');
  const chartName = useAppStore((s) => s.openChart?.name ?? '');
  const caseMarking = useAppStore((s) => s.caseMarking);
  const setCaseMarking = useAppStore((s) => s.setCaseMarking);
  const exportChart = useAppStore((s) => s.exportChart);
  const [format, setFormat] = useState<Format>('pdf');
  const [path, setPath] = useState(() =>
    joinPath(casesDir, `${fileStem(chartName || caseName, 'chart')}.pdf`),
  );
  // A browser downloads by default: it cannot know the server's folders.
  const [mode, setMode] = useState<DestinationMode>(() => (fileDialogs() ? 'path' : 'download'));
  const [header, setHeader] = useState<ExportHeader>(() => ({
    title: chartName || caseName || t('defaultTitle'),
    subtitle: chartName ? caseName : '',
    author: '',
    date: briefingDate(),
    caseMarking: caseMarking.level,
    markingScheme: caseMarking.scheme,
    caveats: caseMarking.caveats,
    legend: true,
    language: currentLanguage(),
  }));
  const [pageSize, setPageSize] = useState<PageSize>('A4');
  const [orientation, setOrientation] = useState<'portrait' | 'landscape'>('landscape');
  /** Pages across: 1 fits the chart on one page, more tiles it. */
  const [across, setAcross] = useState(1);
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [outlines, setOutlines] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const {
    result,
    error,
    running,
    run: start,
    clearResult,
  } = useAction<Written>(() => closeButton.current?.focus());
  // The chart cannot change while this modal dialog is open: build its scene once, not per
  // keystroke; again only when the grades on links are switched.
  const [gradesOnLinks, setGradesOnLinks] = useState(false);
  const scene = useMemo(() => currentScene(undefined, { gradesOnLinks }), [gradesOnLinks]);
  const banner = pageBanner(scene, header);
  const higher = banner.code !== levelFor(markingScheme(header.markingScheme), header.caseMarking).id;

  const edit = (patch: Partial<ExportHeader>) => {
    setHeader((h) => ({ ...h, ...patch }));
    clearResult();
  };

  const run = async () => {
    if (path.trim() === '') return;
    await start(async () => {
      const marking = { scheme: header.markingScheme, level: header.caseMarking, caveats: header.caveats };
      if (JSON.stringify(marking) !== JSON.stringify(caseMarking)) await setCaseMarking(marking);
      const output =
        format === 'pdf'
          ? { format, pageSize, orientation, tile: across > 1, tilesAcross: across }
          : format === 'svg'
            ? { format, textAsOutlines: outlines }
            : { format, data: toBase64(await scenePng(scene, header, { scale, background })) };
      return exportChart({ path: exportTarget(mode, path), scene, header, output });
    });
  };

  return (
    <Dialog
      isOpen
      title={t('title')}
      icon="export"
      onClose={onClose}
      className="dense-dialog form-dialog chart-export-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <div className="field-row">
            <Field id="chart-export-format" label={t('format')}>
              <SegmentedControl
                aria-label={t('formatAria')}
                size="small"
                value={format}
                options={[
                  { label: 'PDF', value: 'pdf' },
                  { label: 'SVG', value: 'svg' },
                  { label: 'PNG', value: 'png' },
                ]}
                onValueChange={(value) => {
                  const next = value as Format;
                  setFormat(next);
                  setPath((p) => withExtension(p, next));
                  clearResult();
                }}
              />
            </Field>
            <div className="format-note muted">
              {format === 'svg' && outlines ? t('note.outlines') : t(`note.${format}`)}
            </div>
          </div>
          <div className="field-row">
            <TextField
              id="chart-export-title"
              label={t('header.title')}
              value={header.title}
              onChange={(title) => edit({ title })}
            />
            <TextField
              id="chart-export-subtitle"
              label={t('header.subtitle')}
              value={header.subtitle}
              onChange={(subtitle) => edit({ subtitle })}
            />
          </div>
          <div className="field-row">
            <TextField
              id="chart-export-author"
              label={t('header.author')}
              value={header.author}
              onChange={(author) => edit({ author })}
            />
            <TextField
              id="chart-export-date"
              label={t('header.date')}
              value={header.date}
              onChange={(date) => edit({ date })}
            />
          </div>
          <MarkingFields value={header} onChange={edit} />
          <div className="format-note" data-testid="banner-preview">
            <Trans
              t={t}
              i18nKey="banner"
              values={{ banner: banner.text }}
              components={[<strong key="banner" />]}
            />
            {higher && <span className="muted">{t('bannerHigher')}</span>}
          </div>
          <Checkbox
            label={t('legend')}
            checked={header.legend}
            onChange={(e) => edit({ legend: e.currentTarget.checked })}
          />
          <Checkbox
            label={t('sources:printGrades')}
            checked={gradesOnLinks}
            onChange={(e) => {
              setGradesOnLinks(e.currentTarget.checked);
              clearResult();
            }}
          />
          {format === 'pdf' && (
            <div className="field-row">
              <ChoiceField
                id="chart-export-page"
                label={t('pdf.page')}
                value={pageSize}
                options={PageSize.options.map((p) => [p, p] as const)}
                onChange={setPageSize}
              />
              <ChoiceField
                id="chart-export-orientation"
                label={t('pdf.orientation')}
                value={orientation}
                options={ORIENTATIONS.map((o) => [o, t(`pdf.${o}`)] as const)}
                onChange={setOrientation}
              />
              <ChoiceField
                id="chart-export-tiles"
                label={t('pdf.across')}
                value={across}
                options={PAGES_ACROSS.map(
                  (n) => [n, t(n === 1 ? 'pdf.fitOne' : 'pdf.tiled', { n })] as const,
                )}
                onChange={setAcross}
              />
            </div>
          )}
          {format === 'svg' && (
            <Checkbox
              label={t('svg.outlines')}
              checked={outlines}
              onChange={(e) => {
                setOutlines(e.currentTarget.checked);
                clearResult();
              }}
            />
          )}
          {format === 'png' && (
            <div className="field-row">
              <ChoiceField
                id="chart-export-scale"
                label={t('png.scale')}
                value={scale}
                options={SCALES}
                onChange={setScale}
              />
              <ChoiceField
                id="chart-export-background"
                label={t('png.background')}
                value={background}
                options={BACKGROUNDS.map((b) => [b, t(`png.${b}`)] as const)}
                onChange={setBackground}
              />
            </div>
          )}
          <ExportDestination
            id="chart-export-path"
            mode={mode}
            path={path}
            filters={[{ name: t('files', { format: format.toUpperCase() }), extensions: [format] }]}
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
            <Callout intent="success" compact role="status" title={t('done')}>
              {downloadsOf([result.path]).length > 0 ? (
                <DownloadList links={downloadsOf([result.path])} />
              ) : (
                <span className="mono path-line">{result.path}</span>
              )}
              <div>
                {result.pages > 1
                  ? t('writtenPages', {
                      kb: formatNumber(Math.round(result.bytes / 1024)),
                      count: result.pages,
                    })
                  : t('written', { kb: formatNumber(Math.round(result.bytes / 1024)) })}
              </div>
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
                disabled={path.trim() === '' || scene.nodes.length === 0}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}
