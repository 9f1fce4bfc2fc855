import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import {
  changeCaseEncryption,
  createCaseFile,
  isEncryptedCaseFile,
  openCaseFile,
} from '../../../../../../electron/services/store/sqlite';
import { options, sha256, tempDir } from './case-files';

let temp: ReturnType<typeof tempDir>;
beforeEach(() => {
  temp = tempDir();
});
afterEach(() => temp.remove());

const SQLITE_MAGIC = 'SQLite format 3\0';
const startsPlain = (path: string) => readFileSync(path).subarray(0, 16).toString('latin1') === SQLITE_MAGIC;

async function makeCase(passphrase?: string, name = 'case.plexus'): Promise<string> {
  const path = join(temp.dir, name);
  const store = await createCaseFile(path, { ...options, ...(passphrase ? { passphrase } : {}) });
  await store.createEntities([{ type: 'Person', label: 'Hanako Sato' }]);
  await store.close();
  return path;
}

/** The labels a case holds, opened with this passphrase (or none). */
async function labels(path: string, passphrase?: string): Promise<string[]> {
  const store = await openCaseFile(path, { ...options, ...(passphrase ? { passphrase } : {}) });
  try {
    return (await store.search({ text: 'sato' })).hits.map((h) => h.entity.label);
  } finally {
    await store.close();
  }
}

async function refusal(run: () => unknown): Promise<PlexusError> {
  const error = await Promise.resolve()
    .then(run)
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

/** Only the case file is left in the folder: no temp copy, no journal. */
const folder = () => readdirSync(temp.dir).sort();

describe('encrypted case files', () => {
  it('are created encrypted (no SQLite header, no readable text) and reopen with the passphrase', async () => {
    const path = await makeCase('correct horse');
    expect(startsPlain(path)).toBe(false);
    expect(isEncryptedCaseFile(path)).toBe(true);
    expect(readFileSync(path).includes(Buffer.from('Hanako'))).toBe(false);
    expect(await labels(path, 'correct horse')).toEqual(['Hanako Sato']);
  });

  it('ask for the passphrase, a distinct error from a file that is no case', async () => {
    const path = await makeCase('correct horse');
    const before = sha256(path);
    const error = await refusal(() => openCaseFile(path, options));
    expect(error.code).toBe('PASSPHRASE_REQUIRED');
    expect(error.message).toContain(path);
    expect(sha256(path)).toBe(before);
  });

  it('refuse a wrong passphrase with one error naming the file, every byte left as it was', async () => {
    const path = await makeCase('correct horse');
    const before = sha256(path);
    const error = await refusal(() => openCaseFile(path, { ...options, passphrase: 'wrong horse' }));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(error.message).toContain(path);
    expect(sha256(path)).toBe(before);
    expect(folder()).toEqual(['case.plexus']);
    expect(await labels(path, 'correct horse')).toEqual(['Hanako Sato']);
  });

  it('keep a passphrase with quotes and non-Latin letters exactly', async () => {
    const path = await makeCase(`警察's "key" 🔑`);
    expect(await labels(path, `警察's "key" 🔑`)).toEqual(['Hanako Sato']);
    expect((await refusal(() => openCaseFile(path, { ...options, passphrase: '警察' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
  });
});

describe('changeCaseEncryption', () => {
  it('encrypts an existing plain case, its data kept', async () => {
    const path = await makeCase();
    changeCaseEncryption(path, { from: null, to: 'pass one' });
    expect(startsPlain(path)).toBe(false);
    expect((await refusal(() => openCaseFile(path, options))).code).toBe('PASSPHRASE_REQUIRED');
    expect(await labels(path, 'pass one')).toEqual(['Hanako Sato']);
    expect(folder()).toEqual(['case.plexus']);
  });

  it('decrypts a case back to plain SQLite', async () => {
    const path = await makeCase('pass one');
    changeCaseEncryption(path, { from: 'pass one', to: null });
    expect(startsPlain(path)).toBe(true);
    expect(await labels(path)).toEqual(['Hanako Sato']);
  });

  it('changes the passphrase: the old one no longer opens it', async () => {
    const path = await makeCase('pass one');
    changeCaseEncryption(path, { from: 'pass one', to: 'pass two' });
    expect(await labels(path, 'pass two')).toEqual(['Hanako Sato']);
    expect((await refusal(() => openCaseFile(path, { ...options, passphrase: 'pass one' }))).code).toBe(
      'WRONG_PASSPHRASE',
    );
  });

  it('with a wrong passphrase changes nothing and leaves no copy behind', async () => {
    const path = await makeCase('pass one');
    const before = sha256(path);
    const error = await refusal(() => changeCaseEncryption(path, { from: 'nope', to: null }));
    expect(error.code).toBe('WRONG_PASSPHRASE');
    expect(sha256(path)).toBe(before);
    expect(folder()).toEqual(['case.plexus']);
  });

  it('refuses to encrypt an encrypted case, or decrypt a plain one', async () => {
    const encrypted = await makeCase('pass one', 'a.plexus');
    const plain = await makeCase(undefined, 'b.plexus');
    expect((await refusal(() => changeCaseEncryption(encrypted, { from: null, to: 'x' }))).code).toBe(
      'VALIDATION',
    );
    expect((await refusal(() => changeCaseEncryption(plain, { from: 'x', to: null }))).code).toBe(
      'VALIDATION',
    );
  });

  it('killed after writing the encrypted copy, leaves the original case intact and opening', async () => {
    const path = await makeCase();
    const before = sha256(path);
    const fixture = join(import.meta.dirname, 'fixtures', 'rekey-then-die.ts');
    const temp = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', fixture, path, 'pass one'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let written = '';
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        const line = /^written (.+)$/m.exec(chunk.toString());
        if (line?.[1]) {
          written = line[1];
          child.kill('SIGKILL');
        }
      });
      child.on('error', reject);
      child.on('exit', (_code, signal) =>
        signal === 'SIGKILL' ? resolve(written) : reject(new Error(`not killed: ${stderr}`)),
      );
    });
    expect(existsSync(temp)).toBe(true);
    expect(sha256(path)).toBe(before);
    expect(startsPlain(path)).toBe(true);
    expect(await labels(path)).toEqual(['Hanako Sato']);
    // The next change of the case removes the copy the killed one left.
    changeCaseEncryption(path, { from: null, to: 'pass one' });
    expect(folder()).toEqual(['case.plexus']);
  });
});
