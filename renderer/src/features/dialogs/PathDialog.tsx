import { Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entity } from '../../../../graph-schema/model';
import {
  MAX_K_PATHS,
  MAX_PATH_SEARCH_HOPS,
  PATH_MODES,
  type PathMode,
} from '../../../../graph-schema/contract/paths';
import { formatNumber } from '../../i18n/format';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { EntityPicker } from '../../ui/EntityPicker';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { TypeIcon } from '../../ui/TypeIcon';
import { revealOnChart } from '../actions';
import {
  countWithin,
  dateProblem,
  INITIAL_FILTERS,
  optionsOf,
  type LinkFilterForm,
} from '../analysis/form-state';
import { LinkFilterFields } from '../analysis/LinkFilterFields';
import '../chart/paths.css';

interface PathDialogProps {
  fromId: string;
  toId: string | undefined;
  onClose(): void;
}

const DEFAULT_HOPS = 6;

/** Paths from one entity to another: which paths (mode, k, hops) and which links they may use. */
export function PathDialog({ fromId, toId, onClose }: PathDialogProps) {
  const { t } = useTranslation(['paths', 'dialogs']);
  const schema = useSchemaIndex();
  const from = useAppStore((s) => s.chart.entities[fromId]);
  const initialTo = useAppStore((s) => (toId ? s.chart.entities[toId] : undefined));
  const findPaths = useAppStore((s) => s.findPaths);
  const [to, setTo] = useState<Entity | null>(initialTo ?? null);
  const [mode, setMode] = useState<PathMode>('shortest');
  const [k, setK] = useState(3);
  const [maxHops, setMaxHops] = useState(DEFAULT_HOPS);
  const [filters, setFilters] = useState<LinkFilterForm>(INITIAL_FILTERS);
  const [noPath, setNoPath] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const fromType = from ? schema?.entityType(from.type) : undefined;
  const badDate = dateProblem(filters.from) || dateProblem(filters.to);

  const run = async () => {
    if (!from || !to) return;
    setRunning(true);
    setError(null);
    setNoPath(null);
    try {
      const request = { from: from.id, to: to.id, mode, k, maxHops, filters: optionsOf(filters) };
      const result = await findPaths(request, from, to);
      if (result.paths.length > 0) {
        onClose();
        revealOnChart(result.paths[0]?.entityIds ?? []);
      } else {
        const none = t('none', { from: from.label, to: to.label, hops: maxHops });
        const leftOut = result.leftOut
          ? ' ' + t('leftOut', { count: result.leftOut, formatted: formatNumber(result.leftOut) })
          : '';
        setNoPath(none + leftOut);
      }
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={t('dialogs:path.title')}
      icon="route"
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
          <div className="field-row">
            <FormGroup label={t('dialogs:path.from')} className="field">
              <div className="entity-picked">
                {fromType && <TypeIcon icon={fromType.icon} color={fromType.color} />}
                <strong>{from?.label ?? fromId}</strong>
              </div>
            </FormGroup>
            <FormGroup label={t('dialogs:path.to')} labelFor="path-target" className="field">
              <EntityPicker id="path-target" label={t('dialogs:path.target')} value={to} onChange={setTo} />
            </FormGroup>
          </div>
          <div className="field-row path-mode-row">
            <FormGroup label={t('mode')} labelFor="path-mode" className="field">
              <HTMLSelect
                id="path-mode"
                fill
                value={mode}
                onChange={(e) => setMode(e.currentTarget.value as PathMode)}
                options={PATH_MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
              />
            </FormGroup>
            <FormGroup label={t('k')} labelFor="path-k" className="field" disabled={mode !== 'kShortest'}>
              <InputGroup
                id="path-k"
                size="small"
                type="number"
                min={1}
                max={MAX_K_PATHS}
                disabled={mode !== 'kShortest'}
                value={String(k)}
                onValueChange={(text) => setK(countWithin(text, 1, MAX_K_PATHS))}
              />
            </FormGroup>
            <FormGroup label={t('maxHops')} labelFor="path-hops" className="field">
              <InputGroup
                id="path-hops"
                size="small"
                type="number"
                min={1}
                max={MAX_PATH_SEARCH_HOPS}
                value={String(maxHops)}
                onValueChange={(text) => setMaxHops(countWithin(text, 1, MAX_PATH_SEARCH_HOPS))}
              />
            </FormGroup>
          </div>
          <details className="analysis-options path-filters">
            <summary>{t('filters')}</summary>
            <LinkFilterFields
              idPrefix="path"
              filters={filters}
              onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
              disabled={running}
            />
          </details>
          <ErrorCallout error={error} />
          {noPath && (
            <Callout intent="primary" icon="info-sign" compact role="status">
              {noPath}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('dialogs:close')} onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={t('dialogs:path.find')}
                disabled={!from || !to || badDate}
                loading={running}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
