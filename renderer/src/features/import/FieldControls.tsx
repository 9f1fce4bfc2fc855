import { FormGroup } from '@blueprintjs/core';
import { HTMLSelect } from '../../ui/HTMLSelect';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ColumnSelectProps {
  id: string;
  label: string;
  value: string | undefined;
  columns: readonly string[];
  /** Text of the "no column" choice; without it a column must be chosen. */
  none?: string;
  issue?: string;
  onChange(value: string): void;
}

/** A labelled field with its live validation message underneath, in the danger colour. */
export function Field({
  id,
  label,
  issue,
  children,
}: {
  id: string;
  label: string;
  issue?: string | undefined;
  children: ReactNode;
}) {
  return (
    <FormGroup
      label={label}
      labelFor={id}
      className="field"
      intent={issue ? 'danger' : 'none'}
      helperText={issue}
    >
      {children}
    </FormGroup>
  );
}

/** Picks one of the file's columns (or none, where the mapping allows it). */
export function ColumnSelect({ id, label, value, columns, none, issue, onChange }: ColumnSelectProps) {
  const { t } = useTranslation('import', { keyPrefix: 'select' });
  const known = value === undefined || value === '' || columns.includes(value);
  return (
    <Field id={id} label={label} issue={issue}>
      <HTMLSelect id={id} fill value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {none !== undefined || value === undefined || value === '' ? (
          <option value="">{none ?? t('choose')}</option>
        ) : null}
        {!known && <option value={value}>{t('notInFile', { value })}</option>}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </HTMLSelect>
    </Field>
  );
}

interface TypeSelectProps {
  id: string;
  label: string;
  /** "column:NAME" or "fixed:TYPE" (see encodeSource). */
  value: string;
  columns: readonly string[];
  types: readonly { name: string; label: string }[];
  issue?: string | undefined;
  onChange(value: string): void;
}

/** A type fixed for every row, or read from a column: one select, two groups. */
export function TypeSelect({ id, label, value, columns, types, issue, onChange }: TypeSelectProps) {
  const { t } = useTranslation('import', { keyPrefix: 'select' });
  return (
    <Field id={id} label={label} issue={issue}>
      <HTMLSelect id={id} fill value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {value === '' || value === 'fixed:' ? <option value="">{t('choose')}</option> : null}
        <optgroup label={t('fixed')}>
          {types.map((type) => (
            <option key={type.name} value={`fixed:${type.name}`}>
              {type.label}
            </option>
          ))}
        </optgroup>
        {columns.length > 0 && (
          <optgroup label={t('fromColumn')}>
            {columns.map((c) => (
              <option key={c} value={`column:${c}`}>
                {t('column', { column: c })}
              </option>
            ))}
          </optgroup>
        )}
      </HTMLSelect>
    </Field>
  );
}
