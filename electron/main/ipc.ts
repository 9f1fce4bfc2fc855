import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { CHANNEL_PREFIX, type Envelope } from '../../graph-schema/contract/envelope';
import { isMethodName, METHOD_NAMES } from '../../graph-schema/contract/methods';
import { dispatch } from '../ipc/dispatch';
import type { Handlers } from '../ipc/handlers';

export interface IpcOptions {
  handlers: Handlers;
  /** The one window allowed to call; null while none is open. */
  window: () => BrowserWindow | null;
  /** dist/renderer/index.html: the only page allowed to call. */
  indexHtml: string;
}

const refused = (message: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'UNAUTHORIZED', message },
});

/** Only the main frame of our window, showing our own renderer file, may call. */
function trustedSender(event: IpcMainInvokeEvent, options: IpcOptions, rendererUrl: string): boolean {
  const window = options.window();
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  if (event.sender !== window.webContents || frame !== window.webContents.mainFrame) return false;
  const url = frame.url.split('#')[0]?.split('?')[0];
  return url === rendererUrl;
}

/** Every contract method goes through this one wrapper; there is no other ipcMain handler. */
export function registerIpc(options: IpcOptions): () => void {
  const rendererUrl = pathToFileURL(options.indexHtml).href;
  const channels = METHOD_NAMES.map((name) => `${CHANNEL_PREFIX}${name}`);

  const wrapper = (channel: string) => async (event: IpcMainInvokeEvent, payload: unknown) => {
    const method = channel.slice(CHANNEL_PREFIX.length);
    if (!channel.startsWith(CHANNEL_PREFIX) || !isMethodName(method))
      return refused(`Unknown channel: ${channel}`);
    if (!trustedSender(event, options, rendererUrl)) {
      process.stderr.write(
        `[plexus] refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}\n`,
      );
      return refused('This page may not call Plexus');
    }
    return dispatch(options.handlers, method, payload);
  };

  for (const channel of channels) ipcMain.handle(channel, wrapper(channel));
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
