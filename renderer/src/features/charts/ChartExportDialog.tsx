import {
  Button,
  Callout,
  Checkbox,
  Dialog,
  DialogBody,
  DialogFooter,
  SegmentedControl,
} from '@blueprintjs/core';
import { useMemo, useRef, useState } from 'react';
import { PageSize, type ExportHeader } from '../../../../graph-schema/chart/scene';
import { CLASSIFICATIONS, highestClassification } from '../../../../graph-schema/model/grading';
import { useAction } from '../../ui/use-action';
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
import { briefingDate, currentScene } from './current-scene';

type Format = 'pdf' | 'svg' | 'png';

const FORMAT_NOTES: Record<Format, string> = {
  pdf: 'Vector pages with banners, title block and legend; text stays searchable.',
  svg: 'One vector drawing carrying its fonts: text stays text and edits cleanly in Illustrator or Inkscape.',
  png: 'A picture for slides, 1x to 4x the chart’s size.',
};

const OUTLINES_NOTE =
  'Text drawn as shapes: looks the same in any program without its fonts, but cannot be edited or searched.';

function withExtension(path: string, format: Format): string {
  const stem = path.replace(/\.(pdf|svg|png)$/i, '');
  return `${stem}.${format}`;
}

const ORIENTATIONS = [
  ['landscape', 'Landscape'],
  ['portrait', 'Portrait'],
] as const;
const PAGES_ACROSS = [
  [1, '1 (fit to one page)'],
  [2, '2 (tiled, with overlap marks)'],
  [3, '3 (tiled, with overlap marks)'],
  [4, '4 (tiled, with overlap marks)'],
] as const;
const SCALES = [
  [1, '1x'],
  [2, '2x'],
  [3, '3x'],
  [4, '4x'],
] as const;
const BACKGROUNDS = [
  ['white', 'White'],
  ['transparent', 'Transparent'],
] as const;

interface Written {
  path: string;
  bytes: number;
  pages: number;
}

/** Exports the chart on screen for a briefing: PDF, SVG or PNG, marked and titled. */
export function ChartExportDialog({ onClose }: { onClose(): void }) {
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
    title: chartName || caseName || 'Link chart',
    subtitle: chartName ? caseName : '',
    author: '',
    date: briefingDate(),
    caseMarking,
    legend: true,
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
  // The chart cannot change while this modal dialog is open: build its scene once, not per keystroke.
  const scene = useMemo(() => currentScene(), []);
  const banner = highestClassification([scene.marking, header.caseMarking]);

  const edit = (patch: Partial<ExportHeader>) => {
    setHeader((h) => ({ ...h, ...patch }));
    clearResult();
  };

  const run = async () => {
    if (path.trim() === '') return;
    await start(async () => {
      if (header.caseMarking !== caseMarking) await setCaseMarking(header.caseMarking);
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
      title="Export chart"
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
            <Field id="chart-export-format" label="Format">
              <SegmentedControl
                aria-label="Export format"
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
              {format === 'svg' && outlines ? OUTLINES_NOTE : FORMAT_NOTES[format]}
            </div>
          </div>
          <div className="field-row">
            <TextField
              id="chart-export-title"
              label="Title"
              value={header.title}
              onChange={(title) => edit({ title })}
            />
            <TextField
              id="chart-export-subtitle"
              label="Subtitle"
              value={header.subtitle}
              onChange={(subtitle) => edit({ subtitle })}
            />
          </div>
          <div className="field-row">
            <TextField
              id="chart-export-author"
              label="Author"
              value={header.author}
              onChange={(author) => edit({ author })}
            />
            <TextField
              id="chart-export-date"
              label="Date"
              value={header.date}
              onChange={(date) => edit({ date })}
            />
          </div>
          <div className="field-row">
            <ChoiceField
              id="chart-export-marking"
              label="Case marking"
              value={header.caseMarking}
              options={CLASSIFICATIONS.map((c) => [c, c] as const)}
              onChange={(caseMarking) => edit({ caseMarking })}
            />
            <div className="format-note" data-testid="banner-preview">
              Banner: <strong>{banner}</strong>
              {banner !== header.caseMarking && (
                <span className="muted"> (an item on the chart is marked higher)</span>
              )}
            </div>
          </div>
          <Checkbox
            label="Legend"
            checked={header.legend}
            onChange={(e) => edit({ legend: e.currentTarget.checked })}
          />
          {format === 'pdf' && (
            <div className="field-row">
              <ChoiceField
                id="chart-export-page"
                label="Page"
                value={pageSize}
                options={PageSize.options.map((p) => [p, p] as const)}
                onChange={setPageSize}
              />
              <ChoiceField
                id="chart-export-orientation"
                label="Orientation"
                value={orientation}
                options={ORIENTATIONS}
                onChange={setOrientation}
              />
              <ChoiceField
                id="chart-export-tiles"
                label="Pages across"
                value={across}
                options={PAGES_ACROSS}
                onChange={setAcross}
              />
            </div>
          )}
          {format === 'svg' && (
            <Checkbox
              label="Text as outlines"
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
                label="Scale"
                value={scale}
                options={SCALES}
                onChange={setScale}
              />
              <ChoiceField
                id="chart-export-background"
                label="Background"
                value={background}
                options={BACKGROUNDS}
                onChange={setBackground}
              />
            </div>
          )}
          <ExportDestination
            id="chart-export-path"
            mode={mode}
            path={path}
            filters={[{ name: `${format.toUpperCase()} files`, extensions: [format] }]}
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
            <Callout intent="success" compact role="status" title="Chart exported">
              {downloadsOf([result.path]).length > 0 ? (
                <DownloadList links={downloadsOf([result.path])} />
              ) : (
                <span className="mono path-line">{result.path}</span>
              )}
              <div>
                {(result.bytes / 1024).toFixed(0)} KB
                {result.pages > 1 ? `, ${result.pages} pages` : ''}
              </div>
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button ref={closeButton} size="small" text="Close" onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                icon="export"
                text="Export"
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
