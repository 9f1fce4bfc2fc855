import { Button, ButtonGroup, FormGroup, HTMLSelect, Icon } from '@blueprintjs/core';
import { useState } from 'react';
import {
  CLASSIFICATIONS,
  CONFIDENCE_LEVELS,
  CREDIBILITY_GRADES,
  CREDIBILITY_LABELS,
  RELIABILITY_GRADES,
  RELIABILITY_LABELS,
} from '../../../../graph-schema/model';
import type { ChartSelection } from '../../chart/types';
import { toAppError, type AppError } from '../../stores/app-error';
import { useAppStore } from '../../stores/app-store';
import { updateItemsCommand } from '../../stores/commands';
import { readOnlyReason } from '../../stores/connection-slice';
import { ErrorCallout } from '../../ui/ErrorCallout';
import { GuardedButton } from '../../ui/GuardedButton';
import { deleteFromChart, hideItems, requestDelete } from '../actions';
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

const GRADING_OPTIONS: Record<GradingField, { label: string; options: [string, string][] }> = {
  confidence: { label: 'Confidence', options: CONFIDENCE_LEVELS.map((c) => [c, c]) },
  classification: { label: 'Classification', options: CLASSIFICATIONS.map((c) => [c, c]) },
  reliability: {
    label: 'Source reliability',
    options: RELIABILITY_GRADES.map((g) => [g, `${g} — ${RELIABILITY_LABELS[g]}`]),
  },
  credibility: {
    label: 'Information credibility',
    options: CREDIBILITY_GRADES.map((g) => [g, `${g} — ${CREDIBILITY_LABELS[g]}`]),
  },
};

/** Value '' in a grading select: the items differ and the analyst has not chosen one. */
const MIXED = '';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Several items selected: the fields they share, each showing the common value or "mixed";
 * Apply writes every changed field to every item as one undo step.
 */
export function MultiInspector({ selection }: { selection: ChartSelection }) {
  const chart = useAppStore((s) => s.chart);
  const schema = useAppStore((s) => s.schemaIndex);
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
  const changed = editCount(edits);
  const what = [
    ...(selection.entities.length > 0 ? [plural(selection.entities.length, 'entity', 'entities')] : []),
    ...(selection.links.length > 0 ? [plural(selection.links.length, 'link', 'links')] : []),
  ].join(', ');
  const typeNames = [...new Set(items.map((i) => i.record.type))].map((type) =>
    items[0]?.kind === 'entity'
      ? (schema?.entityType(type)?.label ?? type)
      : (schema?.linkType(type)?.label ?? type),
  );

  const apply = async () => {
    const changes = multiChanges(items, edits, defs);
    if (changes.length === 0) {
      setEdits(NO_EDITS);
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await execute(updateItemsCommand(changes, plural(changes.length, 'item', 'items')));
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
    const { label, options } = GRADING_OPTIONS[field];
    const id = `multi-${field}`;
    return (
      <FormGroup label={label} labelFor={id} className="field">
        <HTMLSelect
          id={id}
          fill
          value={value}
          title={value === MIXED ? 'The selected items differ' : options.find(([v]) => v === value)?.[1]}
          onChange={(e) => {
            const next = e.currentTarget.value;
            const { [field]: _dropped, ...rest } = edits;
            setEdits(next === MIXED ? rest : { ...rest, [field]: next });
          }}
        >
          {common.mixed && <option value={MIXED}>— mixed —</option>}
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
      aria-label={`Edit ${what}`}
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <div className="inspector-header">
        <Icon icon="multi-select" size={18} />
        <div className="inspector-title">
          <strong>{what} selected</strong>
          <span className="muted" title={typeNames.join(', ')}>
            {typeNames.join(', ')}
          </span>
        </div>
      </div>
      <ButtonGroup size="small" className="inspector-actions">
        <Button icon="eye-off" text="Hide" onClick={() => hideItems(selection)} />
        <Button icon="remove" text="Delete from chart" onClick={() => void deleteFromChart(selection)} />
        <GuardedButton
          blockedBy={blockedBy}
          icon="trash"
          intent="danger"
          text="Delete from case…"
          onClick={() => requestDelete(selection)}
        />
      </ButtonGroup>
      <div className="item-fields" role="group" aria-label="Fields they share">
        <div className="field-row">
          {gradingSelect('confidence')}
          {gradingSelect('classification')}
        </div>
        <div className="field-row">
          {gradingSelect('reliability')}
          {gradingSelect('credibility')}
        </div>
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
        <span className="muted multi-edit-count">
          {changed === 0 ? 'No changes' : `${plural(changed, 'field', 'fields')} changed`}
        </span>
        <Button
          size="small"
          text="Revert"
          disabled={changed === 0 || saving}
          onClick={() => setEdits(NO_EDITS)}
        />
        <GuardedButton
          blockedBy={blockedBy}
          type="submit"
          size="small"
          intent="primary"
          text={`Apply to ${plural(items.length, 'item', 'items')}`}
          disabled={changed === 0}
          loading={saving}
        />
      </div>
    </form>
  );
}
