import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryCheck, HistoryEntry } from '../../../../graph-schema/contract/history';
import { loadHistoryKey } from '../../../../electron/services/history-key';
import { rewriteHistory } from '../services/store/sqlite/history/rewrite';
import { parsedJson, runCli, type Outcome } from './cli-runner';

let dir: string;
const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, {
    ...process.env,
    PLEXUS_HOME: join(dir, 'home'),
    PLEXUS_DEBUG: '',
    PLEXUS_ANALYST: 'Inspector Mori',
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-audit-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each command is a Node process of its own: slower than the rest on a loaded machine.
describe('plexus audit', { timeout: 60_000 }, () => {
  it('verifies an untouched case (exit 0) and names the first bad item after a plain SQLite edit (exit 1)', async () => {
    const kase = join(dir, 'audited.plexus');
    await cli('case', 'create', kase);
    const created = parsedJson<{ id: string }>(
      await cli(
        'entity',
        'add',
        '--case',
        kase,
        '--type',
        'Person',
        '--label',
        'Tanaka Taro',
        '--reason',
        '防犯カメラで確認',
        '--json',
      ),
    );

    const clean = await cli('audit', 'verify', '--case', kase, '--json');
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, entries: 1, items: 1, anchor: 'verified' });

    const log = parsedJson<HistoryEntry[]>(
      await cli('audit', 'log', '--case', kase, '--item', created.id, '--json'),
    );
    expect(log).toMatchObject([
      {
        seq: 1,
        op: 'create',
        action: 'added',
        analyst: 'Inspector Mori',
        label: 'Tanaka Taro',
        reason: '防犯カメラで確認',
      },
    ]);

    const db = new Database(kase);
    db.prepare("UPDATE entity_bodies SET body = json_set(body, '$.classification', 'SECRET')").run();
    db.close();
    const tampered = await cli('audit', 'verify', '--case', kase, '--json');
    expect(tampered.code).toBe(1);
    const check = JSON.parse(tampered.stdout) as HistoryCheck;
    expect(check.problems[0]).toMatchObject({ kind: 'item-differs', item: created.id, seq: 1 });
    expect(tampered.stderr.trim().split('\n')).toEqual([
      `plexus: history check failed: entity ${created.id}: the stored record differs from what history entry 1 wrote (changed outside Plexus)`,
    ]);
  });

  it('--against an export: exit 1 naming the entry once the history was rewritten after the export', async () => {
    const kase = join(dir, 'pinned.plexus');
    const exported = join(dir, 'pinned.json');
    await cli('case', 'create', kase);
    await cli('entity', 'add', '--case', kase, '--type', 'Person', '--label', 'Tanaka Taro');
    await cli('export', exported, '--case', kase);
    // Someone with this profile's key rewrites and re-seals the chain: verify alone passes.
    rewriteHistory(kase, loadHistoryKey(join(dir, 'home')));
    const against = await cli('audit', 'verify', '--case', kase, '--against', exported);
    expect(against.code).toBe(1);
    expect(against.stdout).toContain('History intact: 1 entry');
    expect(against.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        /^plexus: history check failed: history entry 1 is not the one recorded .*pinned.* rewritten after it was recorded$/u,
      ),
    ]);
  });
});
