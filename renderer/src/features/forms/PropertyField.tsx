import { Checkbox, FormGroup, InputGroup, TextArea } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import { useTranslation } from 'react-i18next';
import { optionLabelOf, type PropertyDefinition } from '../../../../graph-schema/model';
import { currentLanguage, i18n } from '../../i18n';
import { formatNumber } from '../../i18n/format';

interface PropertyFieldProps {
  def: PropertyDefinition;
  value: string | boolean | undefined;
  error: string | undefined;
  idPrefix: string;
  /** The selected items hold different values (multi-edit): shown as "mixed" until set. */
  mixed?: boolean;
  onChange(value: string | boolean): void;
}

/** One type property with the control its kind calls for. */
export function PropertyField({ def, value, error, idPrefix, mixed = false, onChange }: PropertyFieldProps) {
  const { t } = useTranslation('forms');
  const id = `${idPrefix}-prop-${def.name}`;
  const intent = error ? 'danger' : 'none';
  const label = def.required ? t('required', { label: def.label }) : def.label;
  const text = typeof value === 'string' ? value : '';

  if (def.kind === 'boolean') {
    return (
      <FormGroup helperText={error} intent={intent} className="field">
        <Checkbox
          id={id}
          label={def.label}
          checked={value === true}
          indeterminate={mixed && value === undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
      </FormGroup>
    );
  }

  let control;
  if (def.kind === 'enum') {
    control = (
      <HTMLSelect
        id={id}
        fill
        value={text}
        onChange={(e) => onChange(e.currentTarget.value)}
        aria-invalid={!!error}
      >
        <option value="">{mixed && value === undefined ? t('mixedOption') : '—'}</option>
        {(def.options ?? []).map((o) => (
          <option key={o} value={o}>
            {optionLabelOf(def, o, currentLanguage())}
          </option>
        ))}
      </HTMLSelect>
    );
  } else if (def.kind === 'text') {
    control = (
      <TextArea
        id={id}
        fill
        size="small"
        rows={2}
        value={text}
        placeholder={mixed ? t('mixed') : undefined}
        onChange={(e) => onChange(e.currentTarget.value)}
      />
    );
  } else {
    control = (
      <InputGroup
        id={id}
        size="small"
        value={text}
        inputMode={def.kind === 'number' ? 'decimal' : undefined}
        placeholder={
          mixed
            ? t('mixed')
            : def.kind === 'date'
              ? t('propertyDateHint')
              : def.kind === 'number'
                ? rangeHint(def)
                : undefined
        }
        intent={intent}
        aria-invalid={!!error}
        onValueChange={onChange}
      />
    );
  }
  return (
    <FormGroup
      label={label}
      labelFor={id}
      helperText={error ?? def.description}
      intent={intent}
      className="field"
    >
      {control}
    </FormGroup>
  );
}

function rangeHint(def: PropertyDefinition): string | undefined {
  if (def.min !== undefined && def.max !== undefined)
    return i18n.t('forms:range', { min: formatNumber(def.min), max: formatNumber(def.max) });
  return undefined;
}
