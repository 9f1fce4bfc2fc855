import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import type { PatternResult, SavedPattern } from '../../../../graph-schema/model/pattern';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus query ...`: a pattern from a file, saved in the case, re-run by its name. */

let dir: string;
let kase: string;
let file: string;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-query-'));
  kase = join(dir, 'query.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema: new SchemaIndex(loadSchema()) });
  await store.createEntities([
    { id: 'p1', type: 'Person', label: 'Li Wei', props: { nationality: 'CN' } },
    { id: 'p2', type: 'Person', label: 'Anna Berg', props: { nationality: 'SE' } },
    { id: 'u1', type: 'Organization', label: 'Harbin Institute' },
  ]);
  await store.createLinks([
    { id: 'l1', type: 'STUDIED_AT', source: 'p1', target: 'u1' },
    { id: 'l2', type: 'STUDIED_AT', source: 'p2', target: 'u1' },
  ]);
  await store.close();
  file = join(dir, 'cn-students.json');
  writeFileSync(
    file,
    JSON.stringify({
      nodes: [
        { types: ['Person'], conditions: [{ field: 'props.nationality', op: 'equals', value: 'CN' }] },
        { types: ['Organization'] },
      ],
      edges: [{ types: ['STUDIED_AT'], direction: 'out' }],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus query', () => {
  // Each command is a child process of a few seconds: four of them cover file, save, name and refusal.
  it('runs a pattern file, saves it, and runs it again by name', async () => {
    const human = await cli('query', 'run', file, '--case', kase);
    expect(human.stdout).toMatch(/^Box 1\s+Box 2\s+Hops 1\nLi Wei\s+Harbin Institute\s+1\n1 match\n$/);

    const saved = parsedJson<SavedPattern>(
      await cli('query', 'save', 'CN students', file, '--case', kase, '--json'),
    );
    expect([saved.name, saved.pattern.nodes.length]).toEqual(['CN students', 2]);

    const byName = parsedJson<PatternResult>(
      await cli('query', 'run', 'CN students', '--case', kase, '--json'),
    );
    expect(byName.rows).toEqual([{ entities: ['p1', 'u1'], links: [['l1']] }]);
    expect(byName.entities.map((e) => e.label).sort()).toEqual(['Harbin Institute', 'Li Wei']);
  });

  it('names a pattern that is not saved, and exits 1', async () => {
    const missing = await cli('query', 'run', 'Nobody saved this', '--case', kase, '--json');
    expect([missing.code, missing.stdout]).toEqual([1, '']);
    expect(missing.stderr).toBe('plexus: no saved pattern named "Nobody saved this"\n');
  });
});
