import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbookZip } from '../../../../../../../electron/services/io/formats/tabular/xlsx-zip';
import { tempDir } from './helpers';
import { sheetFirstWorkbook, writeZip } from './zip';

const tmp = tempDir();
afterAll(() => tmp.done());

describe('a workbook opened as a zip', () => {
  const rows = [['Name'], ['Ito Ken']];

  it('lists its parts without inflating them', async () => {
    const path = tmp.path('ok.xlsx');
    writeZip(path, sheetFirstWorkbook(rows));
    const zip = await openWorkbookZip(path);
    expect([...zip.parts.keys()]).toContain('xl/worksheets/sheet1.xml');
    zip.close();
  });

  it('refuses a workbook whose parts add up to more than the absolute limit, naming it', async () => {
    const path = tmp.path('big.xlsx');
    writeZip(path, sheetFirstWorkbook(rows, 'x'.repeat(5000)));
    await expect(openWorkbookZip(path, { maxExpandedSize: 4096, maxExpansionRatio: 100 })).rejects.toThrow(
      /^big\.xlsx: the workbook would expand to 5\.\d KB, over the import limit of 4\.0 KB \(maxExpandedSize\)$/,
    );
  });
});
