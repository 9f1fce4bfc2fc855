import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare, readConfig, scan, verdict } from '../../../scripts/electronegativity';

const config = readConfig();
const dir = mkdtempSync(join(tmpdir(), 'plexus-eng-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The scan of Plexus itself is `npm run check:electron` (part of `npm run check`).
describe('the Electronegativity check', () => {
  it('fails on a finding nobody listed', async () => {
    mkdirSync(join(dir, 'electron'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'x', devDependencies: { electron: '45.0.0' } }),
    );
    writeFileSync(
      join(dir, 'electron', 'main.ts'),
      "import { BrowserWindow } from 'electron';\n" +
        'export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n',
    );
    const result = await scan(dir, { scan: ['electron', 'package.json'], skipChecks: config.skipChecks });
    expect(result.network).toEqual([]);
    expect(result.unparsed).toEqual([]);
    const { ok, lines } = verdict(result, { ...config, known: [] });
    expect(ok).toBe(false);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^NEW NODE_INTEGRATION_JS_CHECK \(\w+\) electron\/main\.ts:2:/),
        expect.stringMatching(/^NEW CONTEXT_ISOLATION_JS_CHECK \(\w+\) electron\/main\.ts:2:/),
      ]),
    );
  });

  it('fails on a listed finding that is gone, so the list stays true', () => {
    const known = { id: 'PRELOAD_JS_CHECK', file: 'electron/main/window.ts', why: 'reviewed' };
    expect(compare([], [known])).toEqual({ fresh: [], stale: [known] });
    const found = { ...known, line: 1, column: 0, code: 'preload: p,', severity: 'MEDIUM', description: '' };
    expect(compare([found], [{ ...known, code: 'preload: other,' }]).fresh).toEqual([found]);
  });
});
