import { exportHistory } from '../../services/history-export';
import type { Handlers } from '../handlers';

/** The case's history: list, full check, export (paths resolve like other exports). */
export function historyHandlers(): Pick<
  Handlers,
  'listHistory' | 'verifyHistory' | 'acceptServerHistory' | 'exportHistory'
> {
  return {
    listHistory: (filter, { cases }) => cases.current().listHistory(filter),
    verifyHistory: (_, { cases }) => cases.current().verifyHistory('full'),
    acceptServerHistory: (_, { cases }) => cases.current().acceptHistory(),
    exportHistory: ({ path, format, filter }, { cases }) =>
      exportHistory(cases.current(), cases.resolvePath(path), format, filter),
  };
}
