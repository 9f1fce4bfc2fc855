import {
  Button,
  Callout,
  Checkbox,
  Dialog,
  DialogBody,
  DialogFooter,
  HTMLSelect,
  InputGroup,
  SegmentedControl,
} from '@blueprintjs/core';
import { useMemo, useRef, useState } from 'react';
import { PageSize, type ExportHeader } from '../../../../graph-schema/chart/scene';
import {
  CLASSIFICATIONS,
  highestClassification,
  type Classification,
} from '../../../../graph-schema/model/grading';
import { api } from '../../bridge';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { joinPath } from '../../stores/io-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { scenePng } from '../chart-export/png';
import { Field } from '../import/FieldControls';
import { briefingDate, currentScene } from './current-scene';

type Format = 'pdf' | 'svg' | 'png';

const FORMAT_NOTES: Record<Format, string> = {
  pdf: 'Vector pages with banners, title block and legend; text stays searchable.',
  svg: 'One vector drawing, text as text: edits cleanly in Illustrator or Inkscape.',
  png: 'A picture for slides, 1x to 4x the chart’s size.',
};

function stemOf(name: string): string {
  return name.trim().replace(/[\\/:*?"<>|]+/g, '_') || 'chart';
}

function withExtension(path: string, format: Format): string {
  const stem = path.replace(/\.(pdf|svg|png)$/i, '');
  return `${stem}.${format}`;
}

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
  const [format, setFormat] = useState<Format>('pdf');
  const [path, setPath] = useState(() => joinPath(casesDir, `${stemOf(chartName || caseName)}.pdf`));
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
  const [tile, setTile] = useState(false);
  const [tilesAcross, setTilesAcross] = useState(2);
  const [scale, setScale] = useState(2);
  const [background, setBackground] = useState<'white' | 'transparent'>('white');
  const [result, setResult] = useState<Written | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  // The chart cannot change while this modal dialog is open: build its scene once, not per keystroke.
  const scene = useMemo(() => currentScene(), []);
  const banner = highestClassification([scene.marking, header.caseMarking]);

  const edit = (patch: Partial<ExportHeader>) => {
    setHeader((h) => ({ ...h, ...patch }));
    setResult(null);
  };

  const run = async () => {
    if (path.trim() === '' || running) return;
    setRunning(true);
    setError(null);
    setResult(null);
    try {
      if (header.caseMarking !== caseMarking) await setCaseMarking(header.caseMarking);
      const target = path.trim();
      const output =
        format === 'pdf'
          ? { format, pageSize, orientation, tile, tilesAcross }
          : format === 'svg'
            ? { format }
            : { format, data: toBase64(await scenePng(scene, header, { scale, background })) };
      setResult(await api.exportChart({ path: target, scene, header, output }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
      closeButton.current?.focus();
    }
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
                  setResult(null);
                }}
              />
            </Field>
            <div className="format-note muted">{FORMAT_NOTES[format]}</div>
          </div>
          <div className="field-row">
            <Field id="chart-export-title" label="Title">
              <InputGroup
                id="chart-export-title"
                size="small"
                value={header.title}
                onValueChange={(title) => edit({ title })}
              />
            </Field>
            <Field id="chart-export-subtitle" label="Subtitle">
              <InputGroup
                id="chart-export-subtitle"
                size="small"
                value={header.subtitle}
                onValueChange={(subtitle) => edit({ subtitle })}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id="chart-export-author" label="Author">
              <InputGroup
                id="chart-export-author"
                size="small"
                value={header.author}
                onValueChange={(author) => edit({ author })}
              />
            </Field>
            <Field id="chart-export-date" label="Date">
              <InputGroup
                id="chart-export-date"
                size="small"
                value={header.date}
                onValueChange={(date) => edit({ date })}
              />
            </Field>
          </div>
          <div className="field-row">
            <Field id="chart-export-marking" label="Case marking">
              <HTMLSelect
                id="chart-export-marking"
                fill
                value={header.caseMarking}
                onChange={(e) => edit({ caseMarking: e.currentTarget.value as Classification })}
              >
                {CLASSIFICATIONS.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </HTMLSelect>
            </Field>
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
              <Field id="chart-export-page" label="Page">
                <HTMLSelect
                  id="chart-export-page"
                  fill
                  value={pageSize}
                  onChange={(e) => setPageSize(e.currentTarget.value as PageSize)}
                >
                  {PageSize.options.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </HTMLSelect>
              </Field>
              <Field id="chart-export-orientation" label="Orientation">
                <HTMLSelect
                  id="chart-export-orientation"
                  fill
                  value={orientation}
                  onChange={(e) => setOrientation(e.currentTarget.value as 'portrait' | 'landscape')}
                >
                  <option value="landscape">Landscape</option>
                  <option value="portrait">Portrait</option>
                </HTMLSelect>
              </Field>
              <Field id="chart-export-tiles" label="Pages across">
                <HTMLSelect
                  id="chart-export-tiles"
                  fill
                  value={tile ? tilesAcross : 1}
                  onChange={(e) => {
                    const across = Number(e.currentTarget.value);
                    setTile(across > 1);
                    setTilesAcross(Math.max(1, across));
                  }}
                >
                  <option value={1}>1 (fit to one page)</option>
                  {[2, 3, 4].map((n) => (
                    <option key={n} value={n}>
                      {n} (tiled, with overlap marks)
                    </option>
                  ))}
                </HTMLSelect>
              </Field>
            </div>
          )}
          {format === 'png' && (
            <div className="field-row">
              <Field id="chart-export-scale" label="Scale">
                <HTMLSelect
                  id="chart-export-scale"
                  fill
                  value={scale}
                  onChange={(e) => setScale(Number(e.currentTarget.value))}
                >
                  {[1, 2, 3, 4].map((n) => (
                    <option key={n} value={n}>
                      {n}x
                    </option>
                  ))}
                </HTMLSelect>
              </Field>
              <Field id="chart-export-background" label="Background">
                <HTMLSelect
                  id="chart-export-background"
                  fill
                  value={background}
                  onChange={(e) => setBackground(e.currentTarget.value as 'white' | 'transparent')}
                >
                  <option value="white">White</option>
                  <option value="transparent">Transparent</option>
                </HTMLSelect>
              </Field>
            </div>
          )}
          <Field id="chart-export-path" label="File path">
            <InputGroup
              id="chart-export-path"
              size="small"
              value={path}
              onValueChange={(v) => {
                setPath(v);
                setResult(null);
              }}
            />
          </Field>
          <ErrorCallout error={error} />
          {result && (
            <Callout intent="success" compact role="status" title="Chart exported">
              <span className="mono path-line">{result.path}</span>
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
