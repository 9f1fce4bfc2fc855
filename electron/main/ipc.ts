import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { pathToFileURL } from 'node:url';
import { CHANNEL_PREFIX, type Envelope } from '../../graph-schema/contract/envelope';
import { isMethodName, METHOD_NAMES } from '../../graph-schema/contract/methods';
import { dispatch } from '../ipc/dispatch';
import type { Backend } from '../ipc/handlers';

export interface IpcOptions {
  backend: Backend;
  /** dist/renderer/index.html: the only page allowed to call. */
  indexHtml: string;
}

/** A window's sessions belong to it alone: no other window can name them. */
export function windowOwner(contents: WebContents): string {
  return `window:${contents.id}`;
}

const refused = (message: string): Envelope<unknown> => ({
  ok: false,
  error: { code: 'UNAUTHORIZED', message },
});

/** Only the main frame of one of our windows, showing our own renderer file, may call. */
export function trustedSender(event: IpcMainInvokeEvent, rendererUrl: string): boolean {
  const window = BrowserWindow.fromWebContents(event.sender);
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  if (event.sender !== window.webContents || frame !== window.webContents.mainFrame) return false;
  const url = frame.url.split('#')[0]?.split('?')[0];
  return url === rendererUrl;
}

/**
 * Every contract method goes through this one wrapper; the only other ipcMain handlers are the
 * native Open and Save dialogs (file-dialogs.ts), behind the same sender check.
 */
export function registerIpc(options: IpcOptions): () => void {
  const rendererUrl = pathToFileURL(options.indexHtml).href;
  const channels = METHOD_NAMES.map((name) => `${CHANNEL_PREFIX}${name}`);

  const wrapper =
    (channel: string) => async (event: IpcMainInvokeEvent, payload: unknown, session: unknown) => {
      const method = channel.slice(CHANNEL_PREFIX.length);
      if (!channel.startsWith(CHANNEL_PREFIX) || !isMethodName(method))
        return refused(`Unknown channel: ${channel}`);
      if (!trustedSender(event, rendererUrl)) {
        process.stderr.write(
          `[plexus] refused ${channel} from ${event.senderFrame?.url ?? 'a closed frame'}\n`,
        );
        return refused('This page may not call Plexus');
      }
      const caller = {
        owner: windowOwner(event.sender),
        ...(typeof session === 'string' ? { session } : {}),
      };
      return dispatch(options.backend, method, payload, caller);
    };

  for (const channel of channels) ipcMain.handle(channel, wrapper(channel));
  return () => channels.forEach((channel) => ipcMain.removeHandler(channel));
}
