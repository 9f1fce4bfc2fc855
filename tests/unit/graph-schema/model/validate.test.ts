import { describe, expect, it } from 'vitest';
import { PlexusError } from '../../../../graph-schema/model/errors';
import { SchemaIndex } from '../../../../graph-schema/model/schema';
import {
  patchEntity,
  prepareEntity,
  prepareLink,
  prepareLinkExceptEnds,
} from '../../../../graph-schema/model/validate';
import { loadSchema } from '../../../../electron/services/schema/load-types';

const index = new SchemaIndex(loadSchema([]));

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlexusError);
    return ((error as PlexusError).details ?? []).map((d) => d.field ?? '');
  }
  throw new Error('expected a validation error');
}

describe('prepareEntity', () => {
  it('tidies names and fills the honest defaults', () => {
    const draft = prepareEntity(index, {
      type: 'Person',
      label: '  Zhāng \t Wěi ',
      aliases: [' Z. Wei ', '', 'Z. Wei'],
    });
    expect(draft).toMatchObject({
      label: 'Zhāng Wěi',
      aliases: ['Z. Wei'],
      confidence: 'probable',
      reliability: 'F',
      credibility: '6',
      classification: 'UNCLASSIFIED',
      validFrom: null,
    });
    expect(draft.id).toBeUndefined();
    expect(prepareEntity(index, { id: 'p-1', type: 'Person', label: 'A' }).id).toBe('p-1');
  });

  it('names every bad field with its rule', () => {
    expect(fieldsOf(() => prepareEntity(index, { type: 'Spaceship', label: 'X' }))).toEqual(['type']);
    expect(fieldsOf(() => prepareEntity(index, { type: 'Person', label: '   ' }))).toEqual(['label']);
    expect(
      fieldsOf(() => prepareEntity(index, { type: 'Person', label: 'A', validFrom: '2019-13' })),
    ).toEqual(['validFrom']);
    expect(
      fieldsOf(() =>
        prepareEntity(index, { type: 'Person', label: 'A', props: { shoeSize: 9, gender: 'x' } }),
      ),
    ).toEqual(['props.shoeSize', 'props.gender']);
    expect(fieldsOf(() => prepareEntity(index, { type: 'Identifier', label: '+44 20 7946 0000' }))).toEqual([
      'props.identifierKind',
    ]);
    expect(fieldsOf(() => prepareEntity(index, { type: 'Person', label: 'A', colour: 'red' }))).toEqual([
      'colour',
    ]);
    expect(
      fieldsOf(() =>
        prepareEntity(index, { type: 'Person', label: 'A', validFrom: '2020', validTo: '2019' }),
      ),
    ).toEqual(['validTo']);
  });

  it('re-checks the whole record after a patch', () => {
    const stored = {
      ...prepareEntity(index, { type: 'Location', label: 'Port' }),
      id: 'l-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      createdBy: 'a',
      updatedAt: '2026-01-01T00:00:00.000Z',
      updatedBy: 'a',
    };
    expect(patchEntity(index, stored, { props: { latitude: 51.5 } }).props).toEqual({ latitude: 51.5 });
    expect(fieldsOf(() => patchEntity(index, stored, { props: { latitude: 91 } }))).toEqual([
      'props.latitude',
    ]);
  });
});

describe('prepareLink', () => {
  const types: Record<string, string> = { p: 'Person', u: 'Organization', c: 'Company' };
  const typeOf = (id: string) => types[id];

  it('allows only the endpoint types the schema names, either way round when undirected', () => {
    expect(prepareLink(index, { type: 'STUDIED_AT', source: 'p', target: 'u' }, typeOf).label).toBe(
      'studied at',
    );
    expect(
      fieldsOf(() => prepareLink(index, { type: 'STUDIED_AT', source: 'p', target: 'c' }, typeOf)),
    ).toEqual(['type']);
    expect(
      fieldsOf(() => prepareLink(index, { type: 'STUDIED_AT', source: 'u', target: 'p' }, typeOf)),
    ).toEqual(['type']);
    expect(prepareLink(index, { type: 'ASSOCIATE_OF', source: 'c', target: 'p' }, typeOf).source).toBe('c');
  });

  it('names missing ends and bad properties', () => {
    expect(fieldsOf(() => prepareLink(index, { type: 'OWNS', source: 'x', target: 'c' }, typeOf))).toEqual([
      'source',
    ]);
    expect(
      fieldsOf(() =>
        prepareLink(index, { type: 'OWNS', source: 'p', target: 'c', props: { share: 120 } }, typeOf),
      ),
    ).toEqual(['props.share']);
  });
});

describe('prepareLinkExceptEnds', () => {
  it('leaves the ends to the store and checks all the rest as prepareLink does', () => {
    const input = { type: 'STUDIED_AT', source: 'p', target: 'c', label: '  went  to ' };
    expect(prepareLinkExceptEnds(index, input)).toEqual({
      ...prepareLink(index, { ...input, target: 'u' }, (id) => ({ p: 'Person', u: 'Organization' })[id]),
      target: 'c',
    });
    expect(prepareLinkExceptEnds(index, { type: 'OWNS', source: 'nowhere', target: 'c' }).source).toBe(
      'nowhere',
    );
    expect(
      fieldsOf(() =>
        prepareLinkExceptEnds(index, { type: 'OWNS', source: 'x', target: 'c', props: { share: 120 } }),
      ),
    ).toEqual(['props.share']);
    expect(
      fieldsOf(() => prepareLinkExceptEnds(index, { type: 'NO_SUCH', source: 'x', target: 'c' })),
    ).toEqual(['type']);
  });
});
