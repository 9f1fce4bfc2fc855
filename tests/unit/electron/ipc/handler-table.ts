import { dispatch } from '../../../../electron/ipc/dispatch';
import type { Backend, Caller, Handlers } from '../../../../electron/ipc/handlers';
import type { CaseService } from '../../../../electron/services/cases';
import type { ImportService } from '../../../../electron/services/io/import-service';
import { createSessionRegistry, type SessionRegistry } from '../../../../electron/services/sessions';
import type { Envelope } from '../../../../graph-schema/contract/envelope';
import { METHOD_NAMES } from '../../../../graph-schema/contract/methods';

/** A handler table where every method not overridden fails as a bug would. */
export function handlerTable(overrides: Partial<Handlers>): Handlers {
  const table: Record<string, unknown> = {};
  for (const name of METHOD_NAMES)
    table[name] = () => Promise.reject(new Error(`${name} is not wired in this test`));
  return { ...(table as Handlers), ...overrides };
}

/** Sessions whose case and import services only count being closed: dispatch never reaches them. */
export function stubSessions(): SessionRegistry {
  return createSessionRegistry({
    create: () => ({
      cases: { close: async () => false } as unknown as CaseService,
      imports: { cancel: () => false } as unknown as ImportService,
    }),
  });
}

/** A backend over `overrides` and a caller holding a session of its own in it. */
export function fakeBackend(
  overrides: Partial<Handlers>,
  owner = 'browser',
): { backend: Backend; caller: Caller } {
  const sessions = stubSessions();
  return {
    backend: { handlers: handlerTable(overrides), sessions },
    caller: { owner, session: sessions.open(owner).id },
  };
}

/** dispatch() as a window with its own session calls it. */
export function dispatchTo(
  overrides: Partial<Handlers>,
  method: string,
  payload: unknown,
): Promise<Envelope<unknown>> {
  const { backend, caller } = fakeBackend(overrides);
  return dispatch(backend, method, payload, caller);
}
