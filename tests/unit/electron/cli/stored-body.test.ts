import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import { options } from '../services/store/sqlite/case-files';
import { runCli, type Outcome } from './cli-runner';

let dir: string;
const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-body-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The command is a Node process of its own: slower than the rest on a loaded machine.
describe('a record edited outside Plexus, on the command line', { timeout: 60_000 }, () => {
  it('entity show prints one line naming the entity and the field, and exits non-zero', async () => {
    const kase = join(dir, 'edited.plexus');
    const store = await createCaseFile(kase, options);
    const [entity] = await store.createEntities([{ type: 'Person', label: '佐藤 一郎' }]);
    await store.close();
    const id = entity?.id ?? '';
    const db = new Database(kase);
    db.prepare("UPDATE entity_bodies SET body = json_set(body, '$.confidence', 'high')").run();
    db.close();

    const expected = `plexus: entity ${id}: field confidence: expected one of "confirmed", "probable", "possible", "doubtful", got "high" — the stored record is damaged or was changed outside Plexus`;
    const outcome = await cli('entity', 'show', id, '--case', kase);
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr.trim()).toBe(expected);
  });
});
