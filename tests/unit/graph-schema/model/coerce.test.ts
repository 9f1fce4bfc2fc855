import { describe, expect, it } from 'vitest';
import { coerceFields, coerceKeyValues, parseKeyValue } from '../../../../graph-schema/model/coerce';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { buildSchema, SchemaIndex } from '../../../../graph-schema/model/schema';
import { prepareEntity } from '../../../../graph-schema/model/validate';

const index = new SchemaIndex(
  buildSchema([
    {
      file: 'Ship.json',
      content: {
        kind: 'entity',
        name: 'Ship',
        label: 'Ship',
        plural: 'Ships',
        icon: 'ship',
        color: '#123456',
        properties: [
          { name: 'tonnage', label: 'Tonnage', kind: 'number', min: 0 },
          { name: 'active', label: 'Active', kind: 'boolean' },
          { name: 'hull', label: 'Hull', kind: 'enum', options: ['steel', 'wood'] },
          { name: 'built', label: 'Built', kind: 'date' },
          { name: 'remarks', label: 'Remarks', kind: 'text' },
        ],
      },
    },
    {
      file: 'OWNS.json',
      content: {
        kind: 'link',
        name: 'OWNS',
        label: 'owns',
        directed: true,
        from: ['Ship'],
        to: ['Ship'],
        properties: [{ name: 'share', label: 'Share', kind: 'number', min: 0, max: 100 }],
      },
    },
  ]),
);

describe('parseKeyValue', () => {
  it('splits at the first equals sign', () => {
    expect(parseKeyValue('notes=a=b')).toEqual(['notes', 'a=b']);
    expect(parseKeyValue(' share =')).toEqual(['share', '']);
  });

  it('rejects text without a key', () => {
    expect(() => parseKeyValue('noequals')).toThrow(/expected key=value \(got "noequals"\)/);
    expect(() => parseKeyValue('=x')).toThrow(PlexusError);
  });
});

describe('coerceFields', () => {
  it('converts type properties by their kind', () => {
    const fields = coerceKeyValues(index, 'entity', 'Ship', [
      'tonnage= 1200.5',
      'active=Yes',
      'hull=STEEL',
      'built=1998-04',
      'remarks=  keep  spaces ',
    ]);
    expect(fields.props).toEqual({
      tonnage: 1200.5,
      active: true,
      hull: 'steel',
      built: '1998-04',
      remarks: '  keep  spaces ',
    });
  });

  it('sets common fields at the top level', () => {
    const fields = coerceKeyValues(index, 'entity', 'Ship', [
      'notes=seen twice',
      'validFrom=2019',
      'validTo=',
      'confidence=Possible',
      'reliability=b',
      'credibility=2',
      'classification=secret',
      'aliases=Sea Star; 海星 ;',
    ]);
    expect(fields).toEqual({
      props: {},
      notes: 'seen twice',
      validFrom: '2019',
      validTo: null,
      confidence: 'possible',
      reliability: 'B',
      credibility: '2',
      classification: 'SECRET',
      aliases: ['Sea Star', '海星'],
    });
    const draft = prepareEntity(index, { type: 'Ship', label: 'Aurora', ...fields });
    expect(draft.classification).toBe('SECRET');
  });

  it('leaves values it cannot convert as text so validation names them', () => {
    const fields = coerceFields(index, 'entity', 'Ship', [
      ['tonnage', 'heavy'],
      ['active', 'maybe'],
      ['colour', 'red'],
    ]);
    expect(fields.props).toEqual({ tonnage: 'heavy', active: 'maybe', colour: 'red' });
    expect(() => prepareEntity(index, { type: 'Ship', label: 'A', ...fields })).toThrow(
      /props\.tonnage: must be a number/,
    );
  });

  it('treats label as a field of links only, and props.x as a property', () => {
    const link = coerceKeyValues(index, 'link', 'OWNS', ['label=majority', 'share=60', 'props.notes=x']);
    expect(link).toEqual({ props: { share: 60, notes: 'x' }, label: 'majority' });
    const entity = coerceKeyValues(index, 'entity', 'Ship', ['label=x']);
    expect(entity.props).toEqual({ label: 'x' });
  });

  it('passes properties of an unknown type through as text', () => {
    expect(coerceKeyValues(index, 'entity', 'Nope', ['tonnage=5']).props).toEqual({ tonnage: '5' });
  });
});
