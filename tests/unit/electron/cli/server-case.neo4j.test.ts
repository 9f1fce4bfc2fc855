import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSchema } from '../../../../electron/services/schema/load-types';
import { openNeo4jStore } from '../../../../electron/services/store/neo4j';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import { wipePlexus } from '../../../support/neo4j-server/admin';
import { describeOnNeo4j } from '../../../support/neo4j-server/given';
import { parsedJson, runCli, type Outcome } from './cli-runner';

/**
 * The CLI's case commands on a real Neo4j server, named by its address where a case file
 * would be: what they write is read back from the server by a store of its own.
 */
describeOnNeo4j('plexus commands on a Neo4j database', (config) => {
  let dir: string;
  const server = () => {
    const url = new URL(config.uri);
    return `${url.protocol}//${encodeURIComponent(config.user)}@${url.host}/${config.database}`;
  };
  const cli = (...args: string[]): Promise<Outcome> =>
    runCli(args, {
      ...process.env,
      NEO4J_PASSWORD: config.password,
      PLEXUS_HOME: join(dir, 'home'),
      PLEXUS_DEBUG: '',
    });
  const json = async <T>(...args: string[]): Promise<T> => parsedJson<T>(await cli(...args, '--json'));
  const schema = new SchemaIndex(loadSchema());

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'plexus-cli-server-'));
    await wipePlexus(config);
    // Prepared as the app's consent would: the CLI's case commands do not create a schema.
    await (await openNeo4jStore(config, { actor: 'setup', schema, prepareSchema: true })).close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds, finds, links and paths on the server, and an import lands there all or nothing', async () => {
    const sato = await json<{ id: string }>(
      'entity',
      'add',
      '--case',
      server(),
      '--type',
      'Person',
      '--label',
      '佐藤 健',
    );
    const kaiyo = await json<{ id: string }>(
      'entity',
      'add',
      '--case',
      server(),
      '--type',
      'Organization',
      '--label',
      'Kaiyo Marine Research Institute',
    );
    await json(
      'link',
      'add',
      '--case',
      server(),
      '--type',
      'EMPLOYED_BY',
      '--from',
      sato.id,
      '--to',
      kaiyo.id,
    );

    const found = await json<{ hits: { entity: { id: string } }[] }>('search', '佐藤', '--case', server());
    expect(found.hits.map((h) => h.entity.id)).toContain(sato.id);
    const paths = await json<{ paths: unknown[] }>('path', sato.id, kaiyo.id, '--case', server());
    expect(paths.paths).toHaveLength(1);

    const csv = join(dir, 'people.csv');
    writeFileSync(csv, 'name\n王 伟\nLi Na\n');
    const mapping = join(dir, 'mapping.json');
    writeFileSync(
      mapping,
      JSON.stringify({ shape: 'entities', entity: { type: { fixed: 'Person' }, label: 'name' } }),
    );
    const imported = await json<{ created: { entities: number } }>(
      'import',
      csv,
      '--case',
      server(),
      '--mapping',
      mapping,
    );
    expect(imported.created.entities).toBe(2);

    // A file with one bad link writes nothing of itself.
    const broken = join(dir, 'broken.json');
    const audit = {
      createdAt: '2024-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2024-01-01T00:00:00.000Z',
      updatedBy: 'a',
    };
    const common = {
      notes: '',
      validFrom: null,
      validTo: null,
      confidence: 'confirmed',
      reliability: 'B',
      credibility: '2',
      classification: 'UNCLASSIFIED',
      ...audit,
    };
    writeFileSync(
      broken,
      JSON.stringify({
        format: 'plexus-case',
        version: 1,
        entities: [{ id: 'n1', type: 'Person', label: 'Ghost Writer', aliases: [], props: {}, ...common }],
        links: [
          { id: 'l1', type: 'ASSOCIATE_OF', source: 'n1', target: 'ghost', label: 'x', props: {}, ...common },
        ],
      }),
    );
    const failed = await cli('import', broken, '--case', server());
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^plexus: broken\.json: links\[0\]\.target: no entity with id ghost\n$/);

    // What the server holds now, read by a store of its own.
    const store = await openNeo4jStore(config, { actor: 'check', schema });
    try {
      const labels = (await store.search({ text: '王' })).hits.map((h) => h.entity.label);
      expect(labels).toContain('王 伟');
      expect(await store.counts()).toMatchObject({ entityCount: 4, linkCount: 1 });
      // Entered in the server's history as the CLI's writes, the import as one.
      const { entries } = await store.listHistory({});
      expect(entries.filter((e) => e.op === 'import')).toHaveLength(2);
      expect(entries.filter((e) => e.op === 'create')).toHaveLength(3);
    } finally {
      await store.close();
    }
  });

  it('verifies the server’s history, witnessed by the profile the CLI wrote from', async () => {
    const check = await json<{ ok: boolean; entries: number; anchor: string }>(
      'audit',
      'verify',
      '--case',
      server(),
    );
    expect(check).toMatchObject({ ok: true, entries: 5, anchor: 'witnessed' });
  });

  it('refuses to write on a server whose history went back, until the analyst accepts it', async () => {
    // The database restored from an older copy: its chain starts again, shorter than this profile saw.
    await wipePlexus(config);
    const other = await openNeo4jStore(config, { actor: 'restore', schema });
    await other.createEntities([{ type: 'Person', label: 'Restored' }]);
    await other.close();

    const refused = await cli('entity', 'add', '--case', server(), '--type', 'Person', '--label', 'Ann');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^plexus: .*no longer holds entry 5 .*plexus audit accept --case/);
    expect(refused.stderr.trimEnd().split('\n')).toHaveLength(1);

    const accepted = await json<{ forgot: boolean; ok: boolean; anchor: string; entries: number }>(
      'audit',
      'accept',
      '--case',
      server(),
    );
    expect(accepted).toMatchObject({ forgot: true, ok: true, anchor: 'unwitnessed', entries: 1 });
    expect((await cli('entity', 'add', '--case', server(), '--type', 'Person', '--label', 'Ann')).code).toBe(
      0,
    );
    expect(await json('audit', 'verify', '--case', server())).toMatchObject({
      ok: true,
      anchor: 'witnessed',
    });

    const file = await cli('audit', 'accept', '--case', join(dir, 'some.plexus'));
    expect(file.code).toBe(1);
    expect(file.stderr).toMatch(/^plexus: .*accept is for a Neo4j server's history\n$/);
  });

  it('says in one line why a case cannot be made on a server address', async () => {
    const outcome = await cli('case', 'create', server());
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toBe('');
    expect(outcome.stderr).toMatch(/^plexus: .*a new case is a file.*\(plexus neo4j push\)\n$/);
  });
});
