import { i18n } from '../../i18n';
import type { AppState } from '../../stores/app-state';
import type { Action } from '../action-table';
import { openHistoryDialog, verifyHistoryNow } from '../../stores/history-state';

/** History is kept in case files; a server connection says why it cannot be shown. */
const onlyCaseFiles = (s: AppState): string | null =>
  s.caseInfo?.store.kind === 'case-file' ? null : i18n.t('crypt:action.onlyCaseFiles');

/** Case history… and Verify case history: in the palette and wherever the action table is read. */
export const HISTORY_ACTIONS: readonly Action[] = [
  {
    id: 'caseHistory',
    name: 'history:action.open',
    icon: 'history',
    blocked: onlyCaseFiles,
    run: () => openHistoryDialog(),
  },
  {
    id: 'verifyHistory',
    name: 'history:action.verify',
    icon: 'endorsed',
    blocked: onlyCaseFiles,
    run: () => void verifyHistoryNow(),
  },
];
