import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../../../graph-schema/contract/history';
import { parsedJson, runCli, type Outcome } from './cli-runner';

let dir: string;
const cli = (env: Record<string, string>, ...args: string[]): Promise<Outcome> =>
  runCli(args, {
    ...process.env,
    PLEXUS_HOME: join(dir, 'home'),
    PLEXUS_DEBUG: '',
    PLEXUS_ANALYST: '',
    ...env,
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-analyst-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus --analyst', { timeout: 60_000 }, () => {
  it('enters the flag’s name (over PLEXUS_ANALYST’s) in the history, and audit log shows it', async () => {
    const kase = join(dir, 'named.plexus');
    await cli({}, 'case', 'create', kase);
    const added = parsedJson<{ id: string }>(
      await cli(
        { PLEXUS_ANALYST: 'Env Name' },
        'entity',
        'add',
        '--case',
        kase,
        '--type',
        'Person',
        '--label',
        'Tanaka',
        '--analyst',
        ' 佐藤 警部補 ',
        '--json',
      ),
    );
    const log = parsedJson<HistoryEntry[]>(
      await cli({}, '--analyst', 'Mori', 'audit', 'log', '--case', kase, '--item', added.id, '--json'),
    );
    expect(log).toMatchObject([{ action: 'added', analyst: '佐藤 警部補' }]);
  });

  it('refuses a name with a control character before opening the case, naming where it came from', async () => {
    const kase = join(dir, 'refused.plexus');
    const flag = await cli({}, 'case', 'create', kase, '--analyst', 'Mori\u001b]0;x\u0007');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--analyst.*control character/u);
    const env = await cli({ PLEXUS_ANALYST: 'M'.repeat(101) }, 'case', 'create', kase);
    expect(env.code).toBe(1);
    expect(env.stderr.trim().split('\n')).toEqual([
      expect.stringContaining('PLEXUS_ANALYST: the analyst name is longer than 100 characters'),
    ]);
  });
});
