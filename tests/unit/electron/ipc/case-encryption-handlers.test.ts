import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppServices, type AppServices } from '../../../../electron/services/app-services';
import { windowSession, type Send } from './window-session';

/** Encrypted cases over the handler table, as both transports (IPC, loopback HTTP) call it. */

let dir: string;
let services: AppServices;
let send: Send;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-crypt-handlers-'));
  services = createAppServices({ home: join(dir, 'home'), casesDir: join(dir, 'cases'), actor: 'tester' });
  send = windowSession(services);
});
afterAll(async () => {
  await services.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('encrypted cases over dispatch', () => {
  it('answers a wrong passphrase with its code, and never echoes, logs or stores a passphrase', async () => {
    const logged = vi.spyOn(console, 'error');
    const created = await send('createCase', { path: 'Sealed', passphrase: 'hidden-one' });
    expect(created).toMatchObject({ ok: true, value: { store: { encrypted: true } } });
    await send('closeCase', {});

    const needs = await send('openCase', { path: 'Sealed' });
    expect(needs).toMatchObject({ ok: false, error: { code: 'PASSPHRASE_REQUIRED' } });
    const wrong = await send('openCase', { path: 'Sealed', passphrase: 'hidden-two' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const empty = await send('openCase', { path: 'Sealed', passphrase: '' });
    expect(empty).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const opened = await send('openCase', { path: 'Sealed', passphrase: 'hidden-one' });
    expect(opened).toMatchObject({ ok: true });
    const changed = await send('changeCasePassphrase', {
      passphrase: 'hidden-one',
      newPassphrase: 'hidden-three',
    });
    expect(changed).toMatchObject({ ok: true, value: { store: { encrypted: true } } });

    const everything = JSON.stringify([created, needs, wrong, empty, opened, changed, logged.mock.calls]);
    expect(everything).not.toMatch(/hidden-(one|two|three)/);
    expect(readFileSync(join(dir, 'home', 'recent.json'), 'utf8')).not.toMatch(/hidden/);
    logged.mockRestore();
  });
});
