import { z } from 'zod';
import { ErrorPayload } from '../model/errors';

/**
 * Every transport answers with this envelope, because Electron's invoke() and fetch()
 * both lose a thrown error's code and details on the way.
 */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload };

export const EnvelopeSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), value: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: ErrorPayload }),
]);

/** IPC channel names are prefixed so the main process can refuse anything else. */
export const CHANNEL_PREFIX = 'plexus:';
/** Browser mode's HTTP routes: POST /api/<method>. */
export const HTTP_API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-plexus-token';
/** Browser mode: the window session a request acts in (the desktop shell passes it over IPC). */
export const SESSION_HEADER = 'x-plexus-session';
