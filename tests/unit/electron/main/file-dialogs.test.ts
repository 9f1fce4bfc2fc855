import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, payload: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Listener>());
const windows = vi.hoisted(() => new Map<unknown, unknown>());
const shown = vi.hoisted(() => ({
  open: vi.fn(async (): Promise<{ canceled: boolean; filePaths: string[] }> => ({
    canceled: false,
    filePaths: ['/home/ann/people.csv'],
  })),
  save: vi.fn(async (): Promise<{ canceled: boolean; filePath?: string }> => ({
    canceled: false,
    filePath: '/home/ann/briefing.pdf',
  })),
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
  BrowserWindow: { fromWebContents: (contents: unknown) => windows.get(contents) ?? null },
  dialog: { showOpenDialog: shown.open, showSaveDialog: shown.save },
}));

const { registerFileDialogs, FILE_DIALOG_CHANNELS } = await import('../../../../electron/main/file-dialogs');

const indexHtml = join('/opt', 'plexus', 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(indexHtml).href;
const mainFrame = { url: `${rendererUrl}#/case` };
const webContents = { id: 1, mainFrame };
const window = { webContents, isDestroyed: () => false };

beforeEach(() => {
  registered.clear();
  windows.clear();
  windows.set(webContents, window);
  shown.open.mockClear();
  shown.save.mockClear();
  registerFileDialogs({ indexHtml });
});

const ours = { sender: webContents, senderFrame: mainFrame };
const call = (channel: string, event: unknown, payload: unknown) => registered.get(channel)!(event, payload);

describe('native file dialogs', () => {
  it('answer the path chosen in a dialog modal to the asking window', async () => {
    expect(await call(FILE_DIALOG_CHANNELS.open, ours, { title: 'Import data' })).toBe(
      '/home/ann/people.csv',
    );
    expect(shown.open).toHaveBeenCalledWith(window, expect.objectContaining({ properties: ['openFile'] }));
    const saved = await call(FILE_DIALOG_CHANNELS.save, ours, {
      defaultPath: '/home/ann/briefing.pdf',
      filters: [{ name: 'PDF files', extensions: ['pdf'] }],
    });
    expect(saved).toBe('/home/ann/briefing.pdf');
  });

  it('answer null when the person cancels', async () => {
    shown.save.mockResolvedValueOnce({ canceled: true });
    expect(await call(FILE_DIALOG_CHANNELS.save, ours, {})).toBeNull();
  });

  it('refuse a page that is not ours, or a request outside their shape, without showing anything', async () => {
    const stranger = { sender: webContents, senderFrame: { url: 'https://example.com/' } };
    expect(await call(FILE_DIALOG_CHANNELS.open, stranger, {})).toBeNull();
    expect(await call(FILE_DIALOG_CHANNELS.save, ours, { defaultPath: 1 })).toBeNull();
    expect(await call(FILE_DIALOG_CHANNELS.open, ours, { extra: true })).toBeNull();
    expect(shown.open).not.toHaveBeenCalled();
    expect(shown.save).not.toHaveBeenCalled();
  });
});
