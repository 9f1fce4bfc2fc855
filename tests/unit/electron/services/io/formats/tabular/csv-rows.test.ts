import { afterAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../../../../../electron/services/io/formats/tabular/csv-source';
import { tempDir } from './helpers';

const tmp = tempDir();
afterAll(() => tmp.done());

async function rows(name: string, text: string): Promise<{ line: number; cells: string[] }[]> {
  const path = tmp.write(name, Buffer.from(text, 'utf8'));
  const out: { line: number; cells: string[] }[] = [];
  for await (const row of csvRows(path, { delimiter: undefined, encoding: undefined })) out.push(row);
  return out;
}

describe('csvRows', () => {
  it('keeps each row whole, with the line it starts on, across the parser slices of a long file', async () => {
    // Rows of varied width with quoted newlines, commas and multi-byte names, blank lines
    // between some: far longer than one slice, so fields and characters straddle slice ends.
    const expected: { line: number; cells: string[] }[] = [];
    let text = 'a,b\n';
    let line = 2;
    expected.push({ line: 1, cells: ['a', 'b'] });
    for (let i = 0; i < 2_000; i++) {
      const name = `名前 Ünïcode ${i}`.repeat(1 + (i % 3));
      if (i % 7 === 0) {
        text += `"${name}","first\nsecond, with comma"\n`;
        expected.push({ line, cells: [name, 'first\nsecond, with comma'] });
        line += 2;
      } else {
        text += `${name},${i}\n`;
        expected.push({ line, cells: [name, String(i)] });
        line += 1;
      }
      if (i % 11 === 0) {
        text += '\n';
        line += 1;
      }
    }
    expect(Buffer.byteLength(text)).toBeGreaterThan(64 * 1024 + 4096);
    expect(await rows('long.csv', text)).toEqual(expected);
  });

  it('names the line of an unclosed quote', async () => {
    await expect(rows('open.csv', 'a,b\n1,2\n"3,4\n')).rejects.toThrow(/open\.csv line \d+/u);
  });
});
