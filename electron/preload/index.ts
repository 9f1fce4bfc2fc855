import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_PREFIX, type Envelope } from '../../graph-schema/contract/envelope';
import {
  METHOD_NAMES,
  type MethodName,
  type Request,
  type Response,
} from '../../graph-schema/contract/methods';

/**
 * What the page sees as window.plexus: one named function per contract method, answering
 * envelopes. The second argument names the window's session; the main process checks it
 * belongs to this window.
 */
export type PreloadApi = {
  [M in MethodName]: (request: Request<M>, session?: string) => Promise<Envelope<Response<M>>>;
};

/**
 * Named methods only, never a generic invoke(channel): the page can reach exactly the
 * contract and nothing else, even if a script in it is hostile.
 */
function buildApi(): PreloadApi {
  const api: Record<string, (request: unknown, session?: string) => Promise<unknown>> = {};
  for (const name of METHOD_NAMES) {
    const channel = `${CHANNEL_PREFIX}${name}`;
    api[name] = (request: unknown, session?: string) => ipcRenderer.invoke(channel, request, session);
  }
  return Object.freeze(api) as unknown as PreloadApi;
}

contextBridge.exposeInMainWorld('plexus', buildApi());
