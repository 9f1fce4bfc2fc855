import { Tag } from '@blueprintjs/core';

/** Says an item holds edits not yet saved: they are kept while the analyst looks elsewhere. */
export function DraftMarker({ dirty }: { dirty: boolean }) {
  if (!dirty) return null;
  return (
    <Tag
      minimal
      intent="warning"
      className="draft-marker"
      title="Kept while you select other items. Save (Ctrl+S) or Revert."
    >
      Unsaved edits
    </Tag>
  );
}
