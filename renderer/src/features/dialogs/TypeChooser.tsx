import { Button } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import type { EntityTypeDefinition } from '../../../../graph-schema/model';
import { TypeIcon } from '../../ui/TypeIcon';

interface TypeChooserProps {
  types: readonly EntityTypeDefinition[];
  value: string;
  onChange(name: string): void;
}

/** Entity types as a radio group of icon buttons: the type's look is part of choosing it. */
export function TypeChooser({ types, value, onChange }: TypeChooserProps) {
  const { t } = useTranslation('dialogs');
  return (
    <div role="radiogroup" aria-label={t('typeChooser')} className="type-chooser">
      {types.map((t) => (
        <Button
          key={t.name}
          role="radio"
          aria-checked={t.name === value}
          // The dialog's first field: the keyboard starts on the chosen type.
          autoFocus={t.name === value}
          active={t.name === value}
          size="small"
          alignText="start"
          icon={<TypeIcon icon={t.icon} color={t.color} />}
          text={t.label}
          title={t.description}
          onClick={() => onChange(t.name)}
        />
      ))}
    </div>
  );
}
