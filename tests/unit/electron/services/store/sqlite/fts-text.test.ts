import { describe, expect, it } from 'vitest';
import { ftsQuery, searchColumns } from '../../../../../../electron/services/store/sqlite/fts-text';
import type { Entity } from '../../../../../../graph-schema/model/records';
import { schema } from './case-files';

const entity = (over: Partial<Entity>): Entity => ({
  id: 'e1',
  type: 'Person',
  label: '',
  aliases: [],
  notes: '',
  validFrom: null,
  validTo: null,
  confidence: 'probable',
  reliability: 'F',
  credibility: '6',
  classification: 'UNCLASSIFIED',
  props: {},
  createdAt: '2024-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2024-01-01T00:00:00.000Z',
  updatedBy: 't',
  ...over,
});

const WRITTEN = '{label aliases props}';

describe('ftsQuery', () => {
  it('matches each word as typed, a prefix, in the written columns; words ANDed', () => {
    expect(ftsQuery('zha wei')?.written).toBe(
      `${WRITTEN} : ("zha" OR "zha"*) AND ${WRITTEN} : ("wei" OR "wei"*)`,
    );
    expect(ftsQuery('王偉')?.written).toBe(`${WRITTEN} : ("王 偉" OR "王 偉"*)`);
  });

  it('also matches each word in the readings and by its other spellings', () => {
    // One word: any column, readings included.
    expect(ftsQuery('wang')?.any).toBe('("wang" OR "wang"*)');
    // Kana: as written (a phrase, written columns only), its romaji as a prefix and folded whole.
    expect(ftsQuery('サトウ')?.any).toBe(`(${WRITTEN} : "さ と う"* OR "satou"* OR "sato")`);
    // Romaji: its long-vowel fold whole, its kana as a phrase prefix.
    expect(ftsQuery('satoh')?.any).toBe('("satoh" OR "satoh"* OR "sato")');
    expect(ftsQuery('sato')?.any).toBe(`("sato" OR "sato"* OR ${WRITTEN} : "さ と"*)`);
  });

  it('folds width and drops what holds no letter or digit; undefined for nothing', () => {
    expect(ftsQuery('ＡＮＤ ( *')?.written).toBe(`${WRITTEN} : ("and" OR "and"*)`);
    expect(ftsQuery('"foo')?.written).toBe(`${WRITTEN} : ("foo" OR "foo"*)`);
    expect(ftsQuery('  ')).toBeUndefined();
    expect(ftsQuery('( ) " *')).toBeUndefined();
  });
});

describe('searchColumns', () => {
  it('indexes the label, aliases and only the searchable properties of the type, folded', () => {
    const company = entity({
      type: 'Company',
      label: '王氏 Holdings',
      aliases: ['Wang Group', 'ワンシ'],
      props: { registrationNumber: 'HRB 1', sector: 'shipping' },
    });
    const [label, aliases, props, readings] = searchColumns(company, schema);
    expect(label).toBe('王 氏 holdings');
    expect(aliases).toBe('wang group わ ん し');
    expect(props).toContain('hrb 1');
    expect(props).not.toContain('shipping');
    // Pinyin of the label and romaji of the kana alias, less "wang", written already.
    expect(readings.split(' ').sort()).toEqual(['shi', 'wangshi', 'wanshi']);
  });
});
