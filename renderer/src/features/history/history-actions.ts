import type { Action } from '../action-table';
import { openHistoryDialog, verifyHistoryNow } from '../../stores/history-state';

/** Case history… and Verify case history, for a case file or a server: in the palette and wherever the action table is read. */
export const HISTORY_ACTIONS: readonly Action[] = [
  {
    id: 'caseHistory',
    name: 'history:action.open',
    icon: 'history',
    run: () => openHistoryDialog(),
  },
  {
    id: 'verifyHistory',
    name: 'history:action.verify',
    icon: 'endorsed',
    run: () => void verifyHistoryNow(),
  },
];
