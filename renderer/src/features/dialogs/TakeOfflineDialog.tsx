import {
  Button,
  Callout,
  Dialog,
  DialogBody,
  DialogFooter,
  FormGroup,
  HTMLSelect,
  InputGroup,
} from '@blueprintjs/core';
import { useState } from 'react';
import type { TakeOfflineResult } from '../../../../graph-schema/contract';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { leaveWork } from '../unsaved/unsaved-work';

const HOPS = [0, 1, 2, 3] as const;
const HOP_LABELS = ['0 — these entities only', '1 hop', '2 hops', '3 hops'];

/** Copies the chosen entities and their neighbourhood, with every field, into a new case file. */
export function TakeOfflineDialog({ ids, onClose }: { ids: string[]; onClose(): void }) {
  const onChart = useAppStore((s) => s.chart.entities);
  const takeOffline = useAppStore((s) => s.takeOffline);
  const openCase = useAppStore((s) => s.openCase);
  const [hops, setHops] = useState(1);
  const [name, setName] = useState('');
  const [result, setResult] = useState<TakeOfflineResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const first = onChart[ids[0] ?? '']?.label;
  const seeds = ids.length === 1 && first ? `“${first}”` : `${ids.length} entities`;
  const fields = fieldErrors(error);

  const run = async () => {
    if (name.trim() === '') return;
    setRunning(true);
    setError(null);
    try {
      setResult(await takeOffline({ ids, hops, path: name.trim() }));
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog isOpen title="Take offline" icon="export" onClose={onClose} className="dense-dialog form-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <p className="dialog-lead">
            Copies {seeds} and their neighbourhood, with every field, into a new case file you can take to a
            machine without the server. Publish it back when you return.
          </p>
          <div className="field-row">
            <FormGroup label="Hops around them" labelFor="offline-hops" className="field">
              <HTMLSelect
                id="offline-hops"
                fill
                value={hops}
                onChange={(e) => setHops(Number(e.currentTarget.value))}
              >
                {HOPS.map((h) => (
                  <option key={h} value={h}>
                    {HOP_LABELS[h]}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup
              label="New case name"
              labelFor="offline-name"
              className="field"
              helperText={fields.path ?? 'A name lands in the cases folder; a full path is used as given.'}
              intent={fields.path ? 'danger' : 'none'}
            >
              <InputGroup
                id="offline-name"
                size="small"
                placeholder="e.g. Field copy"
                value={name}
                autoFocus
                onValueChange={setName}
              />
            </FormGroup>
          </div>
          <ErrorCallout error={fields.path ? null : error} />
          {result && (
            <Callout intent="success" compact role="status" title="Case file written">
              <span className="mono path-line">{result.path}</span>
              <div>
                {result.entities} {result.entities === 1 ? 'entity' : 'entities'} and {result.links}{' '}
                {result.links === 1 ? 'link' : 'links'} copied.
              </div>
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text="Close" onClick={onClose} />
              {result ? (
                <Button
                  size="small"
                  intent="primary"
                  icon="folder-open"
                  text="Open the new case"
                  onClick={() =>
                    void leaveWork('open the new case', () => openCase(result.path).then(() => undefined))
                  }
                />
              ) : (
                <Button
                  size="small"
                  type="submit"
                  intent="primary"
                  text="Take offline"
                  loading={running}
                  disabled={name.trim() === ''}
                />
              )}
            </>
          }
        />
      </form>
    </Dialog>
  );
}
