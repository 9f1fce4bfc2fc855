import { describe, expect, it } from 'vitest';
import {
  csvCell,
  rejectedCsv,
  rejectedFileName,
} from '../../../../../../renderer/src/features/import/rejected-csv';

describe('rejected rows CSV', () => {
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, John')).toBe('"Smith, John"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12)).toBe('12');
  });

  it('neutralises values Excel would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('@sum')).toBe("'@sum");
    expect(csvCell('-1')).toBe("'-1");
    // A line of its own inside the cell gets the same care as the cell's start.
    expect(csvCell('note\n=1+1\r@SUM(A1)')).toBe('"note\n\'=1+1\r\'@SUM(A1)"');
  });

  it('writes a BOM, a header and one CRLF row per rejected item, places left empty where unknown', () => {
    const csv = rejectedCsv([
      {
        place: { file: '/cases/people.csv', line: 4, field: 'dateOfBirth' },
        message: 'dateOfBirth: not a date, "31/02"',
      },
      { place: { file: 'chart.anx', element: 'Entity[3]' }, message: 'no type' },
    ]);
    expect(csv.startsWith('\uFEFFfile,line,element,field,message\r\n')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[1]).toBe('/cases/people.csv,4,,dateOfBirth,"dateOfBirth: not a date, ""31/02"""');
    expect(rows[2]).toBe('chart.anx,,Entity[3],,no type');
    expect(rows[3]).toBe('');
    expect(rows).toHaveLength(4);
  });

  it('names the file after the imported one', () => {
    expect(rejectedFileName('/cases/people.csv')).toBe('people-rejected.csv');
    expect(rejectedFileName('C:\\data\\Book1.xlsx')).toBe('Book1-rejected.csv');
    expect(rejectedFileName('noext')).toBe('noext-rejected.csv');
  });
});
