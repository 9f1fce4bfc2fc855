import { mkdirSync, readdirSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlsxImporter } from '../../../../../../../electron/services/io/formats/tabular/index';
import { xlsxCellText } from '../../../../../../../electron/services/io/formats/tabular/xlsx-source';
import { readAll, split, tempDir } from './helpers';
import { sheetFirstWorkbook, writeZip } from './zip';

const tmp = tempDir();
const path = tmp.path('book.xlsx');

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  const notes = book.addWorksheet('Notes');
  notes.addRow(['nothing here']);
  const people = book.addWorksheet('People');
  people.addRow(['Name', 'Type', 'Born', 'Score']);
  people.addRow(['Zhāng Wěi', 'Person', new Date(Date.UTC(1980, 3, 5)), 0.1 + 0.2]);
  people.addRow([]);
  people.addRow([
    { richText: [{ text: 'Acme ' }, { text: 'Ltd' }] },
    'company',
    null,
    { formula: '2*3', result: 6 },
  ]);
  await book.xlsx.writeFile(path);
});
afterAll(() => tmp.done());

const mapping = {
  shape: 'entities',
  sheet: 'People',
  entity: { label: 'Name', type: { column: 'Type' }, fields: { Born: 'props.dateOfBirth' } },
} as const;

describe('xlsx import', () => {
  it('reads the named sheet like a CSV table: dates as ISO dates, numbers without float noise', async () => {
    const { entities } = split(await readAll(xlsxImporter, path, mapping));
    expect(entities).toEqual([
      {
        kind: 'entity',
        key: 'Zhāng Wěi',
        input: {
          type: 'Person',
          label: 'Zhāng Wěi',
          props: { dateOfBirth: '1980-04-05' },
          notes: 'Score: 0.3',
        },
        place: { file: 'book.xlsx', line: 2 },
      },
      {
        kind: 'entity',
        key: 'Acme Ltd',
        input: { type: 'Company', label: 'Acme Ltd', props: {}, notes: 'Score: 6' },
        place: { file: 'book.xlsx', line: 4 },
      },
    ]);
  });

  it('previews the first sheet by default and lists every sheet', async () => {
    const first = await xlsxImporter.preview!(path, undefined, 5);
    expect(first).toMatchObject({ sheets: ['Notes', 'People'], columns: ['nothing here'], rows: [] });
    const people = await xlsxImporter.preview!(
      path,
      { shape: 'entities', header: true, sheet: mapping.sheet },
      1,
    );
    expect(people.columns).toEqual(['Name', 'Type', 'Born', 'Score']);
    expect(people.rows).toEqual([['Zhāng Wěi', 'Person', '1980-04-05', '0.3']]);
  });

  it('names the sheets there are when the mapping names one that is missing', async () => {
    await expect(readAll(xlsxImporter, path, { ...mapping, sheet: 'Links' })).rejects.toThrow(
      'book.xlsx: no sheet named "Links" (sheets: Notes, People)',
    );
  });

  it('refuses a file that is not a workbook, naming it', async () => {
    const bad = tmp.write('fake.xlsx', 'name,type\n');
    await expect(readAll(xlsxImporter, bad, mapping)).rejects.toThrow(
      /^fake\.xlsx: not a readable \.xlsx workbook/,
    );
  });

  it('turns every kind of cell value into text', () => {
    expect(xlsxCellText(new Date('2021-03-04T10:20:30.000Z'))).toBe('2021-03-04T10:20:30Z');
    expect(xlsxCellText(1e21)).toBe('1e+21');
    expect(xlsxCellText(true)).toBe('true');
    expect(xlsxCellText({ text: 'link', hyperlink: 'http://x' })).toBe('link');
    expect(xlsxCellText({ error: '#N/A' })).toBe('#N/A');
    expect(xlsxCellText(null)).toBe('');
  });

  it('sniffs a workbook by its zip header and xl/ folder', async () => {
    const { readFileSync } = await import('node:fs');
    expect(xlsxImporter.sniff(readFileSync(path).subarray(0, 4096))).toBe(true);
    expect(xlsxImporter.sniff(Buffer.from('name,type\n'))).toBe(false);
  });
});

describe('xlsx workbooks built to expand or to spill to disk', () => {
  // The temp folder every library asks the OS for: an import must leave nothing in it.
  const osTemp = tmp.path('os-temp');
  const before = process.env.TMPDIR;
  beforeAll(() => {
    mkdirSync(osTemp);
    process.env.TMPDIR = osTemp;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
  });
  const people = [
    ['Name', 'Type'],
    ['Ito Ken', 'Person'],
    ['Mori Co', 'Company'],
  ];
  const peopleMapping = { shape: 'entities', entity: { label: 'Name', type: { column: 'Type' } } } as const;

  it('reads a sheet stored before its shared strings, and leaves no temp file, even when a preview stops early', async () => {
    const book = tmp.path('sheet-first.xlsx');
    writeZip(book, sheetFirstWorkbook(people));
    const preview = await xlsxImporter.preview!(book, undefined, 1);
    expect(preview).toMatchObject({
      sheets: ['People'],
      columns: ['Name', 'Type'],
      rows: [['Ito Ken', 'Person']],
    });
    expect(readdirSync(osTemp)).toEqual([]);
    const { entities } = split(await readAll(xlsxImporter, book, peopleMapping));
    expect(entities.map((e) => e.key)).toEqual(['Ito Ken', 'Mori Co']);
    expect(readdirSync(osTemp)).toEqual([]);
  });

  it('refuses a sheet that inflates far past its packed size, naming the limit, before expanding it', async () => {
    const bomb = tmp.path('bomb.xlsx');
    writeZip(bomb, sheetFirstWorkbook(people, 'A'.repeat(32 * 1024 ** 2)));
    expect(statSync(bomb).size).toBeLessThan(100 * 1024);
    const refused = readAll(xlsxImporter, bomb, peopleMapping);
    await expect(refused).rejects.toThrow(
      /^bomb\.xlsx: xl\/worksheets\/sheet1\.xml would expand from .+ to 32 MB, more than 100 times its packed size, the import limit \(maxExpansionRatio\)$/,
    );
    await expect(xlsxImporter.preview!(bomb, undefined, 1)).rejects.toThrow(/maxExpansionRatio/);
    expect(readdirSync(osTemp)).toEqual([]);
  });

  it('refuses a part that inflates to more than its recorded size', async () => {
    const parts = sheetFirstWorkbook(people);
    const liar = tmp.path('liar.xlsx');
    writeZip(
      liar,
      parts.map((p) => (p.name.startsWith('xl/worksheets/') ? { ...p, declaredSize: 20 } : p)),
    );
    await expect(readAll(xlsxImporter, liar, peopleMapping)).rejects.toThrow(
      /^liar\.xlsx: not a readable \.xlsx workbook \(.*\)$/,
    );
    expect(readdirSync(osTemp)).toEqual([]);
  });
});
