import { Button, FormGroup, InputGroup, PopoverNext } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analystNameProblem, ANALYST_NAME_MAX } from '../../../graph-schema/contract/analyst';
import { saveAnalystName } from '../stores/analyst';
import { useAnalystName } from './analyst-name';

/**
 * Who is at the desk: the analyst name every write enters in the case history beside the OS
 * user. Beside the language and theme (start screen and status bar), where a user's own
 * settings sit; Enter or click opens it, Enter saves, Escape leaves it as it was.
 */
export function AnalystMenu() {
  const { t } = useTranslation('analyst');
  const name = useAnalystName();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [failed, setFailed] = useState<string | null>(null);
  const problem = typed.trim() === '' ? undefined : analystNameProblem(typed);
  const error = problem ? t(`problem.${problem}`, { max: ANALYST_NAME_MAX }) : failed;

  const show = (next: boolean) => {
    if (next) {
      setTyped(name ?? '');
      setFailed(null);
    }
    setOpen(next);
  };
  const save = async (value: string) => {
    try {
      await saveAnalystName(value);
      setOpen(false);
    } catch (cause) {
      setFailed(cause instanceof Error ? cause.message : String(cause));
    }
  };

  const shown = name ?? t('unset');
  return (
    <PopoverNext
      className="analyst-menu"
      isOpen={open}
      onInteraction={show}
      placement="top-end"
      arrow={false}
      content={
        <form
          className="analyst-form"
          aria-label={t('label')}
          onSubmit={(event) => {
            event.preventDefault();
            if (!problem) void save(typed);
          }}
        >
          <FormGroup
            label={t('label')}
            labelFor="analyst-name"
            className="field"
            helperText={error ?? t('note')}
            intent={error ? 'danger' : 'none'}
          >
            <InputGroup
              id="analyst-name"
              size="small"
              autoFocus
              value={typed}
              placeholder={t('placeholder')}
              intent={error ? 'danger' : 'none'}
              onValueChange={setTyped}
            />
          </FormGroup>
          <div className="analyst-buttons">
            {name !== undefined && (
              <Button size="small" variant="minimal" text={t('clear')} onClick={() => void save('')} />
            )}
            <Button
              size="small"
              type="submit"
              intent="primary"
              text={t('save')}
              disabled={problem !== undefined}
            />
          </div>
        </form>
      }
    >
      <Button
        size="small"
        variant="minimal"
        icon="person"
        text={shown}
        aria-label={name !== undefined ? t('button', { name }) : t('unsetLabel')}
        title={t('tip')}
        data-testid="analyst-name"
      />
    </PopoverNext>
  );
}
