import { describe, expect, it } from 'vitest';
import { whatOnly } from '../../../../../../electron/services/io/engine/rejects';
import type { ImportRecord } from '../../../../../../electron/services/io/types';
import { allEntities, allLinks, eachTestFixture, entity, importRecords, link } from './engine-fixtures';

const f = eachTestFixture();

/** A link the schema refuses for its value (a negative count): a type that does not fit its ends is kept as LINKED_TO. */
const BAD = { type: 'COMMUNICATED_WITH', props: { count: -1 } };
const GOOD = { type: 'ASSOCIATE_OF' };

/** One "A, B, link" row as a link table sends it: both ends, then the link, on one line. */
function row(line: number, a: string, b: string, input: Record<string, unknown>): ImportRecord[] {
  return [
    entity(line, a, { type: 'Person', label: a }),
    entity(line, b, { type: 'Person', label: b }),
    link(line, a, b, input),
  ];
}

describe('a link row whose link is rejected', () => {
  it.each([1, 2, 1000])('creates nothing it alone introduced (batches of %i)', async (batchSize) => {
    const report = await importRecords(
      f,
      [
        // A bad link: the row is rejected, Ann and Bob with it...
        ...row(2, 'Ann', 'Bob', BAD),
        // ...but Cy is also named by a good row, and Dee comes back on a later good row.
        ...row(3, 'Cy', 'Eve', GOOD),
        ...row(4, 'Cy', 'Dee', BAD),
        ...row(5, 'Fay', 'Dee', GOOD),
      ],
      { match: 'never', batchSize },
    );
    expect(report.created).toEqual({ entities: 4, links: 2 });
    expect(report.rejected.map((r) => r.place.line)).toEqual([2, 4]);
    const labels = (await allEntities(f.store)).map((e) => e.label).sort();
    expect(labels).toEqual(['Cy', 'Dee', 'Eve', 'Fay']);
    expect(await allLinks(f.store)).toHaveLength(2);
  });

  it('keeps an entity the same row also describes for a good link (a matrix row)', async () => {
    const report = await importRecords(
      f,
      [
        entity(2, 'Ann', { type: 'Person', label: 'Ann' }),
        entity(1, 'Bob', { type: 'Person', label: 'Bob' }),
        link(2, 'Ann', 'Bob', BAD),
        link(2, 'Ann', 'Bob', GOOD),
      ],
      { match: 'never' },
    );
    expect(report.created).toEqual({ entities: 2, links: 1 });
  });
});

describe('a link whose type does not fit its ends', () => {
  it('is kept as LINKED_TO with its type and properties in words, not rejected', async () => {
    const report = await importRecords(
      f,
      [
        entity(2, 'Ann', { type: 'Person', label: 'Ann' }),
        entity(3, 'Port', { type: 'Location', label: 'Port Cassel' }),
        // OWNS cannot run from a Person to a Location.
        link(4, 'Ann', 'Port', { type: 'OWNS', props: { share: 40 } }),
      ],
      { match: 'never' },
    );
    expect(report.rejectedTotal).toBe(0);
    const [kept] = await allLinks(f.store);
    expect(kept).toMatchObject({ type: 'LINKED_TO', props: { sourceType: 'owns' } });
    expect(kept?.notes).toMatch(/: 40$/u);
  });
});

describe('rejected rows say where once, in the place, and what in the message', () => {
  it('takes the file, line, element and field off the front of a message', () => {
    const line = { file: 'people.csv', line: 4, field: 'rel' };
    expect(whatOnly(line, 'people.csv line 4: rel: unknown link type "likes"')).toBe(
      'unknown link type "likes"',
    );
    const element = { file: 'g.graphml', line: 9, element: 'edge e1', field: 'source' };
    expect(
      whatOnly(element, 'g.graphml: line 9, element edge e1: field source: an edge needs a source'),
    ).toBe('an edge needs a source');
    const stix = { file: 'b.json', element: 'objects[3]', field: 'type' };
    expect(whatOnly(stix, 'b.json: objects[3]: type: not a STIX type')).toBe('not a STIX type');
    expect(whatOnly({ file: 'p.csv', line: 3, field: 'validTo' }, 'validTo: must be a date')).toBe(
      'must be a date',
    );
  });

  it('leaves a message alone that does not start with its place, or names several fields', () => {
    const place = { file: 'p.csv', line: 3, field: 'source' };
    expect(whatOnly(place, 'no entity with key "x"')).toBe('no entity with key "x"');
    expect(whatOnly(place, 'source: no entity "x"; target: no entity "y"')).toBe(
      'source: no entity "x"; target: no entity "y"',
    );
  });

  it('lists each reject of an import with its message said once', async () => {
    const report = await importRecords(
      f,
      [
        {
          kind: 'reject',
          place: { file: 'people.csv', line: 2, field: 'A' },
          message: 'people.csv line 2: A: the name is empty',
        },
        entity(3, 'p', { type: 'Person', label: 'Pat', validTo: 'soon' }),
      ],
      { match: 'never' },
    );
    expect(report.rejected).toEqual([
      { place: { file: 'people.csv', line: 2, field: 'A' }, message: 'the name is empty' },
      {
        place: { file: 'people.csv', line: 3, field: 'validTo' },
        message: expect.not.stringMatching(/people\.csv|line 3|^validTo/) as unknown,
        reasons: [{ code: 'mustBeDate', field: 'validTo' }],
        record: { kind: 'entity', type: 'Person' },
      },
    ]);
  });
});
