import { describe, expect, it } from 'vitest';
import { Draft } from '../../../../../../../../electron/services/io/formats/intel/shared/draft';
import { schema } from '../helpers';

describe('Draft', () => {
  it('sets a prop only when the type has it and the value fits; notes it otherwise', () => {
    const d = new Draft('OWNS', schema, 'link');
    d.prop('share', '150', 'percentage'); // over the max of 100
    d.prop('colour', 'red');
    d.validFrom('2020', 'startDate', '2020');
    d.validTo('2019', 'endDate', '2019');
    expect(d.input(undefined)).toEqual({
      type: 'OWNS',
      notes: 'percentage: 150\ncolour: red\nvalidTo: 2019',
      validFrom: '2020',
    });
  });

  it('keeps the first value of a single-valued prop and notes the others', () => {
    const d = new Draft('Person', schema, 'entity');
    d.prop('nationality', 'RU');
    d.prop('nationality', 'RU');
    d.prop('nationality', 'UA');
    d.alias('Maria');
    d.alias('Maria ');
    expect(d.input('Maria O.')).toEqual({
      type: 'Person',
      label: 'Maria O.',
      aliases: ['Maria'],
      props: { nationality: 'RU' },
      notes: 'nationality: UA',
    });
  });
});
