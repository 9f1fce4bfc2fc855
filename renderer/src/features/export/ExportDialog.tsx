import { Button, Callout, Dialog, DialogBody, DialogFooter, HTMLSelect, InputGroup } from '@blueprintjs/core';
import { useRef, useState } from 'react';
import { DATA_FORMATS, type DataFormatName } from '../../../../graph-schema/contract';
import { useAction } from '../../ui/use-action';
import { useAppStore } from '../../stores/app-store';
import { defaultExportPath, withFormatExtension, type ExportResult } from '../../stores/io-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { Field } from '../import/FieldControls';
import { FORMAT_LABELS } from '../import/formats';

/** One line per format: what the analyst gets, where it opens. */
const FORMAT_NOTES: Record<DataFormatName, string> = {
  json: 'Every field of every entity and link: re-imports with nothing lost.',
  csv: 'Writes an entity file and a link file, safe to open in Excel.',
  tsv: 'Writes an entity file and a link file, tab-separated.',
  xlsx: 'One workbook with an entity sheet and a link sheet.',
  graphml: 'Typed attributes; opens in yEd and Gephi.',
  gexf: 'Typed attributes; opens in Gephi.',
  ftm: 'FollowTheMoney entities, one per line, for Aleph and OpenSanctions tools.',
  anx: 'An i2 Analyst’s Notebook chart (XML).',
  stix: 'A STIX 2.1 bundle of objects and relationships.',
};

/** Writes the whole open case to a file in a data format and lists every file written. */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const exportCase = useAppStore((s) => s.exportCase);
  const casesDir = useAppStore((s) => s.casesDir);
  const caseName = useAppStore((s) => s.caseInfo?.name ?? 'case');
  const chartItems = useAppStore((s) => Object.keys(s.chart.entities).length);
  const [format, setFormat] = useState<DataFormatName>('json');
  const [chartOnly, setChartOnly] = useState(false);
  const [path, setPath] = useState(() => defaultExportPath(casesDir, caseName, 'json'));
  const closeButton = useRef<HTMLButtonElement>(null);
  // The Export button was disabled while it ran; keep the focus in the dialog so Escape still closes it.
  const {
    result,
    error,
    running,
    run: start,
    clearResult,
  } = useAction<ExportResult>(() => closeButton.current?.focus());

  const chooseFormat = (next: DataFormatName) => {
    setFormat(next);
    setPath((p) => withFormatExtension(p, next));
    clearResult();
  };

  const run = async () => {
    if (path.trim() === '') return;
    await start(() => exportCase(path.trim(), format, chartOnly));
  };

  return (
    <Dialog
      isOpen
      title="Export data"
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
            <Field id="export-scope" label="What">
              <HTMLSelect
                id="export-scope"
                fill
                value={chartOnly ? 'chart' : 'case'}
                onChange={(e) => {
                  setChartOnly(e.currentTarget.value === 'chart');
                  clearResult();
                }}
              >
                <option value="case">Every entity and link of the case</option>
                <option value="chart" disabled={chartItems === 0}>
                  What is on the chart ({chartItems.toLocaleString()}{' '}
                  {chartItems === 1 ? 'entity' : 'entities'})
                </option>
              </HTMLSelect>
            </Field>
          </div>
          <div className="field-row">
            <Field id="export-format" label="Format">
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
              {FORMAT_NOTES[format]}
            </div>
          </div>
          <Field id="export-path" label="File path">
            <InputGroup
              id="export-path"
              size="small"
              autoFocus
              value={path}
              onValueChange={(v) => {
                setPath(v);
                clearResult();
              }}
            />
          </Field>
          <ErrorCallout error={error} />
          {result && (
            <Callout intent="success" compact role="status" title="Exported">
              <div>
                {result.entities.toLocaleString()} {result.entities === 1 ? 'entity' : 'entities'} and{' '}
                {result.links.toLocaleString()} {result.links === 1 ? 'link' : 'links'} written to:
              </div>
              <ul className="written-files" aria-label="Files written">
                {result.files.map((f) => (
                  <li key={f} className="mono path-line">
                    {f}
                  </li>
                ))}
              </ul>
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
                disabled={path.trim() === ''}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
