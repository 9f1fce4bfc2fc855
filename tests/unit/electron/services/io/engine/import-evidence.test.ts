import { describe, expect, it } from 'vitest';
import type {
  ImportCitation,
  ImportRecord,
  ImportSource,
} from '../../../../../../electron/services/io/types';
import { allEntities, allLinks, eachTestFixture, entity, importRecords, link } from './engine-fixtures';

/** Sources and citations read from a file: resolved to the items written, in the same transaction. */

const f = eachTestFixture();

const place = (line: number) => ({ file: 'people.csv', line });
const ledger: ImportSource = {
  title: 'Ledger',
  origin: 'Seized laptop',
  informationDate: '2024-03',
  file: null,
};
const graded = (reliability: string, credibility: string, note = ''): ImportCitation => ({
  field: null,
  reliability,
  credibility,
  note,
});
const source = (line: number, key: string, input: ImportSource): ImportRecord => ({
  kind: 'source',
  key,
  input,
  place: place(line),
});
const cites = (
  line: number,
  itemKind: 'entity' | 'link',
  itemKey: string,
  sourceKey: string,
  input = graded('B', '2'),
): ImportRecord => ({
  kind: 'citation',
  itemKind,
  itemKey,
  sourceKey,
  input,
  place: place(line),
});

describe('runImport with evidence', () => {
  it('cites entities and keyed links across batches, links that waited for their ends included', async () => {
    const report = await importRecords(
      f,
      [
        source(1, 'L', ledger),
        cites(2, 'link', 'k-late', 'L', graded('A', '1', 'late link')),
        { ...link(3, 'p1', 'p9', { type: 'ASSOCIATE_OF' }), key: 'k-late' } as ImportRecord,
        entity(4, 'p1', { type: 'Person', label: 'Ada Ames' }),
        entity(5, 'p2', { type: 'Person', label: 'Bo Berg' }),
        { ...link(6, 'p1', 'p2', { type: 'ASSOCIATE_OF' }), key: 'k1' } as ImportRecord,
        entity(7, 'p9', { type: 'Person', label: 'Cy Cole' }),
        cites(8, 'entity', 'p2', 'L'),
        cites(9, 'link', 'k1', 'L', graded('C', '3')),
      ],
      { batchSize: 1 },
    );
    expect(report.evidence).toEqual({ sources: 1, citations: 3 });
    const labels = new Map((await allEntities(f.store)).map((e) => [e.id, e.label]));
    const links = new Map(
      (await allLinks(f.store)).map((l) => [l.id, `${labels.get(l.source)}-${labels.get(l.target)}`]),
    );
    const evidence = await f.store.sources.evidence();
    expect(evidence.sources.map((s) => [s.title, s.origin, s.informationDate, s.createdBy])).toEqual([
      ['Ledger', 'Seized laptop', '2024-03', 'engine-test'],
    ]);
    expect(
      evidence.citations.map((c) => [
        labels.get(c.itemId) ?? links.get(c.itemId),
        `${c.reliability}${c.credibility}`,
        c.note,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['Ada Ames-Cy Cole', 'A1', 'late link'],
        ['Bo Berg', 'B2', ''],
        ['Ada Ames-Bo Berg', 'C3', ''],
      ]),
    );
  });

  it("reuses the case's source with the same id or the same title, origin and date, and cites matched entities once", async () => {
    const [held] = await f.store.createEntities([{ type: 'Person', label: 'Ada Ames' }]);
    const inCase = await f.store.sources.create(ledger);
    const byId = await f.store.sources.create({ id: 'src-7', title: 'Tip' });
    const file = [
      source(1, 'A', ledger),
      source(2, 'B', { ...ledger, id: 'src-7', title: 'Tip, retitled' }),
      entity(3, 'p1', { type: 'Person', label: 'ada ames' }),
      cites(4, 'entity', 'p1', 'A'),
      cites(5, 'entity', 'p1', 'B'),
    ];
    expect((await importRecords(f, file, { match: 'label' })).evidence).toEqual({ sources: 0, citations: 2 });
    expect((await importRecords(f, file, { match: 'label' })).evidence).toEqual({ sources: 0, citations: 0 });
    const evidence = await f.store.sources.evidence();
    expect(evidence.sources.map((s) => s.id).sort()).toEqual([inCase.id, byId.id].sort());
    expect(evidence.citations.map((c) => [c.itemId, c.sourceId])).toEqual([
      [held?.id, inCase.id],
      [held?.id, byId.id],
    ]);
  });

  it('counts evidence on a dry run and writes nothing', async () => {
    const report = await importRecords(
      f,
      [
        source(1, 'L', ledger),
        entity(2, 'p1', { type: 'Person', label: 'Ada' }),
        cites(3, 'entity', 'p1', 'L'),
      ],
      {
        dryRun: true,
      },
    );
    expect(report.evidence).toEqual({ sources: 1, citations: 1 });
    expect(await f.store.sources.evidence()).toEqual({ sources: [], citations: [], gradeSet: [] });
  });

  it('fails on an unknown grade or a source the file lacks, naming line and field; leaves out citations of refused records', async () => {
    const before = await f.store.counts();
    await expect(
      importRecords(f, [
        source(1, 'L', ledger),
        entity(2, 'p1', { type: 'Person', label: 'Ada' }),
        cites(3, 'entity', 'p1', 'L', graded('G', '2')),
      ]),
    ).rejects.toThrow(/^people\.csv: line 3: citation\.reliability: /);
    await expect(
      importRecords(f, [entity(2, 'p1', { type: 'Person', label: 'Ada' }), cites(3, 'entity', 'p1', 'nope')]),
    ).rejects.toThrow('people.csv: line 3: source: names source nope, which the file does not hold');
    expect(await f.store.counts()).toEqual(before);

    const report = await importRecords(f, [
      source(1, 'L', ledger),
      entity(2, 'p1', { type: 'NoSuchType', label: 'Ada' }),
      cites(3, 'entity', 'p1', 'L'),
    ]);
    expect(report.evidence).toEqual({ sources: 1, citations: 0 });
    expect(report.rejected.map((r) => r.message)).toContain(
      'citation of entity p1 left out: the entity was not imported',
    );
  });
});
