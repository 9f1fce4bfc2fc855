import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { trustedSender } from './ipc';

/** The two channels of the native file dialogs: nothing else, and never a path the page can read. */
export const FILE_DIALOG_CHANNELS = { open: 'plexus-files:open', save: 'plexus-files:save' } as const;

const Filter = z.strictObject({
  name: z.string().max(200),
  extensions: z.array(z.string().regex(/^[A-Za-z0-9*]{1,20}$/)).max(20),
});
const OpenRequest = z.strictObject({
  title: z.string().max(200).optional(),
  filters: z.array(Filter).max(20).optional(),
});
const SaveRequest = OpenRequest.extend({ defaultPath: z.string().max(4096).optional() });

/**
 * The desktop keeps the system's Open and Save dialogs: the renderer asks for one and gets
 * the path the person chose (or null), then calls the same contract methods browser mode
 * calls with an upload or a download. Same sender check as every contract method; the
 * dialog is modal to the asking window.
 */
export function registerFileDialogs(options: { indexHtml: string }): () => void {
  const rendererUrl = pathToFileURL(options.indexHtml).href;
  const parent = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  ipcMain.handle(FILE_DIALOG_CHANNELS.open, async (event, payload: unknown) => {
    const request = OpenRequest.safeParse(payload ?? {});
    const window = parent(event);
    if (!request.success || !window || !trustedSender(event, rendererUrl)) return null;
    const answer = await dialog.showOpenDialog(window, {
      properties: ['openFile'],
      ...(request.data.title ? { title: request.data.title } : {}),
      filters: [...(request.data.filters ?? []), { name: 'All files', extensions: ['*'] }],
    });
    return answer.canceled ? null : (answer.filePaths[0] ?? null);
  });

  ipcMain.handle(FILE_DIALOG_CHANNELS.save, async (event, payload: unknown) => {
    const request = SaveRequest.safeParse(payload ?? {});
    const window = parent(event);
    if (!request.success || !window || !trustedSender(event, rendererUrl)) return null;
    const { title, defaultPath, filters } = request.data;
    const answer = await dialog.showSaveDialog(window, {
      ...(title ? { title } : {}),
      ...(defaultPath ? { defaultPath } : {}),
      ...(filters ? { filters } : {}),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    return answer.canceled || !answer.filePath ? null : answer.filePath;
  });

  return () => {
    ipcMain.removeHandler(FILE_DIALOG_CHANNELS.open);
    ipcMain.removeHandler(FILE_DIALOG_CHANNELS.save);
  };
}
