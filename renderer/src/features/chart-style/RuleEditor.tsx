import { Checkbox, FormGroup, HTMLSelect, InputGroup, NumericInput } from '@blueprintjs/core';
import type {
  Condition,
  ConditionOp,
  LinkRule,
  NodeRule,
  NodeShape,
} from '../../../../graph-schema/chart/style-spec';
import type { Schema } from '../../../../graph-schema/model/schema';
import { fieldOptions, isNumericField, knownValues } from './field-options';

export const OP_LABELS: Record<ConditionOp, string> = {
  is: 'is',
  isNot: 'is not',
  in: 'is one of',
  atLeast: 'at least',
  atMost: 'at most',
  exists: 'has a value',
};

const SHAPES: Record<NodeShape, string> = {
  ellipse: 'Circle',
  'round-rectangle': 'Rounded square',
  diamond: 'Diamond',
  hexagon: 'Hexagon',
};

type Rule = NodeRule | LinkRule;

interface RuleEditorProps<R extends Rule> {
  rule: R;
  kind: 'entity' | 'link';
  schema: Schema;
  onChange(next: R): void;
}

/** The condition's value in the form its operator takes: a number, a list, text, or none. */
function valueFor(op: ConditionOp, raw: string): Condition['value'] {
  if (op === 'exists') return undefined;
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
        aria-label={`${props.label} colour`}
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
  const when = rule.when;
  const fields = fieldOptions(schema, kind);
  const known = knownValues(schema, when.field, kind);
  const numeric = isNumericField(schema, when.field);
  const setWhen = (next: Partial<Condition>) => {
    const merged = { ...when, ...next };
    onChange({ ...rule, when: { ...merged, value: valueFor(merged.op, rawOf(merged.value)) } });
  };
  const set = <K extends keyof R>(key: K, value: R[K] | undefined) => onChange(without(rule, key, value));

  return (
    <div className="style-rule-editor">
      <div className="style-row">
        <HTMLSelect
          aria-label="Field"
          value={when.field}
          onChange={(e) => setWhen({ field: e.currentTarget.value, value: '' })}
          options={fields.map((f) => ({ value: f.value, label: f.label }))}
        />
        <HTMLSelect
          aria-label="Operator"
          value={when.op}
          onChange={(e) => setWhen({ op: e.currentTarget.value as ConditionOp })}
          options={(Object.keys(OP_LABELS) as ConditionOp[])
            .filter((op) => numeric || (op !== 'atLeast' && op !== 'atMost'))
            .map((op) => ({ value: op, label: OP_LABELS[op] }))}
        />
        {when.op === 'exists' ? null : known && when.op !== 'in' ? (
          <HTMLSelect
            aria-label="Value"
            value={rawOf(when.value)}
            onChange={(e) => setWhen({ value: e.currentTarget.value })}
            options={['', ...known].map((v) => ({ value: v, label: v || 'Choose…' }))}
          />
        ) : (
          <InputGroup
            aria-label="Value"
            size="small"
            placeholder={when.op === 'in' ? 'a, b, c' : 'value'}
            value={rawOf(when.value)}
            // Typed as text; turned into a number or a list when the field loses focus.
            onValueChange={(v) => onChange({ ...rule, when: { ...when, value: v } })}
            onBlur={(e) => setWhen({ value: e.currentTarget.value })}
          />
        )}
      </div>
      <FormGroup label="Legend text" inline className="style-field">
        <InputGroup
          size="small"
          placeholder="Describe the condition"
          value={rule.label}
          maxLength={120}
          onValueChange={(v) => onChange({ ...rule, label: v })}
        />
      </FormGroup>
      <div className="style-row">
        <ColorField
          label="Colour"
          value={rule.color}
          fallback="#E69F00"
          onChange={(v) => set('color' as keyof R, v as R[keyof R])}
        />
        {'width' in rule || kind === 'link' ? (
          <FormGroup label="Width" inline className="style-field">
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
  const set = <K extends keyof NodeRule>(key: K, value: NodeRule[K] | undefined) =>
    onChange(without(rule, key, value));
  const num = (n: number) => (Number.isFinite(n) ? n : undefined);
  return (
    <>
      <div className="style-row">
        <ColorField
          label="Border"
          value={rule.borderColor}
          fallback="#FBB360"
          onChange={(v) => set('borderColor', v)}
        />
        <FormGroup label="Border width" inline className="style-field">
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
        <FormGroup label="Size" inline className="style-field">
          <NumericInput
            size="small"
            min={12}
            max={160}
            value={rule.size ?? ''}
            placeholder="—"
            onValueChange={(n) => set('size', num(n))}
          />
        </FormGroup>
        <FormGroup label="Shape" inline className="style-field">
          <HTMLSelect
            value={rule.shape ?? ''}
            onChange={(e) => set('shape', (e.currentTarget.value || undefined) as NodeShape | undefined)}
            options={[
              { value: '', label: 'Unchanged' },
              ...(Object.keys(SHAPES) as NodeShape[]).map((s) => ({ value: s, label: SHAPES[s] })),
            ]}
          />
        </FormGroup>
      </div>
    </>
  );
}
