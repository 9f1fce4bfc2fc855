import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Link } from '../../../../../../../graph-schema/model/records';
import type { Importer } from '../../../../../../../electron/services/io/types';
import {
  csvExporter,
  csvImporter,
  suggestMapping,
  tsvExporter,
  tsvImporter,
  xlsxExporter,
  xlsxImporter,
} from '../../../../../../../electron/services/io/formats/tabular/index';
import { neutraliseFormula } from '../../../../../../../graph-schema/contract/io';
import type { GraphStore } from '../../../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../../../electron/services/store/sqlite/index';
import { readAll, schema, tempDir, validateRecords } from './helpers';

const tmp = tempDir();
let store: GraphStore;
let original: { entities: Entity[]; links: Link[] };

beforeAll(async () => {
  store = await createCaseFile(tmp.path('source.plexus'), { actor: 'author', schema });
  const [zhang, minus, acme] = await store.createEntities([
    {
      type: 'Person',
      label: 'Zhāng Wěi',
      aliases: ['Wei Zhang', 'Z. W.'],
      notes: '=HYPERLINK("http://evil","click")',
      validFrom: '2019-04',
      confidence: 'confirmed',
      reliability: 'B',
      credibility: '2',
      classification: 'RESTRICTED',
      props: { nationality: 'CN', dateOfBirth: '1980-04-05', gender: 'male' },
    },
    {
      type: 'Organization',
      label: '-Minus Bureau',
      props: { stateLinked: true, orgKind: 'government body' },
    },
    { type: 'Company', label: '@Acme, "the" Co.', notes: 'line one\nline two, with comma', props: {} },
  ]);
  await store.createLinks([
    {
      type: 'EMPLOYED_BY',
      source: zhang!.id,
      target: acme!.id,
      validFrom: '2020',
      validTo: '2021-06',
      props: { position: '+engineer' },
    },
    { type: 'OWNS', source: minus!.id, target: acme!.id, label: 'owns a quarter', props: { share: 25.5 } },
    {
      type: 'PAID',
      source: acme!.id,
      target: zhang!.id,
      notes: '\tcash',
      props: { amount: 500.25, currency: 'EUR', purpose: '-refund' },
    },
    { type: 'PAID', source: acme!.id, target: zhang!.id, props: { amount: 700, currency: 'EUR' } },
  ]);
  const entities: Entity[] = [];
  const links: Link[] = [];
  for await (const b of store.scanEntities(100)) entities.push(...b);
  for await (const b of store.scanLinks(100)) links.push(...b);
  original = { entities, links };
});

afterAll(async () => {
  await store.close();
  tmp.done();
});

const DATA_FIELDS = [
  'type',
  'label',
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
  'props',
] as const;
const data = (item: Record<string, unknown>, extra: string[]) =>
  Object.fromEntries([...DATA_FIELDS, ...extra].map((f) => [f, item[f]]));

/** Re-imports an exported pair through the importers' own suggested mappings and the schema checks. */
async function reimport(
  importer: Importer,
  entitiesPath: string,
  linksPath: string,
  sheets?: [string, string],
) {
  const entityColumns = (
    await importer.preview!(
      entitiesPath,
      sheets ? { shape: 'entities', header: true, sheet: sheets[0] } : undefined,
      1,
    )
  ).columns;
  const linkColumns = (
    await importer.preview!(
      linksPath,
      sheets ? { shape: 'links', header: true, sheet: sheets[1] } : undefined,
      1,
    )
  ).columns;
  const entityMapping = { ...suggestMapping(entityColumns)!, ...(sheets ? { sheet: sheets[0] } : {}) };
  const linkMapping = { ...suggestMapping(linkColumns)!, ...(sheets ? { sheet: sheets[1] } : {}) };
  expect(entityMapping.shape).toBe('entities');
  expect(linkMapping.shape).toBe('links');
  const records = [
    ...(await readAll(importer, entitiesPath, entityMapping)),
    ...(await readAll(importer, linksPath, linkMapping)),
  ];
  const checked = validateRecords(schema, records);
  expect(checked.failures).toEqual([]);
  expect(records.filter((r) => r.kind === 'reject')).toEqual([]);
  // Keys were the exported ids: map the drafts back to them to compare with the originals.
  const keyOf = new Map([...checked.ids].map(([key, id]) => [id, key]));
  const entities = checked.entities.map((e) => ({ ...data(e, ['aliases']), id: keyOf.get(e.id!) }));
  const links = checked.links.map((l) => ({
    ...data(l, []),
    source: keyOf.get(l.source),
    target: keyOf.get(l.target),
  }));
  return { entities, links };
}

