import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { createFtmImporter } from '../../../../../../../../electron/services/io/formats/intel/ftm/importer';
import type { ImportRecord } from '../../../../../../../../electron/services/io/types';
import { loadSchema } from '../../../../../../../../electron/services/schema/load-types';
import { SchemaIndex } from '../../../../../../../../graph-schema/model/schema';
import { fixture, readAll, tempDir } from '../helpers';

const importer = createFtmImporter();
let dir: string;
beforeAll(() => {
  dir = tempDir('plexus-ftm-');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const person = (id: string, props: Record<string, string[]>, extra: Record<string, unknown> = {}) => ({
  id,
  schema: 'Person',
  properties: props,
  ...extra,
});
const company = (id: string, name: string) => ({ id, schema: 'Company', properties: { name: [name] } });

describe('FtM node entities', () => {
  it('takes caption as label, other names as aliases, birthDate and nationality as props, the rest as notes', async () => {
    const path = fixture(dir, 'person.ftm.json', [
      person(
        'p1',
        {
          name: ['OSETROVA, Maria', 'Мария Осетрова'],
          alias: ['Maria Zakharova'],
          birthDate: ['1988-01-07'],
          nationality: ['ru'],
          innCode: ['183116181362'],
          notes: ['Disqualified'],
        },
        { caption: 'Maria Osetrova', datasets: ['us_ofac_sdn', 'gb_hmt'] },
      ),
    ]);
    const { entities } = await readAll(importer, path);
    expect(entities).toHaveLength(1);
    const input = entities[0]?.input ?? {};
    expect(entities[0]?.key).toBe('p1');
    expect(input.type).toBe('Person');
    expect(input.label).toBe('Maria Osetrova');
    expect(input.aliases).toEqual(['OSETROVA, Maria', 'Мария Осетрова', 'Maria Zakharova']);
    expect(input.props).toEqual({ dateOfBirth: '1988-01-07', nationality: 'RU' });
    expect(String(input.notes).split('\n')).toEqual([
      'innCode: 183116181362',
      'Disqualified',
      'datasets: us_ofac_sdn, gb_hmt',
    ]);
  });

  it('maps schemata through the model hierarchy and falls back to Document for an unknown schema', async () => {
    const path = fixture(dir, 'schemata.ftm.json', [
      { id: 'a', schema: 'PublicBody', properties: { name: ['Ministry'] } },
      { id: 'b', schema: 'Vessel', properties: { name: ['Ocean Star'], imoNumber: ['9187629'] } },
      { id: 'c', schema: 'Trip', properties: { name: ['Visit'] } },
      { id: 'd', schema: 'Spaceship', properties: { name: ['Nostromo'] } },
      {
        id: 'e',
        schema: 'Company',
        properties: { name: ['Acme'], incorporationDate: ['2002-10-02T00:00:00'] },
      },
    ]);
    const { entities } = await readAll(importer, path);
    const byKey = Object.fromEntries(entities.map((e) => [e.key, e.input]));
    expect(byKey.a).toMatchObject({ type: 'Organization', props: { orgKind: 'government body' } });
    expect(byKey.b).toMatchObject({ type: 'Asset', props: { assetKind: 'vessel', registration: '9187629' } });
    // Trip extends Event: its nearest listed ancestor.
    expect(byKey.c).toMatchObject({ type: 'Incident', notes: 'FtM schema: Trip' });
    expect(byKey.d).toMatchObject({ type: 'Document', label: 'Nostromo', props: { documentKind: 'other' } });
    expect(String(byKey.d?.notes)).toContain('FtM schema: Spaceship (not in the FtM model)');
    expect(byKey.e).toMatchObject({ type: 'Company', props: { incorporated: '2002-10-02' } });
  });

  it('keeps two entities with similar or translated names apart (keys are FtM ids)', async () => {
    const path = fixture(dir, 'similar.ftm.json', [company('x1', 'Izhtelecom'), company('x2', 'ИЖТЕЛЕКОМ')]);
    const { entities } = await readAll(importer, path);
    expect(entities.map((e) => e.key)).toEqual(['x1', 'x2']);
  });

  it('turns addressEntity and Sanction.entity into LOCATED_AT and MENTIONED_IN links', async () => {
    const path = fixture(dir, 'pointers.ftm.json', [
      { id: 'addr', schema: 'Address', properties: { full: ['1 Main St'], country: ['de'] } },
      person('p', { name: ['Ann'], addressEntity: ['addr'] }),
      { id: 's', schema: 'Sanction', properties: { entity: ['p'], program: ['EU'], startDate: ['2022-03'] } },
    ]);
    const { entities, links } = await readAll(importer, path);
    expect(entities.find((e) => e.key === 'addr')?.input).toMatchObject({
      type: 'Location',
      label: '1 Main St',
      props: { locationKind: 'address', country: 'DE' },
    });
    expect(entities.find((e) => e.key === 's')?.input).toMatchObject({
      type: 'Document',
      validFrom: '2022-03',
    });
    expect(links.map((l) => [l.input.type, l.sourceKey, l.targetKey])).toEqual([
      ['LOCATED_AT', 'p', 'addr'],
      ['MENTIONED_IN', 'p', 's'],
    ]);
  });
});

describe('FtM edges', () => {
  it('maps each edge schema to its link type with props and truncated dates', async () => {
    const path = fixture(dir, 'edges.ftm.json', [
      person('p1', { name: ['A'] }),
      person('p2', { name: ['B'] }),
      company('c1', 'C'),
      company('c2', 'D'),
      {
        id: 'o',
        schema: 'Ownership',
        properties: {
          owner: ['p1'],
          asset: ['c1'],
          percentage: ['25.5'],
          startDate: ['2019-04-17T10:00:00'],
          endDate: ['2021-06'],
        },
      },
      {
        id: 'd',
        schema: 'Directorship',
        properties: { director: ['p1'], organization: ['c1'], role: ['CEO'] },
      },
      {
        id: 'f',
        schema: 'Family',
        properties: { person: ['p1'], relative: ['p2'], relationship: ['sister'] },
      },
      {
        id: 'pay',
        schema: 'Payment',
        properties: { payer: ['c1'], beneficiary: ['p2'], amountEur: ['100000'], date: ['2011-12-29'] },
      },
      { id: 'r', schema: 'Representation', properties: { agent: ['p2'], client: ['c1'] } },
      { id: 'cd', schema: 'Directorship', properties: { director: ['c2'], organization: ['c1'] } },
    ]);
    const { links, rejects } = await readAll(importer, path);
    expect(rejects).toEqual([]);
    const byType = links.map((l) => ({
      type: l.input.type,
      from: l.sourceKey,
      to: l.targetKey,
      input: l.input,
    }));
    expect(byType[0]).toMatchObject({ type: 'OWNS', from: 'p1', to: 'c1' });
    expect(byType[0]?.input).toMatchObject({
      props: { share: 25.5 },
      validFrom: '2019-04-17',
      validTo: '2021-06',
    });
    expect(byType[1]?.input).toMatchObject({ type: 'OFFICER_OF', props: { position: 'CEO' } });
    expect(byType[2]?.input).toMatchObject({ type: 'FAMILY_OF', props: { relationship: 'sister' } });
    expect(byType[3]?.input).toMatchObject({
      type: 'PAID',
      props: { amount: 100000, currency: 'EUR' },
      validFrom: '2011-12-29',
    });
    // No Plexus type for representation: the generic LINKED_TO, the FtM schema kept as its type in the file.
    expect(byType[4]?.input).toMatchObject({
      type: 'LINKED_TO',
      label: 'Representation',
      props: { sourceType: 'Representation' },
    });
    // OFFICER_OF takes only a Person: a company director is kept as LINKED_TO, not guessed.
    expect(byType[5]?.input).toMatchObject({
      type: 'LINKED_TO',
      label: 'Directorship',
      props: { sourceType: 'Directorship' },
    });
  });

  it('keeps parallel links between one pair separate', async () => {
    const own = (id: string, pct: string) => ({
      id,
      schema: 'Ownership',
      properties: { owner: ['c1'], asset: ['c2'], percentage: [pct] },
    });
    const path = fixture(dir, 'parallel.ftm.json', [
      company('c1', 'A'),
      company('c2', 'B'),
      own('o1', '10'),
      own('o2', '20'),
    ]);
    const { links } = await readAll(importer, path);
    expect(links.map((l) => l.input.props)).toEqual([{ share: 10 }, { share: 20 }]);
  });

  it('still names an end missing from the file, for the engine to reject', async () => {
    const path = fixture(dir, 'missing.ftm.json', [
      { id: 'o', schema: 'Ownership', properties: { owner: ['ghost'], asset: ['c1'] } },
      company('c1', 'A'),
    ]);
    const { links } = await readAll(importer, path);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ sourceKey: 'ghost', targetKey: 'c1', input: { type: 'OWNS' } });
  });

  it('rejects an edge without one of its ends, naming line and field', async () => {
    const path = fixture(dir, 'no-end.ftm.json', [
      { id: 'o', schema: 'Ownership', properties: { owner: ['x'] } },
    ]);
    const { rejects } = await readAll(importer, path);
    expect(rejects).toEqual([
      {
        kind: 'reject',
        place: { file: 'no-end.ftm.json', line: 1, field: 'properties.asset' },
        message: 'no-end.ftm.json: line 1: Ownership o: no asset',
        reason: { code: 'fieldMissing', params: { field: 'properties.asset' } },
      },
    ]);
  });
});

