import { describe, expect, it } from 'vitest';
import type { ImportPreview, MappingDraft, TypeColumn } from '../../../../../../graph-schema/contract';
import {
  columnWords,
  prefillGroup,
  setFallback,
  setWordType,
  typeChoices,
  valueRows,
} from '../../../../../../renderer/src/features/import/value-types';
import { index, schema } from './schema-fixture';

const preview: ImportPreview = {
  format: 'csv',
  sheets: [],
  columns: ['A type', 'A', 'B type', 'B', 'Link'],
  rows: [['Person', 'Wang', 'Company', 'Acme', 'Ownership']],
  values: [
    ['Person', 'Federal Agency'],
    ['Wang'],
    ['Company', 'Location'],
    ['Acme'],
    ['Friend of', 'Ownership', 'Visited', 'employed by'],
  ],
  scannedRows: 4,
  formulaCells: 0,
  counts: null,
  suggested: null,
};

const linkRows = (link: TypeColumn): MappingDraft => ({
  shape: 'link-rows',
  source: { type: { column: 'A type' }, label: 'A', fields: {} },
  target: { type: { column: 'B type' }, label: 'B', fields: {} },
  link: { type: link, fields: {} },
});

describe('value types', () => {
  it('pre-fills a link column: likely words chosen, names left to the import, the rest linked to', () => {
    const mapping = prefillGroup(linkRows({ column: 'Link' }), 'link', preview, index);
    const spec = mapping.link?.type as TypeColumn;
    // Only the guess is written down: "employed by" the import finds by name by itself.
    expect(spec.values).toEqual({ Ownership: 'OWNS' });
    expect(valueRows(spec, preview.values[4] ?? [], schema, 'link')).toEqual([
      { word: 'Friend of', type: 'LINKED_TO', how: 'other' },
      { word: 'Ownership', type: 'OWNS', how: 'chosen' },
      { word: 'Visited', type: 'LINKED_TO', how: 'other' },
      { word: 'employed by', type: 'EMPLOYED_BY', how: 'name' },
    ]);
  });

  it('keeps only choices that differ from what the import would do', () => {
    let spec: TypeColumn = { column: 'Link' };
    spec = setWordType(spec, 'Visited', 'TRAVELED_TO', schema, 'link');
    expect(spec.values).toEqual({ Visited: 'TRAVELED_TO' });
    // Back to the fallback: no entry left.
    spec = setWordType(spec, 'visited', 'LINKED_TO', schema, 'link');
    expect(spec).toEqual({ column: 'Link' });
    // A word the import matches by name, sent elsewhere, needs an entry.
    spec = setWordType(spec, 'employed by', 'LINKED_TO', schema, 'link');
    expect(spec.values).toEqual({ 'employed by': 'LINKED_TO' });
  });

  it('shows a template’s words the preview did not find, and follows a new fallback', () => {
    const spec: TypeColumn = { column: 'A type', values: { Ministry: 'Organization', Boat: 'Person' } };
    const rows = valueRows(spec, preview.values[0] ?? [], schema, 'entity');
    expect(rows.map((r) => [r.word, r.type, r.how])).toEqual([
      ['Person', 'Person', 'name'],
      ['Federal Agency', 'Organization', 'name'],
      ['Ministry', 'Organization', 'chosen'],
      ['Boat', 'Person', 'chosen'],
    ]);
    const withDefault = setFallback(spec, 'Person', 'entity');
    expect(withDefault).toEqual({
      column: 'A type',
      fallback: 'Person',
      values: { Ministry: 'Organization' },
    });
    expect(setFallback({ column: 'Link', fallback: 'OWNS' }, 'LINKED_TO', 'link')).toEqual({
      column: 'Link',
    });
    // An entity word nothing matches is rejected until a default is chosen.
    expect(valueRows({ column: 'A type' }, ['Spaceship'], schema, 'entity')[0]?.type).toBe('');
  });

  it('offers link types allowed between fixed ends, the generic one first', () => {
    const fixed: MappingDraft = {
      ...linkRows({ column: 'Link' }),
      source: { type: { fixed: 'Person' }, label: 'A', fields: {} },
      target: { type: { fixed: 'Location' }, label: 'B', fields: {} },
    };
    const names = typeChoices(fixed, 'link', index).map((t) => t.name);
    expect(names[0]).toBe('LINKED_TO');
    expect(names).toContain('LOCATED_AT');
    expect(names).not.toContain('OWNS');
    // Ends read from columns: every link type.
    expect(typeChoices(linkRows({ column: 'Link' }), 'link', index)).toHaveLength(schema.linkTypes.length);
  });

  it('knows a column with too many words from an empty one', () => {
    const many = { ...preview, values: [[], [], [], [], []] };
    expect(columnWords(many, 'Link')).toBeNull();
    expect(columnWords({ ...many, rows: [['', '', '', '', '']] }, 'Link')).toEqual([]);
    expect(columnWords(preview, 'link')).toEqual(preview.values[4]);
  });
});