function expectSame(back: Awaited<ReturnType<typeof reimport>>) {
  const sortKey = (x: Record<string, unknown>) => JSON.stringify(x);
  expect(back.entities).toEqual(original.entities.map((e) => ({ ...data(e, ['aliases']), id: e.id })));
  expect([...back.links].sort((a, b) => sortKey(a).localeCompare(sortKey(b)))).toEqual(
    original.links
      .map((l) => ({ ...data(l, []), source: l.source, target: l.target }))
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  );
}

describe('CSV pair export', () => {
  it('writes NAME-entities.csv and NAME-links.csv with a BOM, every field and one column per property', async () => {
    const result = await csvExporter.write(store, tmp.path('case.csv'), { schema });
    expect(result).toEqual({
      files: [tmp.path('case-entities.csv'), tmp.path('case-links.csv')],
      entities: 3,
      links: 4,
    });
    const text = readFileSync(tmp.path('case-entities.csv'), 'utf8');
    expect(
      text.startsWith(
        '\uFEFFid,type,label,aliases,notes,validFrom,validTo,confidence,reliability,credibility,classification,createdAt,createdBy,updatedAt,updatedBy,props.dateOfBirth,props.gender,props.nationality,props.orgKind,props.stateLinked\r\n',
      ),
    ).toBe(true);
    expect(text).toContain('Wei Zhang; Z. W.');
  });

  it('neutralises values that Excel would run as formulas', async () => {
    const entities = readFileSync(tmp.path('case-entities.csv'), 'utf8');
    const links = readFileSync(tmp.path('case-links.csv'), 'utf8');
    expect(entities).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(entities).toContain(",'-Minus Bureau,");
    expect(entities).toContain(`"'@Acme, ""the"" Co."`);
    expect(links).toContain(",'+engineer");
    expect(links).toContain(",'-refund");
    expect(links).toContain(`,'\tcash,`);
    for (const line of (entities + links).split('\r\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^[=+\-@]/u);
    }
    expect(neutraliseFormula('plain')).toBe('plain');
    expect(neutraliseFormula('\rx')).toBe("'\rx");
  });

  it('re-imports through the entity and link importers with nothing lost', async () => {
    expectSame(await reimport(csvImporter, tmp.path('case-entities.csv'), tmp.path('case-links.csv')));
  });
});

describe('CSV and TSV cells holding line breaks', () => {
  // A bare CR or LF left unquoted ends the row early, and the text after it starts a line of its
  // own where a spreadsheet runs `=1+1` as a formula.
  const notes = ['first\n=1+1', 'carriage\r+SUM(A1)', 'both\r\n@cmd', 'tab\n\t=x', 'plain\nsecond line'];
  let lines: GraphStore;
  beforeAll(async () => {
    lines = await createCaseFile(tmp.path('lines.plexus'), { actor: 'author', schema });
    await lines.createEntities(
      notes.map((n, i) => ({ type: 'Person', label: `P${i}`, notes: n, props: {} })),
    );
  });
  afterAll(() => lines.close());

  for (const [name, exporter, importer, delimiter] of [
    ['csv', csvExporter, csvImporter, ','],
    ['tsv', tsvExporter, tsvImporter, '\t'],
  ] as const) {
    it(`${name}: quotes the cell, keeps one row per entity and neutralises every line`, async () => {
      await exporter.write(lines, tmp.path(`lines.${name}`), { schema });
      const file = tmp.path(`lines-entities.${name}`);
      // Any line break outside quotes ends a record, as it does in Excel and LibreOffice.
      const rows = parse(readFileSync(file, 'utf8'), {
        bom: true,
        delimiter,
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_column_count: true,
      }) as string[][];
      expect(rows).toHaveLength(1 + notes.length);
      const width = rows[0]!.length;
      for (const row of rows) expect(row).toHaveLength(width);
      const column = rows[0]!.indexOf('notes');
      expect(rows.slice(1).map((r) => r[column])).toEqual([
        "first\n'=1+1",
        "carriage\r'+SUM(A1)",
        "both\r\n'@cmd",
        "tab\n'\t=x",
        'plain\nsecond line',
      ]);
      for (const row of rows) {
        for (const value of row) {
          for (const line of value.split(/\r\n|\r|\n/u)) expect(line).not.toMatch(/^[=+\-@\t]/u);
        }
      }
      const mapping = suggestMapping((await importer.preview!(file, undefined, 1)).columns)!;
      const back = await readAll(importer, file, mapping);
      expect(back.map((r) => (r.kind === 'entity' ? r.input.notes : r.kind))).toEqual(notes);
    });
  }
});

describe('xlsx export', () => {
  it('writes sheets Entities and Links that re-import with nothing lost', async () => {
    const path = tmp.path('case.xlsx');
    expect(await xlsxExporter.write(store, path, { schema })).toEqual({
      files: [path],
      entities: 3,
      links: 4,
    });
    expect((await xlsxImporter.preview!(path, undefined, 0)).sheets).toEqual(['Entities', 'Links']);
    expectSame(await reimport(xlsxImporter, path, path, ['Entities', 'Links']));
  });
});
