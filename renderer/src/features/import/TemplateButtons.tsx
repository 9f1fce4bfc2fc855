import { Button, FormGroup, InputGroup, PopoverNext } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TemplateButtonProps {
  text: string;
  icon: 'floppy-disk' | 'folder-open';
  action: string;
  defaultPath: string;
  disabled?: boolean;
  onRun(path: string): Promise<boolean>;
}

/** A button that asks for a template file path in a small popover, then saves or loads it. */
function TemplateButton({ text, icon, action, defaultPath, disabled, onRun }: TemplateButtonProps) {
  const { t } = useTranslation('import', { keyPrefix: 'template' });
  const [open, setOpen] = useState(false);
  const [path, setPath] = useState(defaultPath);
  const id = `template-${icon}`;
  return (
    <PopoverNext
      isOpen={open}
      onInteraction={(next) => setOpen(next)}
      placement="top-start"
      content={
        <form
          className="template-form"
          onSubmit={(e) => {
            e.preventDefault();
            // A form inside the wizard's form: keep Enter from also pressing the wizard's button.
            e.stopPropagation();
            if (path.trim() !== '') void onRun(path.trim()).then((ok) => ok && setOpen(false));
          }}
        >
          <FormGroup label={t('file')} labelFor={id} className="field" helperText={t('note')}>
            <InputGroup id={id} size="small" autoFocus value={path} onValueChange={setPath} />
          </FormGroup>
          <Button size="small" type="submit" intent="primary" text={action} disabled={path.trim() === ''} />
        </form>
      }
    >
      <Button size="small" icon={icon} text={text} disabled={disabled} />
    </PopoverNext>
  );
}

interface TemplateButtonsProps {
  defaultPath: string;
  canSave: boolean;
  onSave(path: string): Promise<string | null>;
  onLoad(path: string): Promise<boolean>;
  /** The last template saved or loaded, to confirm it calmly. */
  note: string | null;
}

export function TemplateButtons({ defaultPath, canSave, onSave, onLoad, note }: TemplateButtonsProps) {
  const { t } = useTranslation('import', { keyPrefix: 'template' });
  return (
    <div className="template-buttons">
      <TemplateButton
        text={t('saveAs')}
        icon="floppy-disk"
        action={t('save')}
        defaultPath={defaultPath}
        disabled={!canSave}
        onRun={async (p) => (await onSave(p)) !== null}
      />
      <TemplateButton
        text={t('load')}
        icon="folder-open"
        action={t('loadAction')}
        defaultPath={defaultPath}
        onRun={onLoad}
      />
      {note && (
        <span className="muted template-note" role="status">
          {note}
        </span>
      )}
    </div>
  );
}
