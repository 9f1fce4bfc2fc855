import { describe, expect, it } from 'vitest';
import {
  baseName,
  downloadsOf,
  exportTarget,
  withName,
} from '../../../../../../renderer/src/features/files/destination';

describe('export destinations', () => {
  it('ask for a download by the file name alone, or pass a typed path through', () => {
    expect(exportTarget('download', '/srv/cases/Op Tern.json')).toBe('download:Op Tern.json');
    expect(exportTarget('download', 'C:\\cases\\tern.csv')).toBe('download:tern.csv');
    expect(exportTarget('path', ' /srv/out/tern.json ')).toBe('/srv/out/tern.json');
  });

  it('edit the name and keep the folder', () => {
    expect(baseName('/srv/cases/a.json')).toBe('a.json');
    expect(withName('/srv/cases/a.json', 'b.json')).toBe('/srv/cases/b.json');
    expect(withName('a.json', 'b.json')).toBe('b.json');
    expect(withName('C:\\cases\\a.json', 'b.json')).toBe('C:\\cases\\b.json');
  });

  it('turn answered download references into links; written paths are not downloads', () => {
    const token = 'A'.repeat(32);
    expect(downloadsOf([`download:${token}/Op Tern-entities.csv`, '/srv/cases/x.csv'])).toEqual([
      { name: 'Op Tern-entities.csv', href: `/files/download/${token}` },
    ]);
    expect(downloadsOf(['download:../../etc/passwd'])).toEqual([]);
  });
});
