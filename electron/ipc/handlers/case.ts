import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../handlers';

type CaseMethods =
  | 'getSchema'
  | 'createCase'
  | 'openCase'
  | 'openDemoCase'
  | 'closeCase'
  | 'getCaseInfo'
  | 'listRecentCases'
  | 'listCaseFiles'
  | 'takeOffline'
  | 'publishCase';

/** Which store is current, and the case files that move to and from it. */
export function caseHandlers({ schema, cases }: AppServices): Pick<Handlers, CaseMethods> {
  return {
    getSchema: async () => schema,
    createCase: ({ path }) => cases.create(path),
    openCase: ({ path }) => cases.open(path),
    openDemoCase: () => cases.openDemo(),
    closeCase: async () => ({ closed: await cases.close() }),
    getCaseInfo: () => cases.info(),
    listRecentCases: () => cases.recent(),
    listCaseFiles: () => cases.listFiles(),
    takeOffline: (request) => cases.takeOffline(request),
    publishCase: (request) => cases.publish(request),
  };
}
