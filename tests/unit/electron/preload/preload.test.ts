import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_PREFIX } from '../../../../graph-schema/contract/envelope';
import { METHOD_NAMES } from '../../../../graph-schema/contract/methods';

const exposed = vi.hoisted(() => ({
  key: '',
  api: {} as Record<string, (request: unknown, session?: string) => Promise<unknown>>,
  /** Everything exposed, by name: the contract as `plexus`, the file dialogs as `plexusFiles`. */
  all: new Map<string, Record<string, (request: unknown) => unknown>>(),
}));
const invoke = vi.hoisted(() =>
  vi.fn(async (channel: string, request: unknown) => ({ ok: true, value: { channel, request } })),
);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: Record<string, (request: unknown) => Promise<unknown>>) => {
      exposed.all.set(key, api);
      if (key !== 'plexus') return;
      exposed.key = key;
      exposed.api = api;
    },
  },
  ipcRenderer: { invoke },
  webUtils: { getPathForFile: () => '/home/ann/people.csv' },
}));

await import('../../../../electron/preload/index');

describe('preload', () => {
  it('exposes exactly one named function per contract method as window.plexus', () => {
    expect(exposed.key).toBe('plexus');
    expect(Object.keys(exposed.api).sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.values(exposed.api).every((f) => typeof f === 'function')).toBe(true);
    expect(exposed.api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(exposed.api)).toBe(true);
  });

  it("sends each method on its own prefixed channel with the window's session, and hands back the envelope", async () => {
    const answer = await exposed.api.openCase?.({ path: 'Tern' }, 'session-1');
    expect(invoke).toHaveBeenCalledWith(`${CHANNEL_PREFIX}openCase`, { path: 'Tern' }, 'session-1');
    expect(answer).toEqual({
      ok: true,
      value: { channel: `${CHANNEL_PREFIX}openCase`, request: { path: 'Tern' } },
    });
  });

  it('adds only the native file dialogs and a dropped file’s path, as named functions', async () => {
    expect([...exposed.all.keys()]).toEqual(['plexus', 'plexusFiles']);
    const files = exposed.all.get('plexusFiles')!;
    expect(Object.keys(files).sort()).toEqual(['openFile', 'pathOf', 'saveFile']);
    expect(Object.isFrozen(files)).toBe(true);
    await files.saveFile!({ defaultPath: 'x.pdf' });
    expect(invoke).toHaveBeenCalledWith('plexus-files:save', { defaultPath: 'x.pdf' });
    expect(files.pathOf!({} as File)).toBe('/home/ann/people.csv');
  });
});
