import { FormGroup, HTMLSelect, NumericInput, Switch } from '@blueprintjs/core';
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
  label: string;
  none: string;
  value: FieldRef | null;
  options: readonly FieldOption[];
  onChange(next: FieldRef | null): void;
}) {
  const id = `style-${props.label.toLowerCase().replace(/\W+/g, '-')}`;
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
  const set = (patch: Partial<ChartStyle>) => onChange({ ...value, ...patch });
  const entityFields = fieldOptions(schema, 'entity').filter(
    (f) => f.value !== 'type' && f.value !== 'label',
  );
  const [small, large] = value.sizeRange;

  return (
    <div className="style-panel" aria-label="Chart style">
      <section className="style-section" aria-label="Entities">
        <span className="section-title">Entities</span>
        <FieldSelect
          label="Colour by"
          none="Entity type"
          value={value.colorBy === 'type' ? null : value.colorBy}
          options={entityFields}
          onChange={(colorBy) => set({ colorBy })}
        />
        <FieldSelect
          label="Size by"
          none="One size"
          value={value.sizeBy}
          options={numericOptions(schema, 'entity')}
          onChange={(sizeBy) => set({ sizeBy })}
        />
        {value.sizeBy ? (
          <FormGroup label="Sizes" inline className="style-field">
            <div className="style-row">
              <NumericInput
                size="small"
                aria-label="Smallest size"
                min={12}
                max={160}
                value={small}
                onValueChange={(n) => Number.isFinite(n) && set({ sizeRange: [n, Math.max(n, large)] })}
              />
              <span className="muted">to</span>
              <NumericInput
                size="small"
                aria-label="Largest size"
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
        title="Entity rules"
        kind="entity"
        rules={value.nodeRules}
        schema={schema}
        onChange={(nodeRules) => set({ nodeRules })}
      />
      <section className="style-section" aria-label="Links">
        <span className="section-title">Links</span>
        <FieldSelect
          label="Width by"
          none="One width"
          value={value.linkWidthBy}
          options={numericOptions(schema, 'link')}
          onChange={(linkWidthBy) => set({ linkWidthBy })}
        />
        <FormGroup label="Label" inline className="style-field">
          <HTMLSelect
            value={value.linkLabel}
            onChange={(e) => set({ linkLabel: e.currentTarget.value })}
            options={[
              { value: 'type', label: 'Link type' },
              { value: 'none', label: 'No label' },
              ...fieldOptions(schema, 'link')
                .filter((f) => f.value !== 'type')
                .map((f) => ({ value: f.value, label: f.label })),
            ]}
          />
        </FormGroup>
        <Switch
          className="style-switch"
          label="Merge parallel links into one, with a count"
          checked={value.mergeParallel}
          onChange={(e) => set({ mergeParallel: e.currentTarget.checked })}
        />
        <Switch
          className="style-switch"
          label="Arrowheads on directed links"
          checked={value.arrows}
          onChange={(e) => set({ arrows: e.currentTarget.checked })}
        />
      </section>
      <RuleList<LinkRule>
        title="Link rules"
        kind="link"
        rules={value.linkRules}
        schema={schema}
        onChange={(linkRules) => set({ linkRules })}
      />
    </div>
  );
}
