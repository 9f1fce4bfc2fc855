import { listCaseFiles } from '../../services/cases';
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

/** The window's open case, and the case files that move to and from it. */
export function caseHandlers({ schema, recent, casesDir }: AppServices): Pick<Handlers, CaseMethods> {
  return {
    getSchema: async () => schema,
    createCase: ({ path }, { cases }) => cases.create(path),
    openCase: ({ path }, { cases }) => cases.open(path),
    openDemoCase: (_, { cases }) => cases.openDemo(),
    closeCase: async (_, { cases }) => ({ closed: await cases.close() }),
    getCaseInfo: (_, { cases }) => cases.info(),
    listRecentCases: () => recent.list(),
    listCaseFiles: async () => ({ dir: casesDir, files: await listCaseFiles(casesDir) }),
    takeOffline: (request, { cases }) => cases.takeOffline(request),
    publishCase: (request, { cases }) => cases.publish(request),
  };
}
