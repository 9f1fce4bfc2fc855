import { Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TakeOfflineResult } from '../../../../graph-schema/contract';
import { fieldErrors, toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { leaveWork } from '../unsaved/unsaved-work';
import { counted, countedItems } from './counted';

const HOPS = [0, 1, 2, 3] as const;

/** Copies the chosen entities and their neighbourhood, with every field, into a new case file. */
export function TakeOfflineDialog({ ids, onClose }: { ids: string[]; onClose(): void }) {
  const { t } = useTranslation('dialogs');
  const onChart = useAppStore((s) => s.chart.entities);
  const takeOffline = useAppStore((s) => s.takeOffline);
  const openCase = useAppStore((s) => s.openCase);
  const [hops, setHops] = useState(1);
  const [name, setName] = useState('');
  const [result, setResult] = useState<TakeOfflineResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const first = onChart[ids[0] ?? '']?.label;
  const seeds =
    ids.length === 1 && first ? t('takeOffline.seedsOne', { name: first }) : counted('entities', ids.length);
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
    <Dialog
      isOpen
      title={t('takeOffline.title')}
      icon="export"
      onClose={onClose}
      className="dense-dialog form-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <p className="dialog-lead">{t('takeOffline.lead', { seeds })}</p>
          <div className="field-row">
            <FormGroup label={t('takeOffline.hops')} labelFor="offline-hops" className="field">
              <HTMLSelect
                id="offline-hops"
                fill
                value={hops}
                onChange={(e) => setHops(Number(e.currentTarget.value))}
              >
                {HOPS.map((h) => (
                  <option key={h} value={h}>
                    {h === 0 ? t('takeOffline.hopsNone') : t('takeOffline.hopCount', { count: h })}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup
              label={t('takeOffline.name')}
              labelFor="offline-name"
              className="field"
              helperText={fields.path ?? t('takeOffline.nameHint')}
              intent={fields.path ? 'danger' : 'none'}
            >
              <InputGroup
                id="offline-name"
                size="small"
                placeholder={t('takeOffline.placeholder')}
                value={name}
                autoFocus
                onValueChange={setName}
              />
            </FormGroup>
          </div>
          <ErrorCallout error={fields.path ? null : error} />
          {result && (
            <Callout intent="success" compact role="status" title={t('takeOffline.written')}>
              <span className="mono path-line">{result.path}</span>
              <div>
                {t('takeOffline.copied', { what: countedItems(result.entities, result.links, true) })}
              </div>
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('close')} onClick={onClose} />
              {result ? (
                <Button
                  size="small"
                  intent="primary"
                  icon="folder-open"
                  text={t('takeOffline.open')}
                  onClick={() =>
                    void leaveWork(t('takeOffline.openAction'), () =>
                      openCase(result.path).then(() => undefined),
                    )
                  }
                />
              ) : (
                <Button
                  size="small"
                  type="submit"
                  intent="primary"
                  text={t('takeOffline.run')}
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
