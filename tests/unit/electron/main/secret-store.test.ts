import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSafeSecretStore,
  SECRETS_FILE,
  type SafeStorageLike,
} from '../../../../electron/main/secret-store';

let dir: string;
let file: string;
let logged: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-secrets-'));
  file = join(dir, SECRETS_FILE);
  logged = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Reverses the bytes and tags them: enough to tell "encrypted" from plain text in the file. */
function fakeSafeStorage(available = true, backend?: string): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.concat([Buffer.from('ENC:'), Buffer.from(text, 'utf8').reverse()]),
    decryptString: (blob) => {
      if (!blob.subarray(0, 4).equals(Buffer.from('ENC:'))) throw new Error('not ours');
      return Buffer.from(blob.subarray(4)).reverse().toString('utf8');
    },
    ...(backend ? { getSelectedStorageBackend: () => backend } : {}),
  };
}

function store(safeStorage = fakeSafeStorage()) {
  return createSafeSecretStore({ file, safeStorage, log: (line) => logged.push(line) });
}

describe('createSafeSecretStore', () => {
  it('keeps encrypted blobs in the file and reads them back in a new process', async () => {
    const secrets = store();
    expect(secrets.persistent).toBe(true);
    await secrets.set('team', 'hunter2 ünïcode');
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('hunter2');
    const blob = (JSON.parse(text) as Record<string, string>).team;
    expect(
      Buffer.from(blob ?? '', 'base64')
        .subarray(0, 4)
        .toString(),
    ).toBe('ENC:');
    expect(await store().get('team')).toBe('hunter2 ünïcode');
    expect(logged).toEqual([]);
  });

  it('deletes a secret and answers undefined for one it never had', async () => {
    const secrets = store();
    await secrets.set('a', 'one');
    await secrets.set('b', 'two');
    await secrets.delete('a');
    expect(await secrets.get('a')).toBeUndefined();
    expect(await secrets.get('b')).toBe('two');
    expect(await secrets.get('never')).toBeUndefined();
  });

  it('loses no secret when several are set at once', async () => {
    const secrets = store();
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => secrets.set(id, `pw-${id}`)));
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('keeps secrets in memory only, and says so once, when encryption is not available', async () => {
    const secrets = store(fakeSafeStorage(false));
    expect(secrets.persistent).toBe(false);
    await secrets.set('team', 'pw');
    await secrets.set('other', 'pw2');
    expect(await secrets.get('team')).toBe('pw');
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/in memory only/);
  });

  it('treats Linux without a keyring (basic_text) as not available', async () => {
    const secrets = store(fakeSafeStorage(true, 'basic_text'));
    expect(secrets.persistent).toBe(false);
    await secrets.set('team', 'pw');
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
    expect(store(fakeSafeStorage(true, 'gnome_libsecret')).persistent).toBe(true);
  });

  it('answers undefined for a blob it cannot decrypt, and for a corrupt file', async () => {
    writeFileSync(file, JSON.stringify({ team: Buffer.from('plain').toString('base64') }));
    expect(await store().get('team')).toBeUndefined();
    expect(logged[0]).toMatch(/cannot be decrypted/);
    writeFileSync(file, '{ broken');
    const secrets = store();
    expect(await secrets.get('team')).toBeUndefined();
    await secrets.set('team', 'fresh');
    expect(await secrets.get('team')).toBe('fresh');
  });
});
