import { afterEach, describe, expect, it } from 'vitest';
import { schemaInLanguage } from '../../../../../../graph-schema/model';
import { fieldOptions } from '../../../../../../renderer/src/features/chart-style/field-options';
import { i18n } from '../../../../../../renderer/src/i18n';
import { builtinSchema } from '../../chart/chart-fixtures';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

const labels = (of: 'entity' | 'link') => fieldOptions(builtinSchema(), of).map((o) => o.label);

describe('Colour by fields', () => {
  it('lists each field once, naming the types of fields that share a label', () => {
    const words = labels('entity');
    expect(new Set(words).size).toBe(words.length);
    expect(words.filter((w) => w.startsWith('Kind'))).toEqual([
      'Kind (Asset)',
      'Kind (Document)',
      'Kind (Identifier)',
      'Kind (Incident)',
      'Kind (Location)',
      'Kind (Organization)',
    ]);
    // One property on two types is one field, named once.
    expect(words.filter((w) => w.startsWith('Country'))).toEqual(['Country']);
  });

  it('reads in Japanese from the type files', async () => {
    await i18n.changeLanguage('ja');
    const words = fieldOptions(schemaInLanguage(builtinSchema(), 'ja'), 'entity').map((o) => o.label);
    expect(words).toEqual(expect.arrayContaining(['種別（資産）', '種別（事案）', '国籍', '種類', '確度']));
    expect(new Set(words).size).toBe(words.length);
  });
});
