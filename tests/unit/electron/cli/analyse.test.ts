import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { KARATE_EDGES } from '../../graph-schema/analysis/data/karate';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus analyse ...` on a case holding Zachary's karate club (members "m0".."m33"). */

let dir: string;
let kase: string;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

interface EntityRows {
  kind: 'entities';
  rows: { id: string; label: string; score: number; rank: number }[];
  counted: { links: number; leftOut: number };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-analyse-'));
  kase = join(dir, 'karate.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema: new SchemaIndex(loadSchema()) });
  const members = await store.createEntities(
    Array.from({ length: 34 }, (_, i) => ({ type: 'Person', label: `m${i}` })),
  );
  const id = (i: number) => members[i]?.id ?? '';
  // The friendships with Mr. Hi (0) are graded A1; every other one C3.
  await store.createLinks(
    KARATE_EDGES.map(([s, t]) => ({
      type: 'ASSOCIATE_OF',
      source: id(s),
      target: id(t),
      ...(s === 0 ? { reliability: 'A', credibility: '1' } : { reliability: 'C', credibility: '3' }),
    })),
  );
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus analyse', () => {
  it('measure betweenness: Mr. Hi (0) first with 231.0714, as networkx', async () => {
    const result = parsedJson<EntityRows>(
      await cli('analyse', 'measure', 'betweenness', '--case', kase, '--json'),
    );
    expect(result.rows).toHaveLength(34);
    expect(result.rows[0]?.label).toBe('m0');
    expect(result.rows[0]?.score).toBeCloseTo(231.071429, 5);
    expect(result.rows[1]?.label).toBe('m33');
  });

  it('--min-grade B2 counts only the A1 friendships: a star around Mr. Hi', async () => {
    const result = parsedJson<EntityRows>(
      await cli('analyse', 'measure', 'degree', '--case', kase, '--min-grade', 'B2', '--top', '2', '--json'),
    );
    expect(result.counted).toMatchObject({ links: 16, leftOut: 62 });
    // The 16 friends of Mr. Hi tie at 1 and share rank 2.
    expect(result.rows.map((r) => [r.score, r.rank])).toEqual([
      [16, 1],
      [1, 2],
    ]);
    expect(result.rows[0]?.label).toBe('m0');
  });

  it('communities: every member in one, with the modularity', async () => {
    const result = parsedJson<{
      count: number;
      modularity: number;
      rows: { label: string; community: number }[];
    }>(await cli('analyse', 'communities', '--case', kase, '--json'));
    expect(result.rows).toHaveLength(34);
    expect(result.modularity).toBeGreaterThan(0.41);
    expect(new Set(result.rows.map((r) => r.community)).size).toBe(result.count);
  });

  it('prints a ranked table without --json', async () => {
    const human = await cli('analyse', 'measure', 'pagerank', '--case', kase, '--top', '3');
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(
      /^pagerank on 34 entities and 78 links\n\nRank\s+Score\s+Id\s+Label\n1\s+0\.1009\s+\S+\s+m33\n/,
    );
  });

  it('refuses an unknown measure or grade as a usage error (exit 2)', async () => {
    const unknown = await cli('analyse', 'measure', 'fame', '--case', kase);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("'fame' is invalid");
    const badGrade = await cli('analyse', 'measure', 'degree', '--case', kase, '--min-grade', 'B7');
    expect(badGrade.code).toBe(2);
    expect(badGrade.stderr).toContain('e.g. B2');
  });
});
