import type { AppServices } from '../../services/app-services';
import type { Handlers } from '../handlers';

type SessionMethods = 'openSession' | 'keepSession' | 'closeSession';

/** A window's session: started (or resumed after a reload), kept alive, ended. */
export function sessionHandlers({ sessions }: AppServices): Pick<Handlers, SessionMethods> {
  return {
    openSession: async ({ resume, analyst }, caller) => {
      const session = sessions.open(caller.owner, resume);
      // From the session's first write on, a resumed one included: the window's preference now.
      session.cases.setAnalyst(analyst);
      return { id: session.id };
    },
    keepSession: async () => ({ kept: true as const }),
    closeSession: async ({ soon }, session) => ({ closed: await sessions.close(session.id, soon) }),
  };
}
