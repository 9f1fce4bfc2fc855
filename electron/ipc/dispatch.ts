import type { Envelope } from '../../graph-schema/contract/envelope';
import { contract, isAppMethod, isMethodName, type MethodName } from '../../graph-schema/contract/methods';
import {
  isPlexusError,
  placesFromZod,
  validationError,
  type ErrorPayload,
} from '../../graph-schema/model/errors';
import type { Backend, Caller } from './handlers';

const INTERNAL: ErrorPayload = {
  code: 'INTERNAL',
  message: 'Something went wrong inside Plexus; the details are in its log.',
};

/** Stacks go to stderr only: they name files and lines a user's screen should not show. */
function logInternal(method: string, what: string, error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`[plexus] ${method}: ${what}\n${detail}\n`);
}

function fail(error: ErrorPayload): Envelope<unknown> {
  return { ok: false, error };
}

type Call = (request: unknown, context: unknown) => Promise<unknown>;

/**
 * Runs a validated request: an app method with the caller, any other in the session the
 * request names, which must be the caller's own (NO_SESSION otherwise, before anything runs).
 */
function run(backend: Backend, method: MethodName, request: unknown, caller: Caller): Promise<unknown> {
  const handler = backend.handlers[method] as Call;
  if (isAppMethod(method)) {
    // A session named by an app request must still exist: a page whose session ended
    // learns it on its next call, whatever that call is.
    if (caller.session !== undefined) backend.sessions.get(caller.session, caller.owner);
    return handler(request, caller);
  }
  const session = backend.sessions.get(caller.session, caller.owner);
  return backend.sessions.use(session, () => handler(request, session));
}

/**
 * The one entry point of both transports: finds the method, validates the payload against
 * the contract, calls the handler, and turns every outcome into an envelope. Never throws.
 */
export async function dispatch(
  backend: Backend,
  method: string,
  payload: unknown,
  caller: Caller,
): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail({ code: 'NOT_FOUND', message: `Unknown method: ${method.slice(0, 100)}` });
  }
  const spec = contract[method];
  // invoke() with no argument sends undefined; methods without fields take {}.
  const parsed = spec.request.safeParse(payload === undefined ? {} : payload);
  if (!parsed.success) return fail(validationError(placesFromZod(parsed.error)).toPayload());

  let value: unknown;
  try {
    value = await run(backend, method, parsed.data, caller);
  } catch (error) {
    if (isPlexusError(error)) return fail(error.toPayload());
    logInternal(method, 'failed', error);
    return fail(INTERNAL);
  }

  // In development a handler answering outside the contract is a bug to catch early.
  if (process.env.NODE_ENV !== 'production') {
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      logInternal(method, 'answered outside the contract', checked.error);
      return fail(INTERNAL);
    }
  }
  return { ok: true, value };
}
