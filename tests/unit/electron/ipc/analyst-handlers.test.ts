import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../../electron/ipc/dispatch';
import { createBackend, type Backend } from '../../../../electron/ipc/handlers';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import type { Envelope } from '../../../../graph-schema/contract/envelope';
import type { HistoryEntry } from '../../../../graph-schema/contract/history';
import type { Entity } from '../../../../graph-schema/model/records';

let dir: string;
let services: AppServices;
let backend: Backend;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-analyst-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
  backend = createBackend(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A window as the bridge opens it: openSession with the analyst from its preferences. */
async function window(analyst?: string) {
  const opened = await dispatch(backend, 'openSession', analyst ? { analyst } : {}, { owner: 'browser' });
  if (!opened.ok) throw new Error(opened.error.message);
  const session = (opened.value as { id: string }).id;
  const send = (method: string, payload: unknown): Promise<Envelope<unknown>> =>
    dispatch(backend, method, payload, { owner: 'browser', session });
  const call = async <T>(method: string, payload: unknown): Promise<T> => {
    const envelope = await send(method, payload);
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as T;
  };
  return { send, call };
}

describe('the analyst name in the case history', () => {
  it('enters the name the window opened with, then the one it changed to, then none', async () => {
    const { call } = await window('  佐藤 警部補  ');
    await call('createCase', { path: 'Named' });
    const tanaka = await call<Entity>('createEntity', { entity: { type: 'Person', label: 'Tanaka' } });

    expect(await call('setAnalyst', { name: 'Mori' })).toEqual({ name: 'Mori' });
    await call('updateEntity', { id: tanaka.id, patch: { notes: 'seen at the port' } });

    await call('setAnalyst', {});
    await call('deleteEntities', { ids: [tanaka.id] });

    const { entries } = await call<{ entries: HistoryEntry[] }>('listHistory', { item: tanaka.id });
    expect(entries.map((e) => [e.action, e.analyst, e.osUser])).toEqual([
      ['removed', undefined, 'tester'],
      ['changed', 'Mori', 'tester'],
      ['added', '佐藤 警部補', 'tester'],
    ]);
    expect((await call<{ ok: boolean }>('verifyHistory', {})).ok).toBe(true);
  });

  it('keeps the name for the next case the window opens', async () => {
    const { call } = await window();
    await call('setAnalyst', { name: 'Inspector Mori' });
    await call('createCase', { path: 'Later' });
    const item = await call<Entity>('createEntity', { entity: { type: 'Person', label: 'Ito' } });
    const { entries } = await call<{ entries: HistoryEntry[] }>('listHistory', { item: item.id });
    expect(entries[0]?.analyst).toBe('Inspector Mori');
  });

  it('refuses a name with a control character or over 100 characters, keeping the one set', async () => {
    const { send, call } = await window('Mori');
    for (const name of ['Mori\u001b[2J', 'M'.repeat(101), 'Mori\u202Eiroм'])
      expect(await send('setAnalyst', { name })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', details: [{ field: 'name' }] },
      });
    expect(await dispatch(backend, 'openSession', { analyst: 'a\nb' }, { owner: 'browser' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });

    await call('createCase', { path: 'Kept' });
    const item = await call<Entity>('createEntity', { entity: { type: 'Person', label: 'Abe' } });
    const { entries } = await call<{ entries: HistoryEntry[] }>('listHistory', { item: item.id });
    expect(entries[0]?.analyst).toBe('Mori');
  });
});
