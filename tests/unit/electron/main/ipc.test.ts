import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_PREFIX } from '../../../../graph-schema/contract/envelope';
import { METHOD_NAMES } from '../../../../graph-schema/contract/methods';
import type { SessionRegistry } from '../../../../electron/services/sessions';
import { handlerTable, stubSessions } from '../ipc/handler-table';

type Listener = (event: unknown, payload: unknown, session?: unknown) => Promise<unknown>;
const registered = vi.hoisted(() => new Map<string, Listener>());
/** The windows Electron knows, by their web contents. */
const windows = vi.hoisted(() => new Map<unknown, unknown>());

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: Listener) => registered.set(channel, listener),
    removeHandler: (channel: string) => registered.delete(channel),
  },
  BrowserWindow: { fromWebContents: (contents: unknown) => windows.get(contents) ?? null },
}));

const { registerIpc } = await import('../../../../electron/main/ipc');

const indexHtml = join('/opt', 'plexus', 'dist', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(indexHtml).href;

function fakeWindow(id: number) {
  const mainFrame = { url: `${rendererUrl}#/start` };
  const webContents = { id, mainFrame };
  const window = { webContents, isDestroyed: () => false };
  windows.set(webContents, window);
  return window;
}

type FakeWindow = ReturnType<typeof fakeWindow>;
let window: FakeWindow;
let unregister: () => void;
let sessions: SessionRegistry;
/** The session window 1 opened. */
let session: string;

beforeEach(() => {
  registered.clear();
  windows.clear();
  window = fakeWindow(1);
  sessions = stubSessions();
  session = sessions.open('window:1').id;
  const handlers = handlerTable({ closeCase: async () => ({ closed: false }) });
  unregister = registerIpc({ backend: { handlers, sessions }, indexHtml });
});

const event = (frame: { url: string } | null, sender: unknown = window.webContents) => ({
  senderFrame: frame,
  sender,
});
const call = (method: string, e: unknown, payload: unknown = {}, named: unknown = session) => {
  const listener = registered.get(`${CHANNEL_PREFIX}${method}`);
  if (!listener) throw new Error(`${method} is not registered`);
  return listener(e, payload, named);
};

describe('registerIpc', () => {
  it('registers every contract method, prefixed, and nothing else; and removes them again', () => {
    expect([...registered.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `${CHANNEL_PREFIX}${m}`).sort());
    unregister();
    expect(registered.size).toBe(0);
  });

  it('dispatches a call from the main frame of our window showing our renderer', async () => {
    expect(await call('closeCase', event(window.webContents.mainFrame))).toEqual({
      ok: true,
      value: { closed: false },
    });
  });

  it('validates the payload like every transport', async () => {
    expect(await call('openCase', event(window.webContents.mainFrame), { path: '' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuses sub-frames, other pages, other web contents and closed frames', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const frame = window.webContents.mainFrame;
    const refusals = [
      event({ url: rendererUrl }), // a sub-frame: not the main frame object
      event(frame, { id: 9, mainFrame: frame }), // web contents that are not a window of ours
      event(null), // a frame gone since the call
    ];
    for (const e of refusals) {
      expect(await call('closeCase', e)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    window.webContents.mainFrame.url = 'https://evil.example/';
    expect(await call('closeCase', event(window.webContents.mainFrame))).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
  });

  it("refuses a window naming another window's session, or none", async () => {
    const other = fakeWindow(2);
    const theirs = event(other.webContents.mainFrame, other.webContents);
    expect(await call('closeCase', theirs)).toMatchObject({ ok: false, error: { code: 'NO_SESSION' } });
    expect(await call('closeCase', theirs, {}, undefined)).toMatchObject({
      ok: false,
      error: { code: 'NO_SESSION' },
    });
    const own = sessions.open('window:2').id;
    expect(await call('closeCase', theirs, {}, own)).toEqual({ ok: true, value: { closed: false } });
  });
});
