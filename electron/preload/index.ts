import { contextBridge, ipcRenderer, webUtils } from 'electron';
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

/**
 * The system's Open and Save dialogs (answering the chosen path, or null) and the path of a
 * file dropped on the window, which a page is never told. Named methods, as above; the
 * channel names match electron/main/file-dialogs.ts (kept literal: the sandboxed preload
 * bundle stays free of main-process code).
 */
contextBridge.exposeInMainWorld(
  'plexusFiles',
  Object.freeze({
    openFile: (options: unknown) => ipcRenderer.invoke('plexus-files:open', options),
    saveFile: (options: unknown) => ipcRenderer.invoke('plexus-files:save', options),
    pathOf: (file: File) => webUtils.getPathForFile(file) || null,
  }),
);
