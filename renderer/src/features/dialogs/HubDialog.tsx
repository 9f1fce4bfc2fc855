import { Button, Callout, DialogBody, DialogFooter, FormGroup, InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  isPartialDate,
  type ChosenExpandRequest,
  type ExpandSummary,
  type TypeCount,
} from '../../../../graph-schema/model';
import { formatNumber } from '../../i18n/format';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { useSchemaIndex } from '../../i18n/schema-words';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { TypeIcon } from '../../ui/TypeIcon';
import { expand, revealOnChart } from '../actions';
import { TypeChecklist } from './TypeChecklist';

type Rank = 'degree' | 'distance';

const positive = (text: string): number | null => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** The count of the ticked types, or of all when none is ticked (as the store reads an empty filter). */
function countOf(counts: readonly TypeCount[], ticked: readonly string[]): number {
  return counts
    .filter((c) => ticked.length === 0 || ticked.includes(c.type))
    .reduce((n, c) => n + c.count, 0);
}

interface HubDialogProps {
  request: ChosenExpandRequest;
  summary: ExpandSummary;
  onClose(): void;
}

/**
 * Expanding a hub: what it would add, by entity type, link type and time, and the analyst's
 * choice of what to put on the chart (types, a time window, the most linked or nearest N).
 */
export function HubDialog({ request, summary, onClose }: HubDialogProps) {
  const { t } = useTranslation(['dialogs', 'common']);
  const schema = useSchemaIndex();
  const seed = useAppStore((s) => s.chart.entities[request.ids[0] ?? '']?.label) ?? t('hub.thisEntity');
  const threshold = useAppStore((s) => s.hubThreshold);
  const setThreshold = useAppStore((s) => s.setHubThreshold);
  const [entityTypes, setEntityTypes] = useState<string[]>([]);
  const [linkTypes, setLinkTypes] = useState<string[]>([]);
  const [from, setFrom] = useState(summary.earliest?.slice(0, 4) ?? '');
  const [to, setTo] = useState(summary.latest?.slice(0, 4) ?? '');
  const [rank, setRank] = useState<Rank>('degree');
  const [limit, setLimit] = useState(String(threshold));
  const [askAbove, setAskAbove] = useState(String(threshold));
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);

  const badDate = [from, to].find((d) => d !== '' && !isPartialDate(d));
  const count = positive(limit);
  const available = Math.min(countOf(summary.byEntityType, entityTypes), summary.reached);
  const adding = Math.min(count ?? 0, available);

  const run = async () => {
    if (badDate !== undefined || count === null) return;
    setRunning(true);
    setError(null);
    try {
      const askNumber = positive(askAbove);
      if (askNumber !== null && askNumber !== threshold) setThreshold(askNumber);
      const dated =
        summary.earliest !== null &&
        (from !== summary.earliest.slice(0, 4) || to !== summary.latest?.slice(0, 4));
      const result = await expand({
        ...request,
        entityTypes,
        linkTypes,
        rank,
        limit: count,
        ...(dated ? { window: { ...(from ? { from } : {}), ...(to ? { to } : {}) } } : {}),
      });
      revealOnChart([...request.ids, ...result.entities.map((e) => e.id)]);
      onClose();
    } catch (e) {
      setError(toAppError(e));
      setRunning(false);
    }
  };

  const entityLabel = (name: string) => schema?.entityType(name)?.plural ?? name;
  const linkLabel = (name: string) => schema?.linkType(name)?.label ?? name;
  return (
    <Dialog
      isOpen
      title={t('hub.title', { name: seed })}
      icon="graph"
      onClose={onClose}
      className="dense-dialog form-dialog hub-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <DialogBody>
          <Callout intent="warning" compact icon="warning-sign" role="status" data-testid="hub-summary">
            {t(summary.capped ? 'hub.summaryCapped' : 'hub.summary', {
              reached: formatNumber(summary.reached),
              name: seed,
              threshold: formatNumber(threshold),
            })}
          </Callout>
          <TypeChecklist
            legend={t('entityTypes')}
            types={summary.byEntityType.map((c) => {
              const type = schema?.entityType(c.type);
              return {
                name: c.type,
                label: `${entityLabel(c.type)} · ${formatNumber(c.count)}`,
                ...(type ? { icon: <TypeIcon icon={type.icon} color={type.color} /> } : {}),
              };
            })}
            value={entityTypes}
            onChange={setEntityTypes}
          />
          <TypeChecklist
            legend={t('linkTypes')}
            types={summary.byLinkType.map((c) => ({
              name: c.type,
              label: `${linkLabel(c.type)} · ${formatNumber(c.count)}`,
            }))}
            value={linkTypes}
            onChange={setLinkTypes}
          />
          <div className="field-row three">
            <FormGroup
              label={t('hub.from')}
              labelFor="hub-from"
              className="field"
              helperText={summary.earliest === null ? t('hub.noDated') : undefined}
            >
              <InputGroup
                id="hub-from"
                size="small"
                placeholder={t('hub.year')}
                value={from}
                onValueChange={setFrom}
              />
            </FormGroup>
            <FormGroup
              label={t('hub.to')}
              labelFor="hub-to"
              className="field"
              helperText={
                summary.undatedLinks > 0
                  ? t('hub.undated', {
                      count: summary.undatedLinks,
                      formatted: formatNumber(summary.undatedLinks),
                    })
                  : undefined
              }
            >
              <InputGroup
                id="hub-to"
                size="small"
                placeholder={t('hub.year')}
                value={to}
                onValueChange={setTo}
              />
            </FormGroup>
            <FormGroup
              label={t('hub.askAbove')}
              labelFor="hub-threshold"
              className="field"
              helperText={t('hub.askHint')}
            >
              <InputGroup
                id="hub-threshold"
                size="small"
                inputMode="numeric"
                value={askAbove}
                onValueChange={setAskAbove}
              />
            </FormGroup>
          </div>
          <div className="field-row three">
            <FormGroup label={t('hub.addAtMost')} labelFor="hub-limit" className="field">
              <InputGroup
                id="hub-limit"
                size="small"
                inputMode="numeric"
                value={limit}
                onValueChange={setLimit}
              />
            </FormGroup>
            <FormGroup label={t('hub.first')} labelFor="hub-rank" className="field">
              <HTMLSelect
                id="hub-rank"
                fill
                value={rank}
                onChange={(e) => setRank(e.currentTarget.value as Rank)}
              >
                <option value="degree">{t('hubRank.degree')}</option>
                <option value="distance">{t('hubRank.distance')}</option>
              </HTMLSelect>
            </FormGroup>
          </div>
          {badDate !== undefined && (
            <Callout intent="danger" compact role="alert">
              {t('hub.badDate', { date: badDate })}
            </Callout>
          )}
          <ErrorCallout error={error} />
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('common:cancel')} onClick={onClose} />
              <Button
                size="small"
                intent="primary"
                type="submit"
                loading={running}
                disabled={badDate !== undefined || count === null}
                text={t('hub.add', { formatted: formatNumber(adding) })}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
