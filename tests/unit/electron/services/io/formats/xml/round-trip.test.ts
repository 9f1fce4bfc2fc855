import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity, Link } from '../../../../../../../graph-schema/model/records';
import { SchemaIndex } from '../../../../../../../graph-schema/model/schema';
import {
  anxExporter,
  anxImporter,
  gexfExporter,
  gexfImporter,
  graphmlExporter,
  graphmlImporter,
} from '../../../../../../../electron/services/io/formats/xml/index';
import type { Exporter, Importer } from '../../../../../../../electron/services/io/types';
import { loadSchema } from '../../../../../../../electron/services/schema/load-types';
import type { GraphStore } from '../../../../../../../electron/services/store/graph-store';
import { createCaseFile } from '../../../../../../../electron/services/store/sqlite/index';
import { entitiesOf, linksOf, readAll, rejectsOf, schema, tempFiles } from './helpers';

const files = tempFiles();
let store: GraphStore;
const original = { entities: [] as Entity[], links: [] as Link[] };

beforeAll(async () => {
  store = await createCaseFile(join(files.dir, 'case.plexus'), {
    actor: 'tester',
    schema: new SchemaIndex(loadSchema()),
  });
  await store.createEntities([
    {
      id: 'ali',
      type: 'Person',
      label: 'Ali "the Fox" <Hassan> & co',
      aliases: ['A. Hassan', 'Fox; the'],
      notes: 'line one\nline two\twith a tab',
      validFrom: '2019-04',
      validTo: '2021',
      confidence: 'confirmed',
      reliability: 'B',
      credibility: '2',
      classification: 'SECRET',
      props: { nationality: 'DZ', gender: 'male', dateOfBirth: '1980-02-29' },
    },
    { id: 'ALI', type: 'Person', label: 'Ali Hassan' },
    { id: 'acme', type: 'Company', label: 'Acme, Ltd', props: { jurisdiction: 'GB', incorporated: '2001' } },
    { id: 'min', type: 'Organization', label: 'Ministry', props: { stateLinked: true } },
    { id: 'port', type: 'Location', label: 'Port', props: { latitude: 51.9, longitude: -1.25 } },
    { id: 'tel', type: 'Identifier', label: '+44 20 7946 0000', props: { identifierKind: 'phone' } },
    { id: 'pp', type: 'Identifier', label: 'X123', props: { identifierKind: 'passport' } },
    {
      id: 'ship',
      type: 'Asset',
      label: 'Blue Star',
      props: { assetKind: 'vessel', registration: 'IMO 1234567' },
    },
  ]);
  await store.createLinks([
    {
      type: 'OWNS',
      source: 'ali',
      target: 'acme',
      props: { share: 51.5 },
      confidence: 'possible',
      notes: 'per registry',
    },
    {
      type: 'EMPLOYED_BY',
      source: 'ALI',
      target: 'acme',
      label: 'works at',
      props: { position: 'CFO' },
      validFrom: '2020',
    },
    { type: 'ASSOCIATE_OF', source: 'ali', target: 'ALI' },
    { type: 'ASSOCIATE_OF', source: 'ali', target: 'ALI' },
    { type: 'USES', source: 'ali', target: 'tel' },
    { type: 'COMMUNICATED_WITH', source: 'tel', target: 'min', props: { count: 3 } },
  ]);
  for await (const batch of store.scanEntities()) original.entities.push(...batch);
  for await (const batch of store.scanLinks()) original.links.push(...batch);
});

afterAll(async () => {
  await store.close();
  files.cleanup();
});

/** What an import of the item should give back: its editable fields, absent ones left out. */
function expectedInput(item: Entity | Link): Record<string, unknown> {
  const out: Record<string, unknown> = { type: item.type, label: item.label };
  if ('aliases' in item && item.aliases.length > 0) out.aliases = item.aliases;
  if (item.notes !== '') out.notes = item.notes;
  if (item.validFrom !== null) out.validFrom = item.validFrom;
  if (item.validTo !== null) out.validTo = item.validTo;
  out.confidence = item.confidence;
  out.reliability = item.reliability;
  out.credibility = item.credibility;
  out.classification = item.classification;
  out.props = item.props;
  return out;
}

async function roundTrip(exporter: Exporter, importer: Importer, name: string) {
  const path = join(files.dir, name);
  const written = await exporter.write(store, path, { schema });
  expect(written).toEqual({
    files: [path],
    entities: original.entities.length,
    links: original.links.length,
  });
  return readAll(importer, path);
}

describe.each([
  ['GraphML', graphmlExporter, graphmlImporter, 'out.graphml'],
  ['GEXF', gexfExporter, gexfImporter, 'out.gexf'],
] as const)('%s export re-imports with nothing lost', (_name, exporter, importer, file) => {
  it('gives back every entity and link field, keys and ends', async () => {
    const records = await roundTrip(exporter, importer, file);
    expect(rejectsOf(records)).toEqual([]);
    const entities = entitiesOf(records);
    expect(entities.map((r) => r.key).sort()).toEqual(original.entities.map((e) => e.id).sort());
    for (const entity of original.entities) {
      expect(entities.find((r) => r.key === entity.id)?.input).toEqual(expectedInput(entity));
    }
    const links = linksOf(records);
    expect(links).toHaveLength(original.links.length);
    const got = links.map((l) => ({ source: l.sourceKey, target: l.targetKey, ...l.input }));
    const want = original.links.map((l) => ({ source: l.source, target: l.target, ...expectedInput(l) }));
    const order = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      JSON.stringify(a).localeCompare(JSON.stringify(b));
    expect(got.sort(order)).toEqual(want.sort(order));
  });
});

describe('ANX export', () => {
  it('re-imports with labels, types, kinds and links kept', async () => {
    const records = await roundTrip(anxExporter, anxImporter, 'out.anx');
    expect(rejectsOf(records)).toEqual([]);
    const entities = entitiesOf(records);
    for (const entity of original.entities) {
      const back = entities.find((r) => r.key === entity.id);
      expect(back?.input).toMatchObject({ type: entity.type, label: entity.label, props: entity.props });
    }
    const ends = (l: { s: string; t: string; type: unknown; label: unknown }) =>
      `${l.s}>${l.t}:${String(l.type)}:${String(l.label)}`;
    expect(
      linksOf(records)
        .map((l) => ends({ s: l.sourceKey, t: l.targetKey, type: l.input.type, label: l.input.label }))
        .sort(),
    ).toEqual(
      original.links.map((l) => ends({ s: l.source, t: l.target, type: l.type, label: l.label })).sort(),
    );
  });

  it('names link types from the schema it is given, not one it loads itself', async () => {
    const given = loadSchema([]);
    const relabelled = new SchemaIndex({
      ...given,
      linkTypes: given.linkTypes.map((t) => (t.name === 'OWNS' ? { ...t, label: 'holds shares in' } : t)),
    });
    const path = join(files.dir, 'relabelled.anx');
    await anxExporter.write(store, path, { schema: relabelled });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('Type="holds shares in"');
  });

  it('writes nothing when the store cannot be read, leaving no partial file', async () => {
    const broken = {
      ...store,
      scanEntities: () => {
        throw new Error('disk gone');
      },
    } as unknown as GraphStore;
    const path = join(files.dir, 'never.anx');
    await expect(anxExporter.write(broken, path, { schema })).rejects.toThrow(
      /never\.anx: cannot write the export \(disk gone\)/,
    );
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(files.dir).filter((n) => n.startsWith('never'))).toEqual([]);
  });
});
