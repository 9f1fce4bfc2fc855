import { METHOD_NAMES, type MethodName, type PlexusApi } from '../../../graph-schema/contract';
import { PlexusError } from '../../../graph-schema/model';
import type { SendOptions, Transport } from './transport';

/**
 * A typed client with one method per contract method; failures become thrown PlexusErrors.
 * `options` gives each request's session (and keepalive): a function, so the session the
 * window holds at the moment of the call is the one named.
 */
export function createClient(transport: Transport, options: () => SendOptions = () => ({})): PlexusApi {
  const client: Partial<Record<MethodName, (request: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (request: unknown) => {
      const envelope = await transport(method, request, options());
      if (!envelope.ok) throw PlexusError.fromPayload(envelope.error);
      return envelope.value;
    };
  }
  return client as PlexusApi;
}
