import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type Outcome } from './cli-runner';

/** Runs the real CLI in a child process (stdin a pipe, not a terminal), as main.test.ts does. */

let dir: string;

async function cli(env: Record<string, string | undefined>, ...args: string[]): Promise<Outcome> {
  const { NEO4J_PASSWORD: _ignored, ...inherited } = process.env;
  return runCli(args, { ...inherited, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '', ...env });
}

/** A failure: the exit code and exactly one line on stderr, nothing on stdout. */
function expectOneLine(outcome: Outcome, code: number, pattern: RegExp): void {
  expect(outcome.code).toBe(code);
  expect(outcome.stdout).toBe('');
  expect(outcome.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(outcome.stderr).toMatch(pattern);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-neo4j-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus neo4j: the command line itself', () => {
  it('push and pull need --uri', async () => {
    expectOneLine(await cli({}, 'neo4j', 'push', join(dir, 'a.plexus')), 2, /--uri/);
    expectOneLine(await cli({}, 'neo4j', 'pull', join(dir, 'b'), '--seed', 'x', '--hops', '1'), 2, /--uri/);
  });

  it('refuses an address that is not a Bolt or Neo4j URI', async () => {
    const outcome = await cli(
      { NEO4J_PASSWORD: 'secret' },
      'neo4j',
      'pull',
      join(dir, 'b'),
      '--uri',
      'http://127.0.0.1:7474',
      '--seed',
      'x',
      '--hops',
      '1',
    );
    expectOneLine(outcome, 2, /--uri.*bolt:\/\//);
  });

  it('pull needs --seed and hops from 0 to 3', async () => {
    const base = ['neo4j', 'pull', join(dir, 'b'), '--uri', 'bolt://127.0.0.1:1'];
    expectOneLine(await cli({}, ...base, '--hops', '1'), 2, /--seed/);
    expectOneLine(await cli({}, ...base, '--seed', 'x', '--hops', '4'), 2, /0 to 3/);
  });

  it('without NEO4J_PASSWORD and no terminal to ask on, says so in one line', async () => {
    const file = join(dir, 'nopass.plexus');
    const outcome = await cli(
      {},
      'neo4j',
      'pull',
      file,
      '--uri',
      'bolt://127.0.0.1:1',
      '--seed',
      'x',
      '--hops',
      '1',
    );
    expectOneLine(outcome, 1, /^plexus: no password: set NEO4J_PASSWORD/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('plexus neo4j: an unreachable server', () => {
  it('pull exits 1 with one CONNECTION line and leaves no case file', async () => {
    const file = join(dir, 'unreachable.plexus');
    const outcome = await cli(
      { NEO4J_PASSWORD: 'secret' },
      'neo4j',
      'pull',
      file,
      '--uri',
      'bolt://127.0.0.1:1',
      '--seed',
      'x',
      '--hops',
      '1',
    );
    expectOneLine(outcome, 1, /^plexus: Cannot reach 127\.0\.0\.1:1/);
    expect(existsSync(file)).toBe(false);
  });

  it('push exits 1 with one CONNECTION line', async () => {
    const file = join(dir, 'push.plexus');
    expect((await cli({}, 'case', 'create', file)).code).toBe(0);
    const outcome = await cli(
      { NEO4J_PASSWORD: 'secret' },
      'neo4j',
      'push',
      file,
      '--uri',
      'bolt://127.0.0.1:1',
    );
    expectOneLine(outcome, 1, /^plexus: Cannot reach 127\.0\.0\.1:1/);
  });
});
