import { Button, DialogBody, DialogFooter, FormGroup, InputGroup, TextArea } from '@blueprintjs/core';
import { Dialog } from '../../ui/Dialog';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError, type AppError } from '../../stores/app-error';
import { ErrorCallout } from '../../ui/ErrorCallout';

export interface TextPromptProps {
  title: string;
  icon: 'floppy-disk' | 'edit' | 'group-objects' | 'annotation' | 'duplicate';
  label: string;
  initial: string;
  submitText: string;
  /** Several lines (a note); Ctrl+Enter submits. */
  multiline?: boolean;
  placeholder?: string;
  onSubmit(text: string): Promise<void> | void;
  onClose(): void;
}

/** One text field and a button: naming a chart or a group, writing a note. */
export function TextPromptDialog(props: TextPromptProps) {
  const { t } = useTranslation('common');
  const [text, setText] = useState(props.initial);
  const [error, setError] = useState<AppError | null>(null);
  const [running, setRunning] = useState(false);
  const empty = text.trim() === '';

  const submit = async () => {
    if (empty || running) return;
    setRunning(true);
    setError(null);
    try {
      await props.onSubmit(props.multiline ? text.replace(/\s+$/, '') : text.trim());
      props.onClose();
    } catch (e) {
      setError(toAppError(e));
      setRunning(false);
    }
  };

  return (
    <Dialog
      isOpen
      title={props.title}
      icon={props.icon}
      onClose={props.onClose}
      className="dense-dialog form-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogBody>
          <FormGroup label={props.label} labelFor="text-prompt" className="field">
            {props.multiline ? (
              <TextArea
                id="text-prompt"
                fill
                autoFocus
                rows={4}
                value={text}
                placeholder={props.placeholder}
                onChange={(e) => setText(e.currentTarget.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                    e.preventDefault();
                    void submit();
                  }
                }}
              />
            ) : (
              <InputGroup
                id="text-prompt"
                size="small"
                autoFocus
                value={text}
                placeholder={props.placeholder}
                onValueChange={setText}
              />
            )}
          </FormGroup>
          <ErrorCallout error={error} />
        </DialogBody>
        <DialogFooter
          actions={
            <>
              <Button size="small" text={t('cancel')} onClick={props.onClose} />
              <Button
                size="small"
                type="submit"
                intent="primary"
                text={props.submitText}
                disabled={empty}
                loading={running}
              />
            </>
          }
        />
      </form>
    </Dialog>
  );
}
