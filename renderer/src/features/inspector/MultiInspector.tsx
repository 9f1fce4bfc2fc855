import { Button, ButtonGroup, FormGroup, Icon } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONFIDENCE_LEVELS,
  confidenceLabel,
  CREDIBILITY_GRADES,
  credibilityLabel,
  RELIABILITY_GRADES,
  reliabilityLabel,
  type SchemaLanguage,
} from '../../../../graph-schema/model';
import type { ChartSelection } from '../../chart/types';
import { currentLanguage, i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { toAppError, type AppError } from '../../stores/app-error';
import { useSchemaIndex } from '../../i18n/schema-words';
import { useAppStore } from '../../stores/app-store';
import { updateItemsCommand } from '../../stores/commands';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { GuardedButton } from '../../ui/GuardedButton';
import { deleteFromChart, hideItems, requestDelete } from '../actions';
import { useClassificationOptions } from '../charts/marking-options';
import { PropertyField } from '../forms/PropertyField';
import {
  commonProperties,
  editCount,
  multiChanges,
  NO_EDITS,
  shared,
  sharedProp,
  type GradingField,
  type MultiEdits,
  type SelectedItem,
} from './multi-edit';

/**
 * The grading values and grades in the model's words for the UI's language; the field names are
 * the forms'. Classification is the case marking scheme's (useClassificationOptions).
 */
const gradingOptions = (
  language: SchemaLanguage,
): Record<Exclude<GradingField, 'classification'>, [string, string][]> => ({
  confidence: CONFIDENCE_LEVELS.map((c) => [c, confidenceLabel(c, language)]),
  reliability: RELIABILITY_GRADES.map((g) => [g, `${g} — ${reliabilityLabel(g, language)}`]),
  credibility: CREDIBILITY_GRADES.map((g) => [g, `${g} — ${credibilityLabel(g, language)}`]),
});

/** Two to a row, as the single-item form lays them out. */
const GRADING_ROWS = [
  ['confidence', 'classification'],
  ['reliability', 'credibility'],
] as const satisfies readonly (readonly GradingField[])[];

/** Value '' in a grading select: the items differ and the analyst has not chosen one. */
const MIXED = '';

type Counted = 'entities' | 'links' | 'items' | 'changed' | 'apply';
/** "3 entities" / 「エンティティ 3 件」. */
const counted = (what: Counted, count: number) =>
  i18n.t(`inspector:multi.${what}`, { count, formatted: formatNumber(count) });

/**
 * Several items selected: the fields they share, each showing the common value or "mixed";
 * Apply writes every changed field to every item as one undo step.
 */
export function MultiInspector({ selection }: { selection: ChartSelection }) {
  const { t } = useTranslation(['inspector', 'forms']);
  const chart = useAppStore((s) => s.chart);
  const schema = useSchemaIndex();
  const blockedBy = useAppStore(readOnlyReason);
  const execute = useAppStore((s) => s.execute);
  const [edits, setEdits] = useState<MultiEdits>(NO_EDITS);
  const [error, setError] = useState<AppError | null>(null);
  const [saving, setSaving] = useState(false);

  const items: SelectedItem[] = [
    ...selection.entities.flatMap((id) => {
      const record = chart.entities[id];
      return record ? [{ kind: 'entity' as const, record }] : [];
    }),
    ...selection.links.flatMap((id) => {
      const record = chart.links[id];
      return record ? [{ kind: 'link' as const, record }] : [];
    }),
  ];
  const defs = schema ? commonProperties(items, schema) : [];
  const classifications = useClassificationOptions(items.map((i) => i.record.classification));
  const changed = editCount(edits);
  const what = [
    ...(selection.entities.length > 0 ? [counted('entities', selection.entities.length)] : []),
    ...(selection.links.length > 0 ? [counted('links', selection.links.length)] : []),
  ].join(t('multi.separator'));
  // Each item's type by its own kind: a mixed selection names entity and link types alike.
  const typeNames = [
    ...new Set(
      items.map(({ kind, record: { type } }) =>
        kind === 'entity'
          ? (schema?.entityType(type)?.label ?? type)
          : (schema?.linkType(type)?.label ?? type),
      ),
    ),
  ];

  const changedText = changed === 0 ? t('multi.noChanges') : counted('changed', changed);
  const applyText = counted('apply', items.length);

  const apply = async () => {
    const changes = multiChanges(items, edits, defs);
    if (changes.length === 0) {
      setEdits(NO_EDITS);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await execute(updateItemsCommand(changes, counted('items', changes.length)));
      setEdits(NO_EDITS);
    } catch (e) {
      setError(toAppError(e));
    } finally {
      setSaving(false);
    }
  };

  const gradingSelect = (field: GradingField) => {
    const common = shared(items.map((i) => i.record[field]));
    const value = edits[field] ?? (common.mixed ? MIXED : common.value);
    const options = field === 'classification' ? classifications : gradingOptions(currentLanguage())[field];
    const id = `multi-${field}`;
    return (
      <FormGroup key={field} label={t(`forms:${field}`)} labelFor={id} className="field">
        <HTMLSelect
          id={id}
          fill
          value={value}
          title={value === MIXED ? t('multi.differ') : options.find(([v]) => v === value)?.[1]}
          onChange={(e) => {
            const next = e.currentTarget.value;
            const { [field]: _dropped, ...rest } = edits;
            setEdits(next === MIXED ? rest : { ...rest, [field]: next });
          }}
        >
          {common.mixed && <option value={MIXED}>{t('forms:mixedOption')}</option>}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </HTMLSelect>
      </FormGroup>
    );
  };

  return (
    <form
      className="inspector-body"
      aria-label={t('multi.edit', { what })}
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <div className="inspector-header">
        <Icon icon="multi-select" size={18} />
        <div className="inspector-title">
          <strong>{t('multi.selected', { what })}</strong>
          <span className="muted" title={typeNames.join(t('multi.separator'))}>
            {typeNames.join(t('multi.separator'))}
          </span>
        </div>
      </div>
      <ButtonGroup size="small" className="inspector-actions">
        <Button icon="eye-off" text={t('hide')} onClick={() => hideItems(selection)} />
        <Button icon="remove" text={t('deleteFromChart')} onClick={() => void deleteFromChart(selection)} />
        <GuardedButton
          blockedBy={blockedBy}
          icon="trash"
          intent="danger"
          text={t('deleteFromCase')}
          onClick={() => requestDelete(selection)}
        />
      </ButtonGroup>
      <div className="item-fields" role="group" aria-label={t('multi.shared')}>
        <div className="field-row">{GRADING_ROWS[0].map(gradingSelect)}</div>
        <div className="field-row">{GRADING_ROWS[1].map(gradingSelect)}</div>
        {defs.map((def) => {
          const common = sharedProp(items, def.name);
          const edited = edits.props[def.name];
          return (
            <PropertyField
              key={def.name}
              def={def}
              idPrefix="multi"
              mixed={common.mixed}
              value={edited ?? (common.mixed ? undefined : common.value)}
              error={undefined}
              onChange={(v) => setEdits({ ...edits, props: { ...edits.props, [def.name]: v } })}
            />
          );
        })}
      </div>
      <ErrorCallout error={error} />
      <div className="editor-footer">
        <span className="muted multi-edit-count">{changedText}</span>
        <Button
          size="small"
          text={t('revert')}
          disabled={changed === 0 || saving}
          onClick={() => setEdits(NO_EDITS)}
        />
        <GuardedButton
          blockedBy={blockedBy}
          type="submit"
          size="small"
          intent="primary"
          text={applyText}
          disabled={changed === 0}
          loading={saving}
        />
      </div>
    </form>
  );
}
