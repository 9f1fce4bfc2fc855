import { METHOD_NAMES, type MethodName, type PlexusApi } from '../../../graph-schema/contract';
import { createClient } from './client';
import { detectTransport } from './transport';

let current: PlexusApi | null = null;

function resolve(): PlexusApi {
  current ??= createClient(detectTransport(window));
  return current;
}

/**
 * The one API object the app uses. It resolves its transport on first use, so tests can
 * install a fake before anything calls it.
 */
export const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (request: unknown) => (resolve()[method] as (r: unknown) => Promise<unknown>)(request),
  ]),
) as PlexusApi;

/** Replaces the transport-backed client (unit tests); returns a function that restores it. */
export function installApi(fake: PlexusApi): () => void {
  const previous = current;
  current = fake;
  return () => {
    current = previous;
  };
}

export type { MethodName, PlexusApi };
export { createClient } from './client';
