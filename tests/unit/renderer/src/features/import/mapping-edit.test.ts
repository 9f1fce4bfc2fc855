import { describe, expect, it } from 'vitest';
import {
  Mapping,
  TABLE_SHAPES,
  type Mapping as ShapeMapping,
  type MappingDraft as MappingInput,
} from '../../../../../../graph-schema/contract';
import { checkMapping } from '../../../../../../renderer/src/features/import/mapping-check';
import {
  IGNORE,
  assignField,
  assignmentOf,
  decodeSource,
  encodeSource,
  requestMapping as toRequest,
  roleColumns,
  setEnd,
  setLinkType,
  setShape,
} from '../../../../../../renderer/src/features/import/mapping-edit';
import { index, schema } from './schema-fixture';

const columns = ['A type', 'A', 'B type', 'B', 'Link', 'Since', 'Position', 'Source'];
/** The request a draft makes; a test fails here when the draft is not complete. */
function requestMapping(draft: MappingInput): ShapeMapping & Partial<Record<string, unknown>> {
  const mapping = toRequest(draft);
  if (!mapping) throw new Error(`incomplete ${draft.shape} mapping`);
  return mapping;
}

const start: MappingInput = { shape: 'entities', header: true, delimiter: ';', encoding: 'windows-1252' };

describe('mapping edits', () => {
  it('builds a request the contract accepts for every shape, keeping the read options', () => {
    for (const shape of TABLE_SHAPES) {
      const mapping = requestMapping(setShape(start, shape, columns, schema));
      expect(Mapping.safeParse(mapping).success, shape).toBe(true);
      expect(mapping).toMatchObject({ shape, delimiter: ';', encoding: 'windows-1252', header: true });
      expect(checkMapping(mapping, columns, index), shape).toEqual([]);
    }
  });

  it('sends only the parts the shape reads', () => {
    const rows = setShape(start, 'link-rows', columns, schema);
    const back = requestMapping(setShape({ ...rows, shape: 'entities' }, 'entities', columns, schema));
    expect(back.source).toBeUndefined();
    expect(back.target).toBeUndefined();
    expect(back.link).toBeUndefined();
    const links = requestMapping(setShape(rows, 'links', columns, schema));
    expect(links).toMatchObject({ sourceKey: 'A type', targetKey: 'A' });
    expect(links.source).toBeUndefined();
  });

  it('maps a link row: both ends, a link type from a column, fields per column', () => {
    let m = setShape(start, 'link-rows', columns, schema);
    m = setEnd(m, 'source', { type: { column: 'A type' }, label: 'A' });
    m = setEnd(m, 'target', { type: { column: 'B type' }, label: 'B', key: '' });
    m = setLinkType(m, decodeSource('column:Link'));
    m = assignField(m, 'Since', 'link:validFrom');
    m = assignField(m, 'Position', 'link:props.position');
    m = assignField(m, 'Source', IGNORE);
    const request = requestMapping(m);
    expect(Mapping.parse(request)).toMatchObject({
      shape: 'link-rows',
      source: { type: { column: 'A type' }, label: 'A', fields: {} },
      target: { type: { column: 'B type' }, label: 'B', fields: {} },
      link: {
        type: { column: 'Link' },
        fields: { Since: 'validFrom', Position: 'props.position', Source: IGNORE },
      },
    });
    expect(request.target).not.toHaveProperty('key');
    expect(checkMapping(request, columns, index)).toEqual([]);
    expect(assignmentOf(m, 'Since')).toBe('link:validFrom');
    expect(assignmentOf(m, 'Source')).toBe(IGNORE);
    expect(roleColumns(m).get('Link')).toBe('Link type');
    expect(roleColumns(m).get('A')).toBe('Entity A label');
  });

  it('moves a column from one field to another, and back to the notes default', () => {
    let m = setShape(start, 'link-rows', columns, schema);
    m = assignField(m, 'Since', 'source:validFrom');
    m = assignField(m, 'Since', 'link:validFrom');
    expect(m.source?.fields).toEqual({});
    expect(m.link?.fields).toEqual({ Since: 'validFrom' });
    m = assignField(m, 'Since', '');
    expect(m.link?.fields).toEqual({});
    expect(assignmentOf(m, 'Since')).toBe('');
  });

  it('encodes a fixed type and a type column for one select', () => {
    expect(encodeSource({ fixed: 'Person' })).toBe('fixed:Person');
    expect(decodeSource('column:A type')).toEqual({ column: 'A type' });
    expect(decodeSource('fixed:')).toBeUndefined();
    expect(decodeSource('')).toBeUndefined();
  });
});
