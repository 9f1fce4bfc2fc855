import { Checkbox, FormGroup, InputGroup, NumericInput } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import type {
  Condition,
  ConditionOp,
  LinkRule,
  NodeRule,
  NodeShape,
} from '../../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../../graph-schema/model/schema';
import { fieldOptions, isNumericField, knownValues } from './field-options';

/** The operators in the order the select offers them; their words are chartStyle:op.<op>. */
const OPS: readonly ConditionOp[] = ['is', 'isNot', 'in', 'atLeast', 'atMost', 'exists'];

/** The shapes offered; their words are chartStyle:shape.<shape>. */
const SHAPES: readonly NodeShape[] = ['ellipse', 'round-rectangle', 'diamond', 'hexagon'];

type Rule = NodeRule | LinkRule;

interface RuleEditorProps<R extends Rule> {
  rule: R;
  kind: 'entity' | 'link';
  schema: Schema;
  onChange(next: R): void;
}

/** The condition's value in the form its operator takes: a number, a list, text, or none. */
function valueFor(op: ConditionOp, raw: string, field: string): Condition['value'] {
  if (op === 'exists') return undefined;
  // A grade compares as a grade ("B2 or better"), not as a number.
  if (field === 'grade')
    return op === 'in'
      ? raw
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean)
      : raw.trim().toUpperCase();
  if (op === 'atLeast' || op === 'atMost') {
    const n = Number(raw.replace(/[\s,]/g, ''));
    return Number.isFinite(n) ? n : 0;
  }
  if (op === 'in')
    return raw
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
  return raw;
}

const rawOf = (value: Condition['value']) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));

/** An optional colour: a checkbox to set it, the browser's colour picker for the value. */
function ColorField(props: {
  label: string;
  value: string | undefined;
  fallback: string;
  onChange(v?: string): void;
}) {
  const { t } = useTranslation('chartStyle', { keyPrefix: 'rule' });
  return (
    <div className="style-color-field">
      <Checkbox
        className="style-inline-check"
        label={props.label}
        checked={props.value !== undefined}
        onChange={(e) => props.onChange(e.currentTarget.checked ? props.fallback : undefined)}
      />
      <input
        type="color"
        aria-label={t('colourOf', { label: props.label })}
        value={props.value ?? props.fallback}
        disabled={props.value === undefined}
        onChange={(e) => props.onChange(e.currentTarget.value.toUpperCase())}
      />
    </div>
  );
}

function without<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Edits one rule: its condition, its legend text and what it changes. */
export function RuleEditor<R extends Rule>({ rule, kind, schema, onChange }: RuleEditorProps<R>) {
  const { t } = useTranslation('chartStyle', { keyPrefix: 'rule' });
  const { t: opLabel } = useTranslation('chartStyle', { keyPrefix: 'op' });
  const when = rule.when;
  const fields = fieldOptions(schema, kind);
  const known = knownValues(schema, when.field, kind);
  const numeric = isNumericField(schema, when.field) || when.field === 'grade';
  const setWhen = (next: Partial<Condition>) => {
    const merged = { ...when, ...next };
    onChange({ ...rule, when: { ...merged, value: valueFor(merged.op, rawOf(merged.value), merged.field) } });
  };
  const set = <K extends keyof R>(key: K, value: R[K] | undefined) => onChange(without(rule, key, value));

  return (
    <div className="style-rule-editor">
      <div className="style-row">
        <HTMLSelect
          aria-label={t('field')}
          value={when.field}
          onChange={(e) => setWhen({ field: e.currentTarget.value, value: '' })}
          options={fields.map((f) => ({ value: f.value, label: f.label }))}
        />
        <HTMLSelect
          aria-label={t('operator')}
          value={when.op}
          onChange={(e) => setWhen({ op: e.currentTarget.value as ConditionOp })}
          options={OPS.filter((op) => numeric || (op !== 'atLeast' && op !== 'atMost')).map((op) => ({
            value: op,
            label: opLabel(op),
          }))}
        />
        {when.op === 'exists' ? null : known && when.op !== 'in' ? (
          <HTMLSelect
            aria-label={t('value')}
            value={rawOf(when.value)}
            onChange={(e) => setWhen({ value: e.currentTarget.value })}
            options={['', ...known].map((v) => ({ value: v, label: v || t('choose') }))}
          />
        ) : (
          <InputGroup
            aria-label={t('value')}
            size="small"
            placeholder={when.op === 'in' ? t('listPlaceholder') : t('valuePlaceholder')}
            value={rawOf(when.value)}
            // Typed as text; turned into a number or a list when the field loses focus.
            onValueChange={(v) => onChange({ ...rule, when: { ...when, value: v } })}
            onBlur={(e) => setWhen({ value: e.currentTarget.value })}
          />
        )}
      </div>
      <FormGroup label={t('legendText')} inline className="style-field">
        <InputGroup
          size="small"
          placeholder={t('describe')}
          value={rule.label}
          maxLength={120}
          onValueChange={(v) => onChange({ ...rule, label: v })}
        />
      </FormGroup>
      <div className="style-row">
        <ColorField
          label={t('colour')}
          value={rule.color}
          fallback="#E69F00"
          onChange={(v) => set('color' as keyof R, v as R[keyof R])}
        />
        {'width' in rule || kind === 'link' ? (
          <FormGroup label={t('width')} inline className="style-field">
            <NumericInput
              size="small"
              min={0.5}
              max={16}
              stepSize={0.5}
              value={(rule as LinkRule).width ?? ''}
              placeholder="—"
              onValueChange={(n) =>
                set('width' as keyof R, (Number.isFinite(n) ? n : undefined) as R[keyof R])
              }
            />
          </FormGroup>
        ) : null}
      </div>
      {kind === 'entity' ? (
        <NodeRuleLooks rule={rule as NodeRule} onChange={(r) => onChange(r as R)} />
      ) : null}
    </div>
  );
}

function NodeRuleLooks({ rule, onChange }: { rule: NodeRule; onChange(next: NodeRule): void }) {
  const { t } = useTranslation('chartStyle', { keyPrefix: 'rule' });
  const { t: shapeLabel } = useTranslation('chartStyle', { keyPrefix: 'shape' });
  const set = <K extends keyof NodeRule>(key: K, value: NodeRule[K] | undefined) =>
    onChange(without(rule, key, value));
  const num = (n: number) => (Number.isFinite(n) ? n : undefined);
  return (
    <>
      <div className="style-row">
        <ColorField
          label={t('border')}
          value={rule.borderColor}
          fallback="#FBB360"
          onChange={(v) => set('borderColor', v)}
        />
        <FormGroup label={t('borderWidth')} inline className="style-field">
          <NumericInput
            size="small"
            min={0}
            max={12}
            value={rule.borderWidth ?? ''}
            placeholder="—"
            onValueChange={(n) => set('borderWidth', num(n))}
          />
        </FormGroup>
      </div>
      <div className="style-row">
        <FormGroup label={t('size')} inline className="style-field">
          <NumericInput
            size="small"
            min={12}
            max={160}
            value={rule.size ?? ''}
            placeholder="—"
            onValueChange={(n) => set('size', num(n))}
          />
        </FormGroup>
        <FormGroup label={t('shape')} inline className="style-field">
          <HTMLSelect
            value={rule.shape ?? ''}
            onChange={(e) => set('shape', (e.currentTarget.value || undefined) as NodeShape | undefined)}
            options={[
              { value: '', label: t('unchanged') },
              ...SHAPES.map((s) => ({ value: s, label: shapeLabel(s) })),
            ]}
          />
        </FormGroup>
      </div>
    </>
  );
}
