import { describe, expect, it } from 'vitest';
import {
  foldText,
  ftsQuery,
  searchColumns,
  spaceCjk,
} from '../../../../../../electron/services/store/sqlite/fts-text';
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

describe('spaceCjk', () => {
  it('makes every han, kana and hangul character its own word and leaves latin words whole', () => {
    expect(spaceCjk('王偉')).toBe('王 偉');
    expect(spaceCjk('山田たろう Smith')).toBe('山 田 た ろ う Smith');
    expect(spaceCjk('김민준')).toBe('김 민 준');
    expect(spaceCjk('Zhāng Wěi')).toBe('Zhāng Wěi');
  });
});

describe('ftsQuery', () => {
  it('quotes each word as a prefix phrase, doubling quotes', () => {
    expect(ftsQuery('zha wei')).toBe('("zha" OR "zha"*) AND ("wei" OR "wei"*)');
    expect(ftsQuery('"foo')).toBe('("""foo" OR """foo"*)');
    expect(ftsQuery('王偉')).toBe('("王 偉" OR "王 偉"*)');
  });

  it('drops words without letters or digits and answers undefined for nothing', () => {
    expect(ftsQuery('AND ( *')).toBe('("AND" OR "AND"*)');
    expect(ftsQuery('  ')).toBeUndefined();
    expect(ftsQuery('( ) " *')).toBeUndefined();
  });
});

describe('foldText', () => {
  it('folds case, accents and spacing', () => {
    expect(foldText('  Zhāng   WĚI ')).toBe('zhang wei');
    expect(foldText('Müller')).toBe(foldText('MULLER'));
  });
});

describe('searchColumns', () => {
  it('indexes the label, aliases and only the searchable properties of the type', () => {
    const company = entity({
      type: 'Company',
      label: '王氏 Holdings',
      aliases: ['Wang Group'],
      props: { registrationNumber: 'HRB 1', sector: 'shipping' },
    });
    const [label, aliases, props] = searchColumns(company, schema);
    expect(label).toBe('王 氏 Holdings');
    expect(aliases).toBe('Wang Group');
    expect(props).toContain('HRB 1');
    expect(props).not.toContain('shipping');
  });
});
