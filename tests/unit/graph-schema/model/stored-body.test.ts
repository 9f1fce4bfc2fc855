import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ENTITY_BODY } from '../../../../graph-schema/migrations/bodies';
import { PlexusError } from '../../../../graph-schema/model/errors';
import type { Entity } from '../../../../graph-schema/model/records';
import { bodyVersion, readStoredBody, type BodySpec } from '../../../../graph-schema/model/stored-body';

const entity: Entity = {
  id: 'p-12',
  type: 'Person',
  label: '佐藤 一郎',
  aliases: [],
  notes: '',
  validFrom: '2019-04',
  validTo: null,
  confidence: 'probable',
  reliability: 'B',
  credibility: '2',
  classification: 'UNCLASSIFIED',
  props: { age: 41 },
  createdAt: '2024-05-01T12:00:00.000Z',
  createdBy: 'sato',
  updatedAt: '2024-05-01T12:00:00.000Z',
  updatedBy: 'sato',
};

/** The refusal a read throws, as the CLI and the app show it. */
function refusal(read: () => unknown): PlexusError {
  try {
    read();
  } catch (error) {
    if (error instanceof PlexusError) return error;
    throw error;
  }
  throw new Error('the body was served');
}

const edited = (change: Record<string, unknown>, drop?: string) => {
  const body: Record<string, unknown> = { ...entity, ...change };
  if (drop) delete body[drop];
  return JSON.stringify(body);
};

describe('readStoredBody', () => {
  it('serves a body of the current version, and one with no version stored (from before versions) as version 1', () => {
    expect(readStoredBody(ENTITY_BODY, 'p-12', bodyVersion(ENTITY_BODY), JSON.stringify(entity))).toEqual(
      entity,
    );
    expect(readStoredBody(ENTITY_BODY, 'p-12', null, JSON.stringify(entity))).toEqual(entity);
    expect(readStoredBody(ENTITY_BODY, 'p-12', undefined, JSON.stringify(entity))).toEqual(entity);
  });

  it('refuses a field of the wrong type, naming kind, id and field, and what it got', () => {
    const error = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({ confidence: 'high' })));
    expect(error.code).toBe('CASE_CORRUPT');
    expect(error.message).toMatch(
      /^entity p-12: field confidence: expected one of "confirmed", "probable", "possible", "doubtful", got "high"/,
    );
    expect(error.details?.[0]?.field).toBe('confidence');

    const label = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({ label: 12 })));
    expect(label.message).toMatch(/^entity p-12: field label: expected text, got 12 /);
    const prop = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({ props: { age: [41] } })));
    expect(prop.message).toMatch(/^entity p-12: field props\.age: not a value this field takes, got \[41\] /);
    const date = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({ validFrom: '2019-13' })));
    expect(date.message).toMatch(
      /^entity p-12: field validFrom: must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019-13"/,
    );
  });

  it('refuses an unknown field and a missing one', () => {
    const unknown = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({ colour: 'red' })));
    expect(unknown.message).toMatch(
      /^entity p-12: field colour: not a field of a stored record \(got "red"\)/,
    );
    const missing = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, edited({}, 'updatedBy')));
    expect(missing.message).toMatch(/^entity p-12: field updatedBy: missing/);
    expect(missing.details?.[0]?.field).toBe('updatedBy');
  });

  it('refuses a version newer than this build reads, one that is no version, and text that is not JSON', () => {
    const future = refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 9, JSON.stringify(entity)));
    expect(future.message).toMatch(
      /^entity p-12: field version: body version 9 is newer than this Plexus reads \(1\)/,
    );
    expect(refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 0, JSON.stringify(entity))).message).toMatch(
      /^entity p-12: field version: body version 0 is not a version/,
    );
    expect(refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, '{"id": "p-12",')).message).toMatch(
      /^entity p-12: the stored body is not JSON/,
    );
    expect(refusal(() => readStoredBody(ENTITY_BODY, 'p-12', 1, '[1]')).message).toMatch(
      /^entity p-12: expected an object, got \[1\]/,
    );
  });

  it('asks for an id given as a function only when it refuses', () => {
    let asked = 0;
    const id = () => {
      asked++;
      return 'p-12';
    };
    readStoredBody(ENTITY_BODY, id, 1, JSON.stringify(entity));
    expect(asked).toBe(0);
    expect(refusal(() => readStoredBody(ENTITY_BODY, id, 1, edited({ notes: null }))).message).toMatch(
      /^entity p-12: field notes: expected text, got null/,
    );
    expect(asked).toBe(1);
  });
});

describe('body migrations', () => {
  /**
   * A kind at version 3: version 1 kept a single "name", version 2 split it into given and
   * family names, version 3 added "tags". The steps are the kind's own pure functions.
   */
  const Person = z.strictObject({ given: z.string(), family: z.string(), tags: z.array(z.string()) });
  const steps = {
    splitName: (body: Record<string, unknown>) => {
      const { name, ...rest } = body;
      const [family = '', given = ''] = String(name).split(' ');
      return { ...rest, family, given };
    },
    addTags: (body: Record<string, unknown>) => ({ ...body, tags: [] }),
  };
  const PERSON: BodySpec<z.infer<typeof Person>> = {
    kind: 'entity',
    schema: Person,
    migrations: [steps.splitName, steps.addTags],
  };

  it('writes the version after the last step', () => {
    expect(bodyVersion(PERSON)).toBe(3);
  });

  it('brings a version 1 body (or one stored with no version) up through every step, then validates it', () => {
    const expected = { family: '佐藤', given: '一郎', tags: [] };
    expect(readStoredBody(PERSON, 'p-1', 1, '{"name":"佐藤 一郎"}')).toEqual(expected);
    expect(readStoredBody(PERSON, 'p-1', undefined, '{"name":"佐藤 一郎"}')).toEqual(expected);
  });

  it('starts from the stored version: a version 2 body takes only the last step', () => {
    expect(readStoredBody(PERSON, 'p-1', 2, '{"family":"王","given":"偉"}')).toEqual({
      family: '王',
      given: '偉',
      tags: [],
    });
  });

  it('validates what the steps made: an old body the steps cannot mend is refused with the field', () => {
    expect(refusal(() => readStoredBody(PERSON, 'p-1', 2, '{"family":"王"}')).message).toMatch(
      /^entity p-1: field given: missing/,
    );
  });

  it('does not let a current body through the steps again', () => {
    expect(refusal(() => readStoredBody(PERSON, 'p-1', 3, '{"name":"佐藤 一郎"}')).message).toMatch(
      /^entity p-1: field given: missing \(and 3 more\)/,
    );
  });
});