describe('FtM edges no link type can carry', () => {
  it('rejects them with the two entity types, so the UI can name them', async () => {
    // Without the generic LINKED_TO, only the schema's own types remain, and OWNS does not run
    // from a person's asset back to a company.
    const full = loadSchema();
    const types = new SchemaIndex({
      ...full,
      linkTypes: full.linkTypes.filter((t) => t.name !== 'LINKED_TO'),
    });
    const path = fixture(dir, 'no-type.ftm.json', [
      person('p1', { name: ['A'] }),
      company('c1', 'B'),
      { id: 'o', schema: 'Ownership', properties: { owner: ['p1'], asset: ['c1'] } },
      { id: 'o2', schema: 'Ownership', properties: { owner: ['c1'], asset: ['p1'] } },
    ]);
    const rejects: ImportRecord[] = [];
    for await (const r of importer.read(path, { schema: types })) if (r.kind === 'reject') rejects.push(r);
    expect(rejects).toEqual([
      {
        kind: 'reject',
        place: { file: 'no-type.ftm.json', line: 4, field: 'schema' },
        message: 'no-type.ftm.json: line 4: Ownership o2: no link type joins Company c1 to Person p1',
        reason: { code: 'noLinkTypeJoins', params: { source: 'Company', target: 'Person' } },
      },
    ]);
  });
});

