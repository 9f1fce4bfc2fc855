import { Alert } from '@blueprintjs/core';
import type { ChartSelection } from '../../chart/types';
import { deleteItems, describeItems } from '../actions';

export function ConfirmDelete({ ids, onClose }: { ids: ChartSelection; onClose(): void }) {
  const what = describeItems(ids);
  return (
    <Alert
      isOpen
      icon="trash"
      intent="danger"
      confirmButtonText="Delete"
      cancelButtonText="Cancel"
      canEscapeKeyCancel
      onCancel={onClose}
      onConfirm={() => {
        onClose();
        void deleteItems(ids);
      }}
    >
      <p>
        Delete {what} from the case?
        {ids.entities.length > 0 && ' Links to and from deleted entities are deleted with them.'}
      </p>
      <p className="muted">You can undo this with Ctrl+Z.</p>
    </Alert>
  );
}
