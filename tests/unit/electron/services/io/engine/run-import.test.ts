import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../../../electron/services/io/engine';
import type { ImportRecord } from '../../../../../../electron/services/io/types';
import type { SqliteStore } from '../../../../../../electron/services/store/sqlite/sqlite-store';
import { PlexusError } from '../../../../../../graph-schema/model/errors';
import {
  allEntities,
  allLinks,
  eachTestFixture,
  entity,
  importOptions,
  importRecords,
  link,
  stream,
} from './engine-fixtures';

const f = eachTestFixture();

async function failure(work: Promise<unknown>): Promise<PlexusError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PlexusError);
  return error as PlexusError;
}

describe('runImport', () => {
  it('creates entities and the links between them by key, in one write', async () => {
    const report = await importRecords(f, [
      entity(2, 'p1', { type: 'Person', label: 'Ada Ames' }),
      entity(3, 'c1', { type: 'Company', label: 'Acme Ltd' }),
      link(4, 'p1', 'c1', { type: 'EMPLOYED_BY', props: { position: 'clerk' } }),
    ]);
    expect(report).toEqual({
      format: 'csv',
      dryRun: false,
      rowsRead: 3,
      created: { entities: 2, links: 1 },
      merged: 0,
      rejected: [],
      rejectedTotal: 0,
    });
    const [ada, acme] = await allEntities(f.store);
    const [job] = await allLinks(f.store);
    expect(job).toMatchObject({ source: ada?.id, target: acme?.id, props: { position: 'clerk' } });
  });

  it('keeps both facts of a key seen twice: first label and type, other names as aliases, contradictions in notes', async () => {
    const report = await importRecords(f, [
      entity(2, 'k', { type: 'Person', label: 'Hani  Hanjour ', validFrom: '2000', aliases: ['HH'] }),
      entity(7, 'k', { type: 'Person', label: 'Hani Hanjour', validFrom: '2001', validTo: '2001-09' }),
      entity(9, 'k', { type: 'Organization', label: 'H. Hanjour', notes: 'pilot' }),
    ]);
    expect(report.created.entities).toBe(1);
    const [hani] = await allEntities(f.store);
    expect(hani).toMatchObject({
      type: 'Person',
      label: 'Hani Hanjour',
      aliases: ['HH', 'H. Hanjour'],
      validFrom: '2000',
      validTo: '2001-09',
    });
    expect(hani?.notes.split('\n')).toEqual([
      'pilot',
      'also reported (line 7): validFrom = 2001',
      'also reported (line 9): type = Organization',
    ]);
  });

  it('keeps a later value in the notes when taking it would break the schema', async () => {
    await importRecords(f, [
      entity(2, 'k', { type: 'Person', label: 'Vera', validFrom: '2019' }),
      entity(3, 'k', { type: 'Person', label: 'Vera', validTo: '2010' }),
    ]);
    const [vera] = await allEntities(f.store);
    expect(vera).toMatchObject({
      validFrom: '2019',
      validTo: null,
      notes: 'also reported (line 3): validTo = 2010',
    });
  });

  it('keeps one label used by two keys as two entities, and keys differing by case apart', async () => {
    const report = await importRecords(f, [
      entity(2, 'a-1', { type: 'Person', label: 'Ali Khan' }),
      entity(3, 'a-2', { type: 'Person', label: 'Ali Khan' }),
      entity(4, 'A-1', { type: 'Person', label: 'Ali Khan' }),
      link(5, 'a-1', 'a-2', { type: 'ASSOCIATE_OF' }),
    ]);
    expect(report.created).toEqual({ entities: 3, links: 1 });
  });

  it('rejects invalid records with their place, writes the valid ones; links to a rejected entity say so', async () => {
    const report = await importRecords(f, [
      entity(2, 'p1', { type: 'Person', label: 'Ada' }),
      entity(3, 'p2', { type: 'Person', label: 'Bad Date', validTo: '2019-02-30' }),
      entity(4, 'x', { type: 'Spaceship', label: 'Nostromo' }),
      {
        kind: 'reject',
        place: { file: 'people.csv', line: 5, field: 'Entity B' },
        message: 'empty',
      },
      link(6, 'p1', 'p2', { type: 'ASSOCIATE_OF' }),
      link(7, 'p1', 'ghost', { type: 'ASSOCIATE_OF' }),
      link(8, 'p1', 'p1', { type: 'COMMUNICATED_WITH', props: { count: -2 } }),
      entity(8, 'id1', { type: 'Identifier', label: '+44 20 7946 0000' }),
      entity(9, 'p3', { type: 'Person', label: 'Cy' }),
      link(10, 'p1', 'p3', { type: 'ASSOCIATE_OF' }),
    ]);
    expect(report.created).toEqual({ entities: 2, links: 1 });
    expect(report.rejectedTotal).toBe(7);
    // Fields named in words: the common fields' labels and the type's property labels.
    expect(report.rejected).toEqual([
      {
        place: { file: 'people.csv', line: 3, field: 'validTo' },
        message: 'Valid to must be a date as YYYY, YYYY-MM or YYYY-MM-DD',
        reasons: [{ code: 'mustBeDate', field: 'validTo' }],
        record: { kind: 'entity', type: 'Person' },
      },
      {
        place: { file: 'people.csv', line: 4, field: 'type' },
        message: 'Type: unknown entity type Spaceship',
        reasons: [{ code: 'unknownEntityType', field: 'type', params: { type: 'Spaceship' } }],
        record: { kind: 'entity', type: 'Spaceship' },
      },
      { place: { file: 'people.csv', line: 5, field: 'Entity B' }, message: 'empty' },
      {
        place: { file: 'people.csv', line: 8, field: 'props.identifierKind' },
        message: 'Kind is required for type Identifier',
        reasons: [{ code: 'requiredForType', field: 'props.identifierKind', params: { type: 'Identifier' } }],
        record: { kind: 'entity', type: 'Identifier' },
      },
      {
        place: { file: 'people.csv', line: 6, field: 'target' },
        message: 'the entity "p2" was rejected (line 3)',
        reasons: [{ code: 'endRejected', field: 'target', params: { end: 'target', key: 'p2', line: 3 } }],
      },
      {
        place: { file: 'people.csv', line: 7, field: 'target' },
        message: 'no entity with key "ghost" in the file or the case',
        reasons: [{ code: 'unknownEnd', field: 'target', params: { end: 'target', key: 'ghost' } }],
      },
      {
        place: { file: 'people.csv', line: 8, field: 'props.count' },
        message: 'Number of contacts must be at least 0 (got -2)',
        reasons: [{ code: 'tooSmall', field: 'props.count', params: { min: 0, value: -2 } }],
        record: { kind: 'link', type: 'COMMUNICATED_WITH' },
      },
    ]);
  });

  it('lists at most 1,000 rejects and counts them all', async () => {
    const rows = Array.from({ length: 1_005 }, (_, i) =>
      entity(i + 2, `k${i}`, { type: 'Person', label: ' ' }),
    );
    const report = await importRecords(f, rows);
    expect(report.rejected).toHaveLength(1_000);
    expect(report.rejectedTotal).toBe(1_005);
    expect(report.rejected[0]).toMatchObject({ place: { line: 2, field: 'label' } });
  });

  it('matches by identifier: a stored id, or an Identifier of the same value and kind', async () => {
    const [stored, phone, mail] = await f.store.createEntities([
      { id: 'case-7', type: 'Person', label: 'Stored Sam' },
      { type: 'Identifier', label: '+44 20 7946 0000', props: { identifierKind: 'phone' } },
      { type: 'Identifier', label: 'SAM@EXAMPLE.ORG', props: { identifierKind: 'email' } },
    ]);
    const report = await importRecords(f, [
      entity(2, 'case-7', { type: 'Person', label: 'Sam (file)' }),
      entity(3, 'ph', { type: 'Identifier', label: '+44 20 7946 0000', props: { identifierKind: 'phone' } }),
      entity(4, 'em', { type: 'Identifier', label: 'sam@example.org', props: { identifierKind: 'email' } }),
      entity(5, 'other', {
        type: 'Identifier',
        label: 'sam@example.org',
        props: { identifierKind: 'other' },
      }),
      link(6, 'case-7', 'ph', { type: 'USES' }),
    ]);
    expect(report.merged).toBe(3);
    expect(report.created.entities).toBe(1);
    expect((await f.store.getEntities([stored?.id ?? ''])).map((e) => e.label)).toEqual(['Stored Sam']);
    const links = await allLinks(f.store);
    expect(links.map((l) => [l.source, l.target])).toEqual([[stored?.id, phone?.id]]);
    expect(mail).toBeDefined();
  });

  it('matches by label within the type, ignoring case and accents; never creates all', async () => {
    const [zhang] = await f.store.createEntities([
      { type: 'Person', label: 'Zhāng Wěi' },
      { type: 'Company', label: 'Zhang Wei' },
    ]);
    const rows = [
      entity(2, 'z', { type: 'Person', label: 'zhang  wei' }),
      entity(3, 'zz', { type: 'Person', label: 'Zhang Wei Jr' }),
      link(4, 'z', 'zz', { type: 'FAMILY_OF' }),
    ];
    const byLabel = await importRecords(f, rows, { match: 'label' });
    expect(byLabel).toMatchObject({ merged: 1, created: { entities: 1, links: 1 } });
    const [family] = await allLinks(f.store);
    expect(family?.source).toBe(zhang?.id);

    const never = await importRecords(f, rows, { match: 'never' });
    expect(never).toMatchObject({ merged: 0, created: { entities: 2, links: 1 } });
  });

  it('links file entities to stored entities named by id', async () => {
    await f.store.createEntities([{ id: 'acme', type: 'Company', label: 'Acme' }]);
    const report = await importRecords(
      f,
      [entity(2, 'p', { type: 'Person', label: 'Pat' }), link(3, 'p', 'acme', { type: 'EMPLOYED_BY' })],
      {
        match: 'never',
      },
    );
    expect(report.created).toEqual({ entities: 1, links: 1 });
  });

  it('writes nothing on a dry run but reports the same counts', async () => {
    const rows = [
      entity(2, 'p', { type: 'Person', label: 'Pat' }),
      entity(3, 'q', { type: 'Person', label: 'Quinn' }),
    ];
    const report = await importRecords(f, rows, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, created: { entities: 2, links: 0 } });
    expect((await f.store.counts()).entityCount).toBe(0);
  });

  it('writes nothing when cancelled during the read', async () => {
    const controller = new AbortController();
    async function* rows(): AsyncIterable<ImportRecord> {
      yield entity(2, 'p', { type: 'Person', label: 'Pat' });
      controller.abort();
      yield entity(3, 'q', { type: 'Person', label: 'Quinn' });
    }
    const error = await failure(
      runImport(f.store, rows(), importOptions(f, { match: 'never', signal: controller.signal })),
    );
    expect(error.code).toBe('CANCELLED');
    expect((await f.store.counts()).entityCount).toBe(0);
  });

  it('writes nothing of the file when the store refuses the write', async () => {
    await f.store.createEntities([{ type: 'Person', label: 'Already here' }]);
    const failing = Object.create(f.store) as SqliteStore;
    failing.createPreparedStream = () => Promise.reject(new PlexusError('IO', 'disk full'));
    const error = await failure(
      runImport(
        failing,
        stream([entity(2, 'p', { type: 'Person', label: 'Pat' })]),
        importOptions(f, { match: 'never' }),
      ),
    );
    expect(error).toMatchObject({ code: 'IO', message: 'people.csv: disk full' });
    expect((await f.store.counts()).entityCount).toBe(1);
  });

  it('refuses a file over the size or row limit, naming the limit', async () => {
    const big = await failure(importRecords(f, [], { limits: { maxFileSize: 4 } }));
    expect(big.message).toMatch(/people\.csv: .*over the import limit of 4 bytes \(maxFileSize\)/);
    const rows = [1, 2, 3].map((n) => entity(n + 1, `k${n}`, { type: 'Person', label: `P${n}` }));
    const many = await failure(importRecords(f, rows, { limits: { maxRows: 2 } }));
    expect(many.message).toBe('people.csv: more than 2 rows, the import limit (maxRows)');
    expect((await f.store.counts()).entityCount).toBe(0);
    expect((await failure(importRecords(f, [], { file: `${f.file}.missing` }))).code).toBe('NOT_FOUND');
  });

  it('reports progress with the importer’s row count', async () => {
    const seen: string[] = [];
    const report = await importRecords(f, [entity(2, 'p', { type: 'Person', label: 'Pat' })], {
      rowsRead: () => 40,
      onProgress: (p) => seen.push(`${p.phase}:${p.rowsRead}`),
    });
    expect(report.rowsRead).toBe(40);
    expect(seen.at(-1)).toBe('writing:40');
  });
});
