import { METHOD_NAMES, type MethodName, type PlexusApi } from '../../../graph-schema/contract';
import { PlexusError } from '../../../graph-schema/model';
import type { Transport } from './transport';

/** A typed client with one method per contract method; failures become thrown PlexusErrors. */
export function createClient(transport: Transport): PlexusApi {
  const client: Partial<Record<MethodName, (request: unknown) => Promise<unknown>>> = {};
  for (const method of METHOD_NAMES) {
    client[method] = async (request: unknown) => {
      const envelope = await transport(method, request);
      if (!envelope.ok) throw PlexusError.fromPayload(envelope.error);
      return envelope.value;
    };
  }
  return client as PlexusApi;
}
