import { InputGroup } from '@blueprintjs/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import './history.css';

/**
 * The optional "why" of a write, entered in the case history beside each item it touches.
 * One small line; Enter does what the dialog's main button does.
 */
export function ReasonField({
  value,
  onChange,
  onEnter,
}: {
  value: string;
  onChange(value: string): void;
  onEnter(): void;
}) {
  const { t } = useTranslation('history');
  const id = useId();
  return (
    <div className="history-reason">
      <label htmlFor={id}>{t('reason.label')}</label>
      <InputGroup
        id={id}
        size="small"
        value={value}
        maxLength={500}
        placeholder={t('reason.placeholder')}
        data-testid="history-reason"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
          e.preventDefault();
          onEnter();
        }}
      />
    </div>
  );
}
