import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import type { ChartSummary, SavedChart } from '../../../../graph-schema/chart/saved-chart';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus chart ...` on a case whose charts were saved by the app (here: the store directly). */

let dir: string;
let kase: string;
let chart: SavedChart;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-chart-'));
  kase = join(dir, 'charts.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema: new SchemaIndex(loadSchema()) });
  const [a] = await store.createEntities([{ type: 'Person', label: 'Zhāng Wěi' }]);
  if (!a) throw new Error('no entity');
  chart = await store.charts.create({
    name: 'Briefing',
    entities: [{ id: a.id, x: 1, y: 2, pinned: true }],
    links: [],
    annotations: [{ id: 'n1', text: 'seen 2019', x: 0, y: 0 }],
  });
  await store.charts.create({ name: 'Another', entities: [], links: [] });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus chart', () => {
  it('lists the charts by name, as a table or as JSON', async () => {
    const list = parsedJson<ChartSummary[]>(await cli('chart', 'list', '--case', kase, '--json'));
    expect(list.map((c) => [c.name, c.entities])).toEqual([
      ['Another', 0],
      ['Briefing', 1],
    ]);
    const human = await cli('chart', 'list', '--case', kase);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^Id\s+Name\s+Version/);
    expect(human.stdout).toContain(chart.id);
  });

  it('shows a whole chart as JSON, exactly as saved', async () => {
    expect(parsedJson<SavedChart>(await cli('chart', 'show', chart.id, '--case', kase, '--json'))).toEqual(
      chart,
    );
    const human = await cli('chart', 'show', chart.id, '--case', kase);
    expect(human.stdout).toContain('1 entity, 0 links');
  });

  it('renames and deletes, and fails with one line for an unknown id', async () => {
    const renamed = parsedJson<SavedChart>(
      await cli('chart', 'rename', chart.id, 'Board 2', '--case', kase, '--json'),
    );
    expect(renamed).toMatchObject({ name: 'Board 2', version: 2 });

    const deleted = await cli('chart', 'delete', chart.id, '--case', kase);
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted chart ${chart.id}\n` });

    const missing = await cli('chart', 'show', chart.id, '--case', kase, '--json');
    expect(missing.code).toBe(1);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`plexus: no chart with id ${chart.id}\n`);
    const list = parsedJson<ChartSummary[]>(await cli('chart', 'list', '--case', kase, '--json'));
    expect(list.map((c) => c.name)).toEqual(['Another']);
  });
});
