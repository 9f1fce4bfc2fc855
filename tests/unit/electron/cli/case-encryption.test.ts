import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Outcome } from './cli-runner';

/** Encrypted cases from the command line: the passphrase comes from the environment, never argv. */

let dir: string;
const cli = (env: Record<string, string>, ...args: string[]): Promise<Outcome> => {
  const base: NodeJS.ProcessEnv = { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' };
  delete base.PLEXUS_PASSPHRASE;
  delete base.PLEXUS_NEW_PASSPHRASE;
  // execFile's stdin is a pipe, not a terminal: nothing can be typed at a prompt.
  return runCli(args, { ...base, ...env });
};
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-crypt-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each command is a Node process of its own: slower than the rest on a loaded machine.
describe('plexus encrypted cases', { timeout: 60_000 }, () => {
  it('creates an encrypted case with PLEXUS_PASSPHRASE and opens it only with the right one', async () => {
    const kase = join(dir, 'sealed.plexus');
    const created = await cli({ PLEXUS_PASSPHRASE: 'kitsune 9' }, 'case', 'create', kase, '--encrypt');
    expect(created.stdout).toContain('Created encrypted case sealed');

    const asked = await cli({}, 'case', 'info', kase);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain(`${kase}: a passphrase is needed: set PLEXUS_PASSPHRASE`);

    const before = hash(kase);
    const wrong = await cli({ PLEXUS_PASSPHRASE: 'tanuki' }, 'case', 'info', kase);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
    expect(wrong.stderr).toContain(`${kase}: the passphrase does not unlock this encrypted case`);
    expect(hash(kase)).toBe(before);

    const info = await cli({ PLEXUS_PASSPHRASE: 'kitsune 9' }, 'case', 'info', kase);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain('Encrypted: yes');
  });

  it('changes the passphrase, then decrypts with the new one', async () => {
    const kase = join(dir, 'turns.plexus');
    await cli({ PLEXUS_PASSPHRASE: 'one' }, 'case', 'create', kase, '--encrypt');
    const env = { PLEXUS_PASSPHRASE: 'one', PLEXUS_NEW_PASSPHRASE: 'two' };
    expect((await cli(env, 'case', 'passphrase', kase)).stdout).toContain(
      `Changed the passphrase of ${kase}`,
    );
    expect((await cli({ PLEXUS_PASSPHRASE: 'two' }, 'case', 'decrypt', kase)).stdout).toContain('Decrypted');
    expect((await cli({}, 'case', 'info', kase)).stdout).toContain('Encrypted: no');
  });

  it('with no terminal and no PLEXUS_PASSPHRASE: one clear error, no case made', async () => {
    const kase = join(dir, 'unasked.plexus');
    const outcome = await cli({}, 'case', 'create', kase, '--encrypt');
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('a passphrase is needed: set PLEXUS_PASSPHRASE, or run in a terminal');
    expect(existsSync(kase)).toBe(false);
  });
});
