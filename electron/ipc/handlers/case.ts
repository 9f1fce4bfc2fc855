import { listCaseFiles } from '../../services/cases';
import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../handlers';

type CaseMethods =
  | 'getSchema'
  | 'createCase'
  | 'openCase'
  | 'encryptCase'
  | 'decryptCase'
  | 'changeCasePassphrase'
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
    createCase: ({ path, passphrase }, { cases }) => cases.create(path, passphrase),
    openCase: ({ path, passphrase }, { cases }) => cases.open(path, passphrase),
    encryptCase: ({ passphrase }, { cases }) => cases.recrypt({ from: null, to: passphrase }),
    decryptCase: ({ passphrase }, { cases }) => cases.recrypt({ from: passphrase, to: null }),
    changeCasePassphrase: ({ passphrase, newPassphrase }, { cases }) =>
      cases.recrypt({ from: passphrase, to: newPassphrase }),
    openDemoCase: (_, { cases }) => cases.openDemo(),
    closeCase: async (_, { cases }) => ({ closed: await cases.close() }),
    getCaseInfo: (_, { cases }) => cases.info(),
    listRecentCases: () => recent.list(),
    listCaseFiles: async () => ({ dir: casesDir, files: await listCaseFiles(casesDir) }),
    takeOffline: (request, { cases }) => cases.takeOffline(request),
    publishCase: (request, { cases }) => cases.publish(request),
  };
}
