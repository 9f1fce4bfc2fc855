import { describe, expect, it } from 'vitest';
import { SchemaIndex } from '../../../../../graph-schema/model';
import { indexInLanguage } from '../../../../../renderer/src/i18n/schema-words';
import { builtinSchema } from '../chart/chart-fixtures';

describe('the schema in the UI’s language', () => {
  const index = new SchemaIndex(builtinSchema());

  it('gives the inspector and dialogs 人物 in Japanese, Person in English, with names unchanged', () => {
    const ja = indexInLanguage(index, 'ja');
    expect(ja.entityType('Person')?.label).toBe('人物');
    expect(ja.entityType('Person')?.plural).toBe('人物');
    expect(ja.linkType('EMPLOYED_BY')?.label).toBe('雇用');
    expect(ja.entityType('Asset')?.properties.map((p) => p.label)).toEqual([
      '種別',
      '登録番号（IMO 番号、車両番号、機体記号）',
      '船籍・国籍',
    ]);
    expect(ja.entityType('Person')?.properties.find((p) => p.name === 'gender')?.options).toEqual([
      'female',
      'male',
      'other',
      'unknown',
    ]);
    expect(ja.optionLabel('Person', 'gender', 'female', 'ja')).toBe('女性');
    expect(ja.allowsLink(ja.linkType('EMPLOYED_BY')!, 'Person', 'Company')).toBe(true);
    expect(indexInLanguage(index, 'en').entityType('Person')?.label).toBe('Person');
    expect(indexInLanguage(index, 'ja')).toBe(ja);
  });
});
