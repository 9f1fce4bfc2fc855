import { Button } from '@blueprintjs/core';

interface EditorFooterProps {
  dirty: boolean;
  saving: boolean;
  onSave(): void;
  onRevert(): void;
}

export function EditorFooter({ dirty, saving, onSave, onRevert }: EditorFooterProps) {
  return (
    <div className="editor-footer">
      <Button size="small" text="Revert" disabled={!dirty || saving} onClick={onRevert} />
      <Button
        size="small"
        intent="primary"
        text="Save"
        type="button"
        disabled={!dirty}
        loading={saving}
        onClick={onSave}
      />
    </div>
  );
}
