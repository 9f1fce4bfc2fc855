import { FormGroup, NumericInput, Switch } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type { ChartStyle, FieldRef, LinkRule, NodeRule } from '../../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../../graph-schema/model/schema';
import { fieldOptions, numericOptions, type FieldOption } from './field-options';
import { RuleList } from './RuleList';
import './chart-style.css';

export interface StylePanelProps {
  value: ChartStyle;
  schema: Schema;
  onChange(next: ChartStyle): void;
}

const NONE = '';

/** A select over fields with a first "none" choice; '' stands for null. */
function FieldSelect(props: {
  /** The select's id, stable in every language (the label is translated). */
  id: string;
  label: string;
  none: string;
  value: FieldRef | null;
  options: readonly FieldOption[];
  onChange(next: FieldRef | null): void;
}) {
  const id = `style-${props.id}`;
  return (
    <FormGroup label={props.label} labelFor={id} inline className="style-field">
      <HTMLSelect
        id={id}
        value={props.value ?? NONE}
        onChange={(e) => props.onChange(e.currentTarget.value === NONE ? null : e.currentTarget.value)}
        options={[
          { value: NONE, label: props.none },
          ...props.options.map((o) => ({ value: o.value, label: o.label })),
        ]}
      />
    </FormGroup>
  );
}

/**
 * How the chart looks, as rules on fields: colour and size by a field, ordered rules for
 * entities and links, link width and label, merged parallel links, arrows. Controlled:
 * every change calls onChange with the whole next style.
 */
export function StylePanel({ value, schema, onChange }: StylePanelProps) {
  const { t } = useTranslation('chartStyle');
  const set = (patch: Partial<ChartStyle>) => onChange({ ...value, ...patch });
  const entityFields = fieldOptions(schema, 'entity').filter(
    (f) => f.value !== 'type' && f.value !== 'label',
  );
  const [small, large] = value.sizeRange;

  return (
    <div className="style-panel" aria-label={t('panel')}>
      <section className="style-section" aria-label={t('entities')}>
        <span className="section-title">{t('entities')}</span>
        <FieldSelect
          id="colour-by"
          label={t('colourBy')}
          none={t('entityType')}
          value={value.colorBy === 'type' ? null : value.colorBy}
          options={entityFields}
          onChange={(colorBy) => set({ colorBy })}
        />
        <FieldSelect
          id="size-by"
          label={t('sizeBy')}
          none={t('oneSize')}
          value={value.sizeBy}
          options={numericOptions(schema, 'entity')}
          onChange={(sizeBy) => set({ sizeBy })}
        />
        {value.sizeBy ? (
          <FormGroup label={t('sizes')} inline className="style-field">
            <div className="style-row">
              <NumericInput
                size="small"
                aria-label={t('smallest')}
                min={12}
                max={160}
                value={small}
                onValueChange={(n) => Number.isFinite(n) && set({ sizeRange: [n, Math.max(n, large)] })}
              />
              <span className="muted">{t('to')}</span>
              <NumericInput
                size="small"
                aria-label={t('largest')}
                min={12}
                max={160}
                value={large}
                onValueChange={(n) => Number.isFinite(n) && set({ sizeRange: [Math.min(small, n), n] })}
              />
            </div>
          </FormGroup>
        ) : null}
      </section>
      <RuleList<NodeRule>
        title={t('entityRules')}
        kind="entity"
        rules={value.nodeRules}
        schema={schema}
        onChange={(nodeRules) => set({ nodeRules })}
      />
      <section className="style-section" aria-label={t('links')}>
        <span className="section-title">{t('links')}</span>
        <FieldSelect
          id="width-by"
          label={t('widthBy')}
          none={t('oneWidth')}
          value={value.linkWidthBy}
          options={numericOptions(schema, 'link')}
          onChange={(linkWidthBy) => set({ linkWidthBy })}
        />
        <FormGroup label={t('label')} labelFor="style-link-label" inline className="style-field">
          <HTMLSelect
            id="style-link-label"
            value={value.linkLabel}
            onChange={(e) => set({ linkLabel: e.currentTarget.value })}
            options={[
              { value: 'type', label: t('linkType') },
              { value: 'none', label: t('noLabel') },
              ...fieldOptions(schema, 'link')
                .filter((f) => f.value !== 'type')
                .map((f) => ({ value: f.value, label: f.label })),
            ]}
          />
        </FormGroup>
        <Switch
          className="style-switch"
          label={t('mergeParallel')}
          checked={value.mergeParallel}
          onChange={(e) => set({ mergeParallel: e.currentTarget.checked })}
        />
        <Switch
          className="style-switch"
          label={t('arrows')}
          checked={value.arrows}
          onChange={(e) => set({ arrows: e.currentTarget.checked })}
        />
      </section>
      <RuleList<LinkRule>
        title={t('linkRules')}
        kind="link"
        rules={value.linkRules}
        schema={schema}
        onChange={(linkRules) => set({ linkRules })}
      />
    </div>
  );
}
