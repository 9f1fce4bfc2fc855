import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** Runs the real CLI in a child process, the way `npm run -s cli -- ...` does. */

let dir: string;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

/** A successful --json command: exactly one JSON document on stdout. */
const json = async <T = Record<string, unknown>>(...args: string[]): Promise<T> =>
  parsedJson<T>(await cli(...args, '--json'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plexus CLI on a case file', () => {
  let kase: string;
  const ids: Record<string, string> = {};

  it('creates a case, adding the extension', async () => {
    const info = await json<{ entityCount: number; store: { location: string } }>(
      'case',
      'create',
      join(dir, 'alpha'),
    );
    kase = info.store.location;
    expect(kase).toBe(join(dir, 'alpha.plexus'));
    expect(info.entityCount).toBe(0);
  });

  it('adds two people and a company, coercing --prop values by kind', async () => {
    const zhang = await json<{
      id: string;
      aliases: string[];
      props: object;
      validFrom: string;
      confidence: string;
    }>(
      'entity',
      'add',
      '--case',
      kase,
      '--type',
      'Person',
      '--label',
      'Zhāng Wěi',
      '--prop',
      'aliases=张伟;Zhang Wei',
      '--prop',
      'dateOfBirth=1990-04',
      '--prop',
      'validFrom=2019',
      '--prop',
      'confidence=possible',
    );
    expect(zhang).toMatchObject({
      aliases: ['张伟', 'Zhang Wei'],
      props: { dateOfBirth: '1990-04' },
      validFrom: '2019',
      confidence: 'possible',
    });
    ids.zhang = zhang.id;
    const anna = await cli('entity', 'add', '--case', kase, '--type', 'Person', '--label', 'Anna Lindqvist');
    expect(anna.code).toBe(0);
    ids.anna = anna.stdout.trim();
    const company = await cli(
      'entity',
      'add',
      '--case',
      kase,
      '--type',
      'Company',
      '--label',
      'Blue Tern AB',
    );
    ids.company = company.stdout.trim();
    expect(ids.anna).toMatch(/\S/);
    expect(ids.company).not.toBe(ids.anna);
  });

  it('links them, with typed link properties', async () => {
    const owns = await json<{ id: string; props: object; source: string }>(
      'link',
      'add',
      '--case',
      kase,
      '--type',
      'OWNS',
      '--from',
      ids.zhang ?? '',
      '--to',
      ids.company ?? '',
      '--prop',
      'share=60',
    );
    expect(owns.props).toEqual({ share: 60 });
    expect(owns.source).toBe(ids.zhang);
    const associate = await cli(
      'link',
      'add',
      '--case',
      kase,
      '--type',
      'ASSOCIATE_OF',
      '--from',
      ids.anna ?? '',
      '--to',
      ids.zhang ?? '',
    );
    expect(associate.code).toBe(0);
  });

  it('searches, expands and finds paths', async () => {
    const search = await json<{ hits: { entity: { id: string } }[] }>('search', 'zhang', '--case', kase);
    expect(search.hits.map((h) => h.entity.id)).toEqual([ids.zhang]);

    const expanded = await json<{ entities: { id: string }[]; links: unknown[] }>(
      'expand',
      ids.anna ?? '',
      '--case',
      kase,
      '--hops',
      '2',
    );
    expect(expanded.entities.map((e) => e.id).sort()).toEqual([ids.zhang, ids.company].sort());
    expect(expanded.links).toHaveLength(2);

    const path = await json<{ paths: { linkIds: string[] }[] }>(
      'path',
      ids.anna ?? '',
      ids.company ?? '',
      '--case',
      kase,
    );
    expect(path.paths).toMatchObject([{ length: 2, entityIds: [ids.anna, ids.zhang, ids.company] }]);
    expect(path.paths[0]?.linkIds).toHaveLength(2);
    expect(await json('path', ids.company ?? '', ids.anna ?? '', '--case', kase, '--directed')).toEqual({
      paths: [],
      leftOut: 0,
      cut: null,
    });
  });

  it('exports and imports the native JSON format', async () => {
    const file = join(dir, 'alpha.json');
    expect(await json('export', file, '--case', kase, '--format', 'json')).toEqual({
      files: [file],
      entities: 3,
      links: 2,
    });
    const copy = (await json<{ store: { location: string } }>('case', 'create', join(dir, 'copy.plexus')))
      .store.location;
    expect(await json('import', file, '--case', copy, '--format', 'json')).toMatchObject({
      format: 'json',
      created: { entities: 3, links: 2 },
      merged: 0,
      rejectedTotal: 0,
    });
    const info = await cli('case', 'info', copy);
    expect(info.stdout).toContain('3 entities, 2 links');
  });

  it('creates a demo case of a given size', async () => {
    const demo = await json<{ path: string; entities: number; links: number }>(
      'demo',
      join(dir, 'demo'),
      '--size',
      '300',
      '--seed',
      '2',
    );
    expect(demo).toMatchObject({ path: join(dir, 'demo.plexus'), entities: 300 });
    const info = await json<{ entityCount: number; linkCount: number }>('case', 'info', demo.path);
    expect(info).toMatchObject({ entityCount: 300, linkCount: demo.links });
  });

  const alpha = () => join(dir, 'alpha.plexus');
  it.concurrent.each([
    {
      name: 'an unknown type',
      args: () => ['entity', 'add', '--case', alpha(), '--type', 'Spaceship', '--label', 'X'],
      code: 1,
      message: /^plexus: type: unknown entity type Spaceship$/,
    },
    {
      name: 'a property out of bounds',
      args: () => [
        'entity',
        'add',
        '--case',
        alpha(),
        '--type',
        'Location',
        '--label',
        'X',
        '--prop',
        'latitude=120',
      ],
      code: 1,
      message: /^plexus: props\.latitude: must be at most 90 \(got 120\)$/,
    },
    {
      name: 'a missing case file',
      args: () => ['search', 'x', '--case', join(dir, 'nowhere.plexus')],
      code: 1,
      message: /^plexus: .*nowhere\.plexus: no such case file$/,
    },
    {
      name: 'a text file for a case',
      args: () => {
        writeFileSync(join(dir, 'notes.txt'), 'shopping list\n');
        return ['case', 'info', join(dir, 'notes.txt')];
      },
      code: 1,
      message: /^plexus: .*notes\.txt: not a Plexus case/,
    },
    {
      name: 'a missing option',
      args: () => ['search', 'x'],
      code: 2,
      message: /^plexus: required option '--case <case>' not specified$/,
    },
    {
      name: 'a mistyped option',
      args: () => ['search', 'x', '--case', join(dir, 'nowhere.plexus'), '--jsn'],
      code: 2,
      message: /^plexus: unknown option '--jsn' \(Did you mean --json\?\)$/,
    },
  ])('fails with one line on stderr for $name', async ({ args, code, message }) => {
    const outcome = await cli(...args());
    expect(outcome.code).toBe(code);
    expect(outcome.stdout).toBe('');
    const lines = outcome.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
