import { Checkbox } from '@blueprintjs/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TypeChecklistProps {
  legend: string;
  types: readonly { name: string; label: string; icon?: ReactNode }[];
  value: string[];
  onChange(value: string[]): void;
}

/** A filter over types; none ticked means all, as the store reads it. */
export function TypeChecklist({ legend, types, value, onChange }: TypeChecklistProps) {
  const { t } = useTranslation('dialogs');
  return (
    <fieldset className="type-checklist">
      <legend>
        {legend}{' '}
        <span className="muted">
          {value.length === 0 ? t('checklist.all') : t('checklist.some', { n: value.length })}
        </span>
      </legend>
      <div className="checklist-grid">
        {types.map((t) => (
          <Checkbox
            key={t.name}
            checked={value.includes(t.name)}
            labelElement={
              <span className="check-label">
                {t.icon}
                {t.label}
              </span>
            }
            onChange={(e) =>
              onChange(e.currentTarget.checked ? [...value, t.name] : value.filter((v) => v !== t.name))
            }
          />
        ))}
      </div>
    </fieldset>
  );
}
