import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { table, terminalText } from '../../../../electron/cli/output';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** What a terminal would act on rather than show: C0 and C1 controls, DEL, bidi overrides. */
const ACTIVE = /(?!\n)[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

describe('text bound for the terminal', () => {
  it('shows control characters as escapes instead of passing them to the terminal', () => {
    expect(terminalText('Red\u001b[31mAlert\u0007')).toBe('Red\\x1B[31mAlert\\x07');
    expect(terminalText('two\nlines\r\tand\u009b2J')).toBe('two\\nlines\\r\\tand\\x9B2J');
    expect(terminalText('abc\u202Efdp.exe')).toBe('abc\\u202Efdp.exe');
    expect(terminalText('Zhāng Wěi 张伟 — ok')).toBe('Zhāng Wěi 张伟 — ok');
  });

  it('lines up table columns by the text as shown', () => {
    expect(table(['Label', 'Type'], [['a\u001bb', 'Person']])).toEqual(['Label   Type', 'a\\x1Bb  Person']);
  });
});

describe('the CLI on labels and column names from a hostile file', () => {
  let dir: string;
  const cli = (...args: string[]): Promise<Outcome> =>
    runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plexus-cli-out-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('a label holding escape sequences', () => {
    const label = 'Evil\u001b]0;owned\u0007\u001b[2J\u009b31m\u202Eend';
    let kase: string;
    beforeAll(async () => {
      kase = join(dir, 'hostile.plexus');
      await cli('case', 'create', kase);
      expect((await cli('entity', 'add', '--case', kase, '--type', 'Person', '--label', label)).code).toBe(0);
    });

    it('is printed in lines with its control characters spelled out', async () => {
      const found = await cli('search', 'Evil', '--case', kase);
      expect(found.code).toBe(0);
      expect(found.stdout).not.toMatch(ACTIVE);
      expect(found.stdout).toContain('Evil\\x1B]0;owned\\x07\\x1B[2J\\x9B31m\\u202Eend');
    });

    it('is printed in JSON escaped, the value unchanged', async () => {
      const json = await cli('search', 'Evil', '--case', kase, '--json');
      expect(json.stdout).not.toMatch(ACTIVE);
      const hits = parsedJson<{ hits: { entity: { label: string } }[] }>(json).hits;
      expect(hits.map((h) => h.entity.label)).toEqual([label]);
    });
  });

  it('keeps an error naming hostile column names on one line, escaped', async () => {
    const kase = join(dir, 'cols.plexus');
    await cli('case', 'create', kase);
    const csv = join(dir, 'cols.csv');
    writeFileSync(csv, 'name,"bad\u001b[2J\ncolumn"\nAnn,x\n');
    const mapping = join(dir, 'cols.mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ shape: 'entities', entity: { type: { fixed: 'Person' }, label: 'missing' } }),
    );
    const failed = await cli('import', csv, '--case', kase, '--mapping', mapping);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^plexus: [^\n]*bad\\x1B\[2J\\ncolumn[^\n]*\n$/u);
  });

  it('escapes a hostile file name in an error, and in the stack PLEXUS_DEBUG adds', async () => {
    const named = await cli('case', 'info', join(dir, 'no\u001b[2J\nsuch.plexus'));
    expect(named.code).toBe(1);
    expect(named.stderr).toMatch(/^plexus: [^\n]*no\\x1B\[2J\\nsuch[^\n]*\n$/u);
    // PLEXUS_DEBUG=1 adds the stack, whose first line repeats the message: escaped too.
    const debug = await runCli(['case', 'info', join(dir, 'no\u001b[2J\nsuch.plexus')], {
      ...process.env,
      PLEXUS_HOME: join(dir, 'home'),
      PLEXUS_DEBUG: '1',
    });
    expect(debug.stderr).toContain('no\\x1B[2J\\nsuch');
    expect(debug.stderr).not.toMatch(ACTIVE);
  });
});
