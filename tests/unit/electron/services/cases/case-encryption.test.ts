import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseService, listCaseFiles, type CaseService } from '../../../../../electron/services/cases';
import { RECENT_FILE, RecentCases } from '../../../../../electron/services/cases/recent';
import { CaseHolds } from '../../../../../electron/services/sessions';
import { loadSchema } from '../../../../../electron/services/schema/load-types';
import {
  changeCaseEncryption,
  checkPassphrase,
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
  removeCaseFile,
} from '../../../../../electron/services/store/sqlite';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../../graph-schema/model/schema';

const index = new SchemaIndex(loadSchema([]));
let dir: string;
let cases: CaseService;
let recent: RecentCases;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-crypt-'));
  recent = new RecentCases(join(dir, 'home'));
  cases = createCaseService({
    recent,
    holds: new CaseHolds(),
    holder: { sessionId: 'window-1', label: 'another window' },
    casesDir: join(dir, 'cases'),
    actor: 'tester',
    index,
    backend: {
      createCaseFile,
      openCaseFile,
      removeCaseFile,
      generateDemoCase: async () => undefined,
      isEncryptedCaseFile,
      checkPassphrase,
      changeCaseEncryption,
    },
  });
});
afterEach(async () => {
  await cases.close();
  rmSync(dir, { recursive: true, force: true });
});

async function errorOf(promise: Promise<unknown>): Promise<PlexusError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describe('CaseService with encrypted cases', () => {
  it('creates an encrypted case, asks for its passphrase to reopen it, and never keeps it', async () => {
    const info = await cases.create('Sealed', 'open sesame');
    expect(info.store.encrypted).toBe(true);
    await cases.current().createEntities([{ type: 'Person', label: 'Taro' }]);
    await cases.close();

    expect((await errorOf(cases.open('Sealed'))).code).toBe('PASSPHRASE_REQUIRED');
    expect((await errorOf(cases.open('Sealed', 'open says me'))).code).toBe('WRONG_PASSPHRASE');
    expect(await cases.info()).toBeNull();
    expect(await cases.open('Sealed', 'open sesame')).toMatchObject({ entityCount: 1 });

    expect(await recent.list()).toMatchObject([{ name: 'Sealed', encrypted: true }]);
    await cases.create('Open book');
    const files = await listCaseFiles(join(dir, 'cases'));
    expect(files.map((f) => [f.name, f.encrypted === true])).toEqual([
      ['Open book', false],
      ['Sealed', true],
    ]);
    expect(readFileSync(join(dir, 'home', RECENT_FILE), 'utf8')).not.toContain('sesame');
  });

  it('encrypts, re-keys and decrypts the open case, which stays open with its data', async () => {
    await cases.create('Plain');
    await cases.current().createEntities([{ type: 'Person', label: 'Hanako' }]);

    expect((await cases.recrypt({ from: null, to: 'first' })).store.encrypted).toBe(true);
    expect(await cases.info()).toMatchObject({ entityCount: 1, store: { encrypted: true } });

    // A wrong current passphrase: told so, and the case stays open as it was.
    expect((await errorOf(cases.recrypt({ from: 'nope', to: 'second' }))).code).toBe('WRONG_PASSPHRASE');
    expect(await cases.info()).toMatchObject({ entityCount: 1, store: { encrypted: true } });

    await cases.recrypt({ from: 'first', to: 'second' });
    await cases.close();
    expect((await errorOf(cases.open('Plain', 'first'))).code).toBe('WRONG_PASSPHRASE');
    await cases.open('Plain', 'second');

    const plain = await cases.recrypt({ from: 'second', to: null });
    expect(plain.store.encrypted).toBeUndefined();
    await cases.close();
    expect(await cases.open('Plain')).toMatchObject({ entityCount: 1 });
  });
});
