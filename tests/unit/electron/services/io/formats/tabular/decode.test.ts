import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../../../../../electron/services/io/formats/tabular/decode';
import { guessDelimiter } from '../../../../../../../electron/services/io/formats/tabular/csv-source';
import { csvImporter, tsvImporter } from '../../../../../../../electron/services/io/formats/tabular/index';
import { readAll, split, tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.done());

const TEXT = 'name,type\nJosé Müller,Person\nRenée Œuvre,Person\n';
const mapping = { shape: 'entities', entity: { label: 'name', type: { column: 'type' } } } as const;

async function labels(name: string, bytes: Buffer, encoding?: string): Promise<string[]> {
  const path = tmp.write(name, bytes);
  const { entities } = split(
    await readAll(csvImporter, path, { ...mapping, ...(encoding ? { encoding } : {}) }),
  );
  return entities.map((e) => String(e.input.label));
}

describe('decoding', () => {
  const expected = ['José Müller', 'Renée Œuvre'];

  it('detects windows-1252 bytes (é, ü, Œ) without a declaration', async () => {
    expect(await labels('cp1252.csv', iconv.encode(TEXT, 'windows-1252'))).toEqual(expected);
  });

  it('says when bytes that are not UTF-8 were read in a guessed encoding, and only then', () => {
    const cp1252 = iconv.encode(TEXT, 'windows-1252');
    const notice =
      'f.csv is not valid UTF-8: read as windows-1252; name the encoding in the mapping if the text looks wrong';
    expect(detectEncoding(cp1252, undefined, 'f.csv')).toEqual({
      encoding: 'windows-1252',
      skip: 0,
      notice: { message: notice, guessedEncoding: 'windows-1252' },
    });
    expect(detectEncoding(cp1252, 'utf-8', 'f.csv').notice?.message).toBe(
      'f.csv is not valid UTF-8 (the mapping says utf-8): read as windows-1252; name the encoding in the mapping if the text looks wrong',
    );
    expect(detectEncoding(cp1252, 'windows-1252', 'f.csv')).toEqual({ encoding: 'windows-1252', skip: 0 });
    expect(detectEncoding(Buffer.from(TEXT, 'utf8'), undefined, 'f.csv')).toEqual({
      encoding: 'utf-8',
      skip: 0,
    });
  });

  it("shows the wizard's preview the guessed encoding, and none for UTF-8 or a chosen one", async () => {
    const path = tmp.write('guess.csv', iconv.encode(TEXT, 'windows-1252'));
    expect((await csvImporter.preview!(path, undefined, 1)).guessedEncoding).toBe('windows-1252');
    const chosen = await csvImporter.preview!(
      path,
      { shape: 'entities', header: true, encoding: 'windows-1252' },
      1,
    );
    expect(chosen.guessedEncoding).toBeUndefined();
    const utf8 = tmp.write('utf8.csv', Buffer.from(TEXT, 'utf8'));
    expect((await csvImporter.preview!(utf8, undefined, 1)).guessedEncoding).toBeUndefined();
  });

  it('reads UTF-16LE with its byte-order mark, the mark not part of the first column name', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(await labels('utf16.csv', bytes)).toEqual(expected);
  });

  it('reads UTF-16BE with its mark and UTF-8 with its mark', async () => {
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(await labels('utf16be.csv', be)).toEqual(expected);
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    expect(await labels('bom.csv', utf8)).toEqual(expected);
  });

  it('lets the bytes win over a wrong declaration, both ways', async () => {
    expect(await labels('said-utf8.csv', iconv.encode(TEXT, 'windows-1252'), 'utf-8')).toEqual(expected);
    expect(await labels('said-1252.csv', Buffer.from(TEXT, 'utf8'), 'windows-1252')).toEqual(expected);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(await labels('said-latin1.csv', le, 'latin1')).toEqual(expected);
  });

  it('honours a declaration the bytes leave open, and refuses an unknown one', async () => {
    // Byte F8 is ř in ISO-8859-2 but ø in windows-1252: only the declaration can tell.
    const bytes = iconv.encode('name,type\nAntonín Dvořák,Person\n', 'iso-8859-2');
    expect(await labels('l2.csv', bytes, 'ISO-8859-2')).toEqual(['Antonín Dvořák']);
    expect(await labels('l2-undeclared.csv', bytes)).not.toEqual(['Antonín Dvořák']);
    await expect(labels('x.csv', Buffer.from(TEXT), 'klingon-8')).rejects.toThrow(
      'x.csv: unknown encoding "klingon-8"',
    );
  });

  it('detects BOM-less UTF-16 from its zero bytes', () => {
    expect(detectEncoding(iconv.encode(TEXT, 'utf-16le'), undefined, 'f')).toEqual({
      encoding: 'utf-16le',
      skip: 0,
    });
    expect(detectEncoding(iconv.encode(TEXT, 'utf-16be'), undefined, 'f')).toEqual({
      encoding: 'utf-16be',
      skip: 0,
    });
    expect(detectEncoding(Buffer.from('a,b\n'), undefined, 'f')).toEqual({ encoding: 'utf-8', skip: 0 });
  });
});

describe('delimiters', () => {
  it('guesses the delimiter from the first line, ignoring quoted text', () => {
    expect(guessDelimiter('name;type;"a, b, c"\nx;y;z')).toBe(';');
    expect(guessDelimiter('name,type\n')).toBe(',');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
    expect(guessDelimiter('single')).toBe(',');
  });

  it('reads an Excel-style semicolon file without being told', async () => {
    const path = tmp.write('semi.csv', 'name;type;note\n"Doe, Jane";Person;1,5\n');
    const { entities } = split(await readAll(csvImporter, path, mapping));
    expect(entities[0]?.input).toEqual({ type: 'Person', label: 'Doe, Jane', props: {}, notes: 'note: 1,5' });
  });

  it('sniffs delimited text, UTF-16 included, and not binary files', () => {
    expect(csvImporter.sniff(Buffer.from('name;type\nA;B\n'))).toBe(true);
    expect(
      csvImporter.sniff(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('a,b\n', 'utf-16le')])),
    ).toBe(true);
    expect(csvImporter.sniff(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x2c]))).toBe(false);
    expect(tsvImporter.sniff(Buffer.from('a\tb\n'))).toBe(true);
    expect(tsvImporter.sniff(Buffer.from('a,b\n'))).toBe(false);
  });
});
