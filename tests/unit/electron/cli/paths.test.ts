import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { createCaseFile } from '../../../../electron/services/store/sqlite';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/**
 * `plexus path | connect | common` on the graph of the contract tests (tests/contract/
 * contract-paths.ts): eight people a..h, every link B2 but d-h, graded D4.
 */

let dir: string;
let kase: string;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

const EDGES = ['ab', 'ac', 'bd', 'cd', 'dh', 'be', 'ef', 'fh', 'cg', 'gh', 'eg'];

interface Paths {
  paths: { length: number; entityIds: string[]; grades: string[]; weakest: string | null }[];
  leftOut: number;
  cut: { what: string; cap: number } | null;
}

const routes = (result: Paths) => result.paths.map((p) => p.entityIds.join(''));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-paths-'));
  kase = join(dir, 'paths.plexus');
  const store = await createCaseFile(kase, { actor: 'analyst', schema: new SchemaIndex(loadSchema()) });
  await store.createEntities([...'abcdefgh'].map((n) => ({ id: n, type: 'Person', label: `Person ${n}` })));
  await store.createLinks(
    EDGES.map((pair) => ({
      type: 'ASSOCIATE_OF',
      source: pair[0] ?? '',
      target: pair[1] ?? '',
      ...(pair === 'dh' ? { reliability: 'D', credibility: '4' } : { reliability: 'B', credibility: '2' }),
    })),
  );
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus path, connect and common', () => {
  it('path --k with --min-grade: the k shortest paths that keep to B2 or better', async () => {
    const k = parsedJson<Paths>(await cli('path', 'a', 'h', '--case', kase, '--k', '3', '--json'));
    expect(routes(k)).toEqual(['abdh', 'acdh', 'acgh']);
    expect(k.paths[0]).toMatchObject({ grades: ['B2', 'B2', 'D4'], weakest: 'D4' });
    const graded = parsedJson<Paths>(
      await cli('path', 'a', 'h', '--case', kase, '--k', '3', '--min-grade', 'B2', '--json'),
    );
    expect(routes(graded)).toEqual(['acgh', 'abefh', 'abegh']);
    expect(graded.leftOut).toBe(1);
    const human = await cli('path', 'a', 'h', '--case', kase, '--k', '2', '--min-grade', 'b2');
    expect(human.stdout).toContain('1. 3 links, weakest grade B2');
    expect(human.stdout).toContain('Person a -[ASSOCIATE_OF B2]-> Person c');
  });

  it('path --all --max-hops; one mode at a time', async () => {
    const all = parsedJson<Paths>(
      await cli('path', 'a', 'h', '--case', kase, '--all', '--max-hops', '4', '--json'),
    );
    expect(routes(all)).toEqual(['abdh', 'acdh', 'acgh', 'abefh', 'abegh']);
    expect(all.cut).toBeNull();
    const both = await cli('path', 'a', 'h', '--case', kase, '--all', '--k', '2');
    expect(both.code).toBe(1);
    expect(both.stderr).toContain('choose one of --k, --all and --all-shortest');
  });

  it('connect and common', async () => {
    const joined = parsedJson<{ entityIds: string[]; pairs: unknown[] }>(
      await cli('connect', 'a', 'h', 'e', '--case', kase, '--json'),
    );
    expect(joined.entityIds.sort()).toEqual([...'abdefh']);
    expect(joined.pairs).toHaveLength(3);
    const common = parsedJson<{ neighbours: { id: string; shared: string[] }[] }>(
      await cli('common', 'b', 'c', 'g', '--case', kase, '--min-shared', '2', '--json'),
    );
    expect(common.neighbours.map((n) => n.id)).toEqual(['a', 'd', 'e']);
  });
});
