import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `case info` shows the marking; `case marking` sets scheme, level and caveats. */

let dir: string;
const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-marking-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus case marking', () => {
  it('shows the default marking, sets a Japanese one by its printed words, and refuses an unknown caveat', async () => {
    const kase = join(dir, 'tern.plexus');
    await cli('case', 'create', kase);
    expect((await cli('case', 'info', kase)).stdout).toContain('Marking: UNCLASSIFIED (scheme en-default');

    const set = await cli(
      'case',
      'marking',
      kase,
      '--scheme',
      'ja-police',
      '--level',
      '特定秘密',
      '--caveat',
      '複製禁止',
      'BUGAIHI',
    );
    expect(set.stdout).toContain('Marking: 特定秘密／部外秘／複製禁止 (scheme ja-police');
    const info = parsedJson<{ marking: unknown }>(await cli('case', 'info', kase, '--json'));
    expect(info.marking).toEqual({
      scheme: 'ja-police',
      level: 'TOP SECRET',
      caveats: ['BUGAIHI', 'FUKUSEI-KINSHI'],
    });

    // A new level keeps the caveats; a caveat of another scheme is one clear error and nothing changes.
    expect((await cli('case', 'marking', kase, '--level', '極秘')).stdout).toContain(
      '極秘／部外秘／複製禁止',
    );
    const refused = await cli('case', 'marking', kase, '--caveat', 'NO COPIES');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Unknown caveat "NO COPIES"');
    expect((await cli('case', 'info', kase)).stdout).toContain('Marking: 極秘／部外秘／複製禁止');
  });
});