describe('FtM files', () => {
  it('reports bad JSON on its line and goes on', async () => {
    const text = `${JSON.stringify(company('c1', 'A'))}\n{"id": "c2", "schema": \n\n${JSON.stringify(company('c3', 'C'))}\n`;
    const { entities, rejects } = await readAll(importer, fixture(dir, 'bad.ftm.json', text));
    expect(entities.map((e) => e.key)).toEqual(['c1', 'c3']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]?.place).toEqual({ file: 'bad.ftm.json', line: 2 });
    expect(rejects[0]?.message).toMatch(/^bad\.ftm\.json: line 2: not valid JSON/);
    expect(rejects[0]?.reason).toMatchObject({
      code: 'invalid',
      params: { detail: expect.stringMatching(/^not valid JSON/) },
    });
  });

  it('rejects a record without schema, naming the field', async () => {
    const { rejects } = await readAll(
      importer,
      fixture(dir, 'noschema.ftm.json', [{ id: 'x', properties: {} }]),
    );
    expect(rejects[0]?.place).toEqual({ file: 'noschema.ftm.json', line: 1, field: 'schema' });
    expect(rejects[0]?.reason).toEqual({ code: 'fieldMissing', params: { field: 'schema' } });
  });

  it('tolerates a JSON array, placing items by index', async () => {
    const path = fixture(
      dir,
      'array.json',
      JSON.stringify([company('c1', 'A'), company('c2', 'B')], null, 2),
    );
    const { entities } = await readAll(importer, path);
    expect(entities.map((e) => [e.key, e.place.element])).toEqual([
      ['c1', '[0]'],
      ['c2', '[1]'],
    ]);
  });

  it('sniffs FtM lines and not other JSON', () => {
    expect(importer.sniff(Buffer.from('{"id": "x", "schema": "Person", "properties": {}}'))).toBe(true);
    expect(importer.sniff(Buffer.from('{"type": "bundle", "objects": []}'))).toBe(false);
  });
});
