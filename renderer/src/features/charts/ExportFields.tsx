import { InputGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { Field } from '../import/FieldControls';

/** A labelled one-line text field of the chart export dialog. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <InputGroup id={props.id} size="small" value={props.value} onValueChange={props.onChange} />
    </Field>
  );
}

/** A labelled choice among fixed values; `options` pairs each value with its label. */
export function ChoiceField<V extends string | number>(props: {
  id: string;
  label: string;
  value: V;
  // V is the field's own type, read from `value` alone.
  options: readonly (readonly [NoInfer<V>, string])[];
  onChange(value: NoInfer<V>): void;
}) {
  return (
    <Field id={props.id} label={props.label}>
      <HTMLSelect
        id={props.id}
        fill
        value={props.value}
        onChange={(e) => {
          const chosen = props.options.find(([v]) => String(v) === e.currentTarget.value);
          if (chosen) props.onChange(chosen[0]);
        }}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </HTMLSelect>
    </Field>
  );
}
