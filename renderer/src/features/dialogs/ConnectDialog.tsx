import { Button, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PATH_SEARCH_HOPS } from '../../../../graph-schema/contract/paths';
import { formatNumber } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import {
  countWithin,
  dateProblem,
  INITIAL_FILTERS,
  optionsOf,
  type LinkFilterForm,
} from '../analysis/form-state';
import { LinkFilterFields } from '../analysis/LinkFilterFields';
import { commonNeighboursOf, connectEntities } from '../chart/connect-actions';

export type ConnectMode = 'connect' | 'common';

interface ConnectDialogProps {
  mode: ConnectMode;
  ids: string[];
  onClose(): void;
}

/** i2 asks how far apart the chosen entities may be before it joins them; the contract's default. */
const DEFAULT_HOPS = 4;

/**
 * Connect selected (the connecting network) or Common neighbours of the selected entities:
 * how far (hops) or how many of them in common, and which links count — the same filter
 * fields as Find path and the Analysis panel. Enter runs it with the defaults.
 */
export function ConnectDialog({ mode, ids, onClose }: ConnectDialogProps) {
  const { t } = useTranslation(['paths', 'dialogs']);
  const [maxHops, setMaxHops] = useState(DEFAULT_HOPS);
  const [minShared, setMinShared] = useState(ids.length);
  const [filters, setFilters] = useState<LinkFilterForm>(INITIAL_FILTERS);
  const [running, setRunning] = useState(false);
  const badDate = dateProblem(filters.from) || dateProblem(filters.to);
  const connect = mode === 'connect';

  const run = async () => {
    setRunning(true);
    // Errors are reported as a toast by the action; the dialog has done its part either way.
    await (connect
      ? connectEntities(ids, maxHops, optionsOf(filters))
      : commonNeighboursOf(ids, minShared, optionsOf(filters)));
    onClose();
  };

  return (
    <Dialog
      isOpen
      title={t(connect ? 'connectDialog.connectTitle' : 'connectDialog.commonTitle')}
      icon={connect ? 'layout-auto' : 'intersection'}
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
          <p className="muted">
            {t('connectDialog.selected', { count: ids.length, formatted: formatNumber(ids.length) })}
          </p>
          {connect ? (
            <FormGroup label={t('maxHops')} labelFor="connect-hops" helperText={t('connectDialog.hopsHelp')}>
              <InputGroup
                id="connect-hops"
                size="small"
                type="number"
                min={1}
                max={MAX_PATH_SEARCH_HOPS}
                value={String(maxHops)}
                onValueChange={(text) => setMaxHops(countWithin(text, 1, MAX_PATH_SEARCH_HOPS))}
              />
            </FormGroup>
          ) : (
            <FormGroup
              label={t('connectDialog.minShared')}
              labelFor="common-shared"
              helperText={t('connectDialog.minSharedHelp', { count: ids.length })}
            >
              <InputGroup
                id="common-shared"
                size="small"
                type="number"
                min={2}
                max={ids.length}
                value={String(minShared)}
                onValueChange={(text) => setMinShared(countWithin(text, 2, ids.length))}
              />
            </FormGroup>
          )}
          <details className="analysis-options path-filters">
            <summary>{t('connectDialog.filters')}</summary>
            <LinkFilterFields
              idPrefix={mode}
              filters={filters}
              onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))}
              disabled={running}
            />
          </details>
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('dialogs:close')} onClick={onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={t(connect ? 'connectDialog.connect' : 'connectDialog.find')}
                disabled={badDate}
                loading={running}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
