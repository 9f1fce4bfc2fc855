import { describe, expect, it } from 'vitest';
import { Mapping } from '../../../../../../../graph-schema/contract/io';
import { suggestMapping } from '../../../../../../../electron/services/io/formats/tabular/index';

describe('suggestMapping', () => {
  it('sees one row per link with both ends described', () => {
    const m = suggestMapping([
      'Entity A Type',
      'Entity A',
      'Entity B Type',
      'Entity B',
      'Connection',
      'Source(s)',
    ]);
    expect(m).toEqual({
      shape: 'link-rows',
      source: { type: { column: 'Entity A Type' }, label: 'Entity A', fields: {} },
      target: { type: { column: 'Entity B Type' }, label: 'Entity B', fields: {} },
      link: { type: { fixed: 'ASSOCIATE_OF' }, fields: { Connection: 'label' } },
    });
    expect(Mapping.safeParse(m).success).toBe(true);
  });

  it('sees a link table by source and target, and an entity table by id, name and type', () => {
    expect(suggestMapping(['Source', 'Target', 'Type', 'Notes'])).toEqual({
      shape: 'links',
      sourceKey: 'Source',
      targetKey: 'Target',
      link: { type: { column: 'Type' }, fields: { Notes: 'notes' } },
    });
    expect(suggestMapping(['id', 'name', 'type', 'props.nationality', 'createdAt', 'phone'])).toEqual({
      shape: 'entities',
      entity: {
        type: { column: 'type' },
        label: 'name',
        key: 'id',
        fields: { 'props.nationality': 'props.nationality', createdAt: 'ignore' },
      },
    });
  });

  it('sees a matrix by its empty corner cell, and answers null when nothing fits', () => {
    expect(suggestMapping(['', 'Ann', 'Bob'])?.shape).toBe('matrix');
    expect(suggestMapping(['foo', 'bar'])).toBeNull();
    expect(suggestMapping(['name'])).toBeNull();
    expect(suggestMapping([])).toBeNull();
  });
});
