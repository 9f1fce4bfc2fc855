import { Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DIRECTIONS,
  MAX_EXPAND_HOPS,
  type Direction,
  type ExpandResult,
} from '../../../../graph-schema/model';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { expand } from '../actions';
import { formatNumber } from '../../i18n/format';
import { TypeIcon } from '../../ui/TypeIcon';
import { countedItems } from './counted';
import { TypeChecklist } from './TypeChecklist';

export function ExpandDialog({ ids, onClose }: { ids: string[]; onClose(): void }) {
  const { t } = useTranslation('dialogs');
  const schema = useSchemaIndex();
  const onChart = useAppStore((s) => s.chart.entities);
  const seeds = ids.map((id) => onChart[id]?.label ?? id);
  const [hops, setHops] = useState(1);
  const [direction, setDirection] = useState<Direction>('both');
  const [limit, setLimit] = useState('500');
  const [entityTypes, setEntityTypes] = useState<string[]>([]);
  const [linkTypes, setLinkTypes] = useState<string[]>([]);
  const [result, setResult] = useState<ExpandResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const n = Number(limit);
      setResult(
        await expand({
          ids,
          hops,
          direction,
          entityTypes,
          linkTypes,
          limit: Number.isInteger(n) && n > 0 ? n : 500,
        }),
      );
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setRunning(false);
    }
  };

  const title =
    seeds.length === 1
      ? t('expand.titleOne', { name: seeds[0] })
      : t('expand.titleMany', { formatted: formatNumber(seeds.length) });
  return (
    <Dialog isOpen title={title} icon="graph" onClose={onClose} className="dense-dialog form-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <div className="field-row three">
            <FormGroup label={t('expand.hops')} labelFor="expand-hops" className="field">
              <HTMLSelect
                id="expand-hops"
                fill
                value={hops}
                onChange={(e) => setHops(Number(e.currentTarget.value))}
              >
                {Array.from({ length: MAX_EXPAND_HOPS }, (_, i) => i + 1).map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup label={t('expand.direction')} labelFor="expand-direction" className="field">
              <HTMLSelect
                id="expand-direction"
                fill
                value={direction}
                onChange={(e) => setDirection(e.currentTarget.value as Direction)}
              >
                {DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`directions.${d}`)}
                  </option>
                ))}
              </HTMLSelect>
            </FormGroup>
            <FormGroup label={t('expand.limit')} labelFor="expand-limit" className="field">
              <InputGroup
                id="expand-limit"
                size="small"
                inputMode="numeric"
                value={limit}
                onValueChange={setLimit}
              />
            </FormGroup>
          </div>
          <TypeChecklist
            legend={t('entityTypes')}
            types={(schema?.schema.entityTypes ?? []).map((t) => ({
              name: t.name,
              label: t.plural,
              icon: <TypeIcon icon={t.icon} color={t.color} />,
            }))}
            value={entityTypes}
            onChange={setEntityTypes}
          />
          <TypeChecklist
            legend={t('linkTypes')}
            types={(schema?.schema.linkTypes ?? []).map((t) => ({ name: t.name, label: t.label }))}
            value={linkTypes}
            onChange={setLinkTypes}
          />
          <ErrorCallout error={error} />
          {result && (
            <Callout
              intent={result.entities.length > 0 ? 'success' : 'primary'}
              compact
              role="status"
              className="expand-result"
            >
              {t(result.omitted > 0 ? 'expand.addedOmitted' : 'expand.added', {
                what: countedItems(result.entities.length, result.links.length, true),
                formatted: formatNumber(result.omitted),
              })}
            </Callout>
          )}
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('close')} onClick={onClose} />
              <Button size="small" type="submit" intent="primary" text={t('expand.run')} loading={running} />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
