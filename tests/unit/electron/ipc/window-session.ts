import { dispatch } from '../../../../electron/ipc/dispatch';
import { createBackend } from '../../../../electron/ipc/handlers';
import type { AppServices } from '../../../../electron/services/app-services';
import type { Envelope } from '../../../../graph-schema/contract/envelope';

export type Send = (method: string, payload?: unknown) => Promise<Envelope<unknown>>;

/** One window's way in, as a transport gives it: every request names the window's own session. */
export function windowSession(services: AppServices, owner = 'browser'): Send {
  const backend = createBackend(services);
  const session = services.sessions.open(owner).id;
  return (method, payload) => dispatch(backend, method, payload, { owner, session });
}
