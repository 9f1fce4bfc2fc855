import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/** `plexus import` and `plexus export`, run as a child process like `npm run -s cli -- ...`. */

let dir: string;

const cli = (...args: string[]): Promise<Outcome> =>
  runCli(args, { ...process.env, PLEXUS_HOME: join(dir, 'home'), PLEXUS_DEBUG: '' });

/** A successful --json command: exactly one JSON document on stdout. */
const json = async <T = Record<string, unknown>>(...args: string[]): Promise<T> =>
  parsedJson<T>(await cli(...args, '--json'));

async function newCase(name: string): Promise<string> {
  const info = await json<{ store: { location: string } }>('case', 'create', join(dir, name));
  return info.store.location;
}

async function counts(kase: string): Promise<{ entityCount: number; linkCount: number }> {
  return json('case', 'info', kase);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plexus-cli-io-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PEOPLE = [
  'id,name,born,group',
  'p1,Hani Hanjour,1972,Flight 77',
  'p2,Majed Moqed,,Flight 77',
  'p1,Hani  Hanjour ,1971,',
  'p3,,1980,',
  'p4,=cmd|calc,,',
].join('\n');

const MAPPING = {
  shape: 'entities',
  entity: {
    type: { fixed: 'Person' },
    label: 'name',
    key: 'id',
    fields: { born: 'props.dateOfBirth', group: 'notes' },
  },
};

describe('plexus import and export', () => {
  it('round-trips the native format, the format taken from the file name', async () => {
    const kase = await newCase('source');
    await cli('entity', 'add', '--case', kase, '--type', 'Person', '--label', 'Ann');
    await cli('entity', 'add', '--case', kase, '--type', 'Company', '--label', 'Ann Ltd');
    const file = join(dir, 'source.json');
    expect(await json('export', file, '--case', kase)).toEqual({ files: [file], entities: 2, links: 0 });
    const copy = await newCase('copy');
    expect(await json('import', file, '--case', copy)).toEqual({
      format: 'json',
      dryRun: false,
      rowsRead: 2,
      created: { entities: 2, links: 0 },
      merged: 0,
      rejected: [],
      rejectedTotal: 0,
    });
    expect(await counts(copy)).toMatchObject({ entityCount: 2 });
  });

  it('imports a CSV with a mapping template: duplicate rows merge, bad rows are listed and saved', async () => {
    const csv = join(dir, 'people.csv');
    const mapping = join(dir, 'people.mapping.json');
    const rejects = join(dir, 'rejects.csv');
    writeFileSync(csv, PEOPLE);
    writeFileSync(mapping, JSON.stringify(MAPPING));
    const kase = await newCase('people');

    const dry = await json<{ created: { entities: number } }>(
      'import',
      csv,
      '--case',
      kase,
      '--mapping',
      mapping,
      '--dry-run',
    );
    expect(dry).toMatchObject({ dryRun: true, created: { entities: 3 } });
    expect(await counts(kase)).toMatchObject({ entityCount: 0 });

    const human = await cli('import', csv, '--case', kase, '--mapping', mapping, '--rejects', rejects);
    expect(human.code).toBe(0);
    expect(human.stderr).toBe('');
    expect(human.stdout).toMatch(
      /^Imported 3 entities and 0 links from people\.csv \(5 rows read, 0 matched in the case, 1 rejected\)/,
    );
    expect(human.stdout).toContain('people.csv line 5 (name): ');
    expect(await counts(kase)).toMatchObject({ entityCount: 3 });
    const saved = readFileSync(rejects, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(saved[0]).toBe('file,line,element,field,message');
    expect(saved[1]).toMatch(/people\.csv,5,,name,/);

    const found = await json<{ hits: { entity: { label: string; props: object; notes: string } }[] }>(
      'search',
      'hanjour',
      '--case',
      kase,
    );
    expect(found.hits).toHaveLength(1);
    expect(found.hits[0]?.entity).toMatchObject({
      label: 'Hani Hanjour',
      props: { dateOfBirth: '1972' },
      notes: expect.stringContaining('also reported (line 4): props.dateOfBirth = 1971'),
    });
  });

  it('refuses a table without a mapping, and leaves the case unchanged when an import fails', async () => {
    const kase = await newCase('unchanged');
    await cli('entity', 'add', '--case', kase, '--type', 'Person', '--label', 'Kept');
    const before = await counts(kase);

    const noMapping = await cli('import', join(dir, 'people.csv'), '--case', kase);
    expect(noMapping.code).toBe(1);
    expect(noMapping.stderr).toBe(
      'plexus: a mapping is required for csv: choose columns in the import wizard or pass --mapping\n',
    );

    const broken = join(dir, 'broken.json');
    const person = { type: 'Person', label: 'New', aliases: [], notes: '', validFrom: null, validTo: null };
    const grading = {
      confidence: 'probable',
      reliability: 'F',
      credibility: '6',
      classification: 'UNCLASSIFIED',
      props: {},
    };
    const audit = {
      createdAt: '2024-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2024-01-01T00:00:00.000Z',
      updatedBy: 'a',
    };
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'plexus-case',
        version: 1,
        entities: [{ id: 'n1', ...person, ...grading, ...audit }],
        links: [
          {
            id: 'l1',
            type: 'ASSOCIATE_OF',
            source: 'n1',
            target: 'ghost',
            label: 'x',
            notes: '',
            validFrom: null,
            validTo: null,
            ...grading,
            ...audit,
          },
        ],
      }),
    );
    const failed = await cli('import', broken, '--case', kase);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^plexus: broken\.json: links\[0\]\.target: no entity with id ghost\n$/);
    expect(await counts(kase)).toEqual(before);
  });

  it('fails when every row is rejected, printing the report and the first reason', async () => {
    const kase = await newCase('nothing');
    const csv = join(dir, 'all-bad.csv');
    const mapping = join(dir, 'all-bad.mapping.json');
    writeFileSync(csv, 'name,kind\nAnn,Spaceship\nBob,Robot\n');
    writeFileSync(
      mapping,
      JSON.stringify({ shape: 'entities', entity: { type: { column: 'kind' }, label: 'name' } }),
    );
    const rejected = await cli('import', csv, '--case', kase, '--mapping', mapping, '--json');
    expect(rejected.code).toBe(1);
    expect(JSON.parse(rejected.stdout)).toMatchObject({ rowsRead: 2, rejectedTotal: 2 });
    expect(rejected.stderr).toMatch(
      /^plexus: all-bad\.csv: nothing imported, every row was rejected \(2 rejected; first: all-bad\.csv line 2 \(kind\): [^\n]+\)\n$/,
    );
  });

  it('fails on a STIX file that is not a bundle, saying so', async () => {
    const kase = await newCase('not-stix');
    const notBundle = join(dir, 'not-bundle.json');
    writeFileSync(notBundle, '{"type": "bundle", "id": "bundle--1"}');
    const stix = await cli('import', notBundle, '--case', kase, '--format', 'stix');
    expect(stix.code).toBe(1);
    expect(stix.stderr).toBe('plexus: not-bundle.json: not a STIX bundle (no objects list)\n');
    expect(await counts(kase)).toMatchObject({ entityCount: 0, linkCount: 0 });
  });

  it("imports a STIX bundle's citations into the case, and fails on a bad one leaving the case as it was", async () => {
    const kase = await newCase('cited');
    const bundle = (description: string) =>
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--cli',
        objects: [
          {
            type: 'threat-actor',
            spec_version: '2.1',
            id: 'threat-actor--1',
            name: 'Actor K',
            external_references: [
              { source_name: 'Ledger', external_id: 'src-1', description },
              {
                source_name: 'mitre-attack',
                external_id: 'G0001',
                url: 'https://attack.mitre.org/groups/G0001',
              },
            ],
          },
        ],
      });
    const good = join(dir, 'cited.json');
    writeFileSync(good, bundle('Admiralty B2; origin Seized laptop; information of 2024-03; p. 4'));
    const human = await cli('import', good, '--case', kase, '--format', 'stix');
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Evidence: 2 citations, 2 new sources');
    const sources = await json<{ id: string; title: string; origin: string }[]>(
      'source',
      'list',
      '--case',
      kase,
    );
    expect(sources.map(({ id, title, origin }) => [id === 'src-1' ? id : 'new', title, origin])).toEqual(
      expect.arrayContaining([
        ['src-1', 'Ledger', 'Seized laptop'],
        ['new', 'mitre-attack G0001', 'https://attack.mitre.org/groups/G0001'],
      ]),
    );

    const bad = join(dir, 'bad-cited.json');
    writeFileSync(bad, bundle('Admiralty B9'));
    const refused = await cli('import', bad, '--case', kase, '--format', 'stix');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'plexus: bad-cited.json: threat-actor--1: external_references[0].description: "Admiralty B9" is not a grade (A-F then 1-6, as B2)\n',
    );
    expect(await counts(kase)).toMatchObject({ entityCount: 1, linkCount: 0 });
    expect(await json<unknown[]>('source', 'list', '--case', kase)).toHaveLength(2);
    // Six runs of the CLI: more than one test's default time on a busy machine.
  }, 120_000);

  it('says when a file that is not UTF-8 was read in a guessed encoding', async () => {
    const kase = await newCase('latin');
    const csv = join(dir, 'latin.csv');
    writeFileSync(csv, Buffer.from('name\nZo\xeb M\xfcller\n', 'latin1'));
    const mapping = join(dir, 'latin.mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ shape: 'entities', entity: { type: { fixed: 'Person' }, label: 'name' } }),
    );
    const human = await cli('import', csv, '--case', kase, '--mapping', mapping);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      'Note: latin.csv is not valid UTF-8: read as windows-1252; name the encoding in the mapping if the text looks wrong',
    );
    const report = await json<{ notices: string[] }>(
      'import',
      csv,
      '--case',
      kase,
      '--mapping',
      mapping,
      '--dry-run',
    );
    expect(report.notices).toEqual([
      'latin.csv is not valid UTF-8: read as windows-1252; name the encoding in the mapping if the text looks wrong',
    ]);
  });

  it('says which format to write when the name does not tell', async () => {
    const kase = await newCase('fmt');
    const outcome = await cli('export', join(dir, 'out.data'), '--case', kase);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^plexus: out\.data: say which format to write with --format/);
    expect(existsSync(join(dir, 'out.data'))).toBe(false);
  });
});
