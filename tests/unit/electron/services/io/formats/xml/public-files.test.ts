import { describe, expect, it } from 'vitest';
import {
  anxImporter,
  gexfImporter,
  graphmlImporter,
} from '../../../../../../../electron/services/io/formats/xml/index';
import type { Importer } from '../../../../../../../electron/services/io/types';
import {
  PUBLIC_DIR,
  entitiesOf,
  entityByKey,
  linksOf,
  publicFile,
  publicFilesPresent,
  readAll,
  rejectsOf,
} from './helpers';

if (!publicFilesPresent) console.log(`skipping the public XML files: ${PUBLIC_DIR} is absent`);

async function read(importer: Importer, name: string) {
  const records = await readAll(importer, publicFile(name));
  const entities = entitiesOf(records);
  const links = linksOf(records);
  const count = (items: { input: Record<string, unknown> }[]) => {
    const byType: Record<string, number> = {};
    for (const { input } of items) byType[String(input.type)] = (byType[String(input.type)] ?? 0) + 1;
    return byType;
  };
  return { records, entities, links, entityTypes: count(entities), linkTypes: count(links) };
}

describe.skipIf(!publicFilesPresent)('public XML files', () => {
  it('buzzfeed_trumpworld.graphml', async () => {
    const { records, entities, links, entityTypes } = await read(
      graphmlImporter,
      'buzzfeed_trumpworld.graphml',
    );
    expect(rejectsOf(records)).toEqual([]);
    // grep -c '<node ' -> 2669; grep -c '<edge ' -> 3380
    expect(entities).toHaveLength(2669);
    expect(links).toHaveLength(3380);
    // grep -o '<data key="d0">[^<]*<' | sort | uniq -c -> 2015 Organization, 640 Person,
    // 14 Federal Agency (a synonym of Organization, the original value kept in notes)
    expect(entityTypes).toEqual({ Organization: 2029, Person: 640 });
    expect(entities.filter((e) => e.input.notes === 'type: Federal Agency')).toHaveLength(14);
    // keys are unique and exact: 2669 distinct ids (grep -o '<node id="[^"]*"' | sort -u | wc -l)
    expect(new Set(entities.map((e) => e.key)).size).toBe(2669);
    expect(entityByKey(records, 'FOX FACTORY, INC.').input.type).toBe('Organization');
    // Edges carry no type: every one the generic (undirected) LINKED_TO, connection and sources in notes.
    expect(
      links.every((l) => l.input.type === 'LINKED_TO' && String(l.input.notes).startsWith('connection: ')),
    ).toBe(true);
  });

  it('gephi_LesMiserables.gexf', async () => {
    const { records, entities, links } = await read(gexfImporter, 'gephi_LesMiserables.gexf');
    expect(rejectsOf(records)).toEqual([]);
    // grep -c '<node ' -> 77; grep -c '<edge ' -> 254
    expect(entities).toHaveLength(77);
    expect(links).toHaveLength(254);
    expect(entityByKey(records, '11.0').input.label).toBe('Valjean');
    // grep -c '<edge [^>]*weight=' -> 157 edges carry a weight and grep -c 'weight="1.0"' -> 0
    // of them say 1, so exactly the 254 - 157 = 97 unweighted edges read GEXF's default of 1.
    expect(links.filter((l) => l.input.notes === 'weight: 1')).toHaveLength(97);
    expect(links.filter((l) => /^weight: \d+(\.\d+)?$/.test(String(l.input.notes)))).toHaveLength(254);
  });

  it('nlpproj_Land that time forgot demo.anx (a space in the name, a UTF-16 declaration over ASCII)', async () => {
    const { records, entities, links, entityTypes } = await read(
      anxImporter,
      'nlpproj_Land that time forgot demo.anx',
    );
    expect(rejectsOf(records)).toEqual([]);
    // grep -c '<End ' -> 17 entities; grep -c '<Link ' -> 23 links (of 40 ChartItem)
    expect(entities).toHaveLength(17);
    expect(links).toHaveLength(23);
    // grep -o 'IconStyle Type="[A-Z]*"' | sort | uniq -c -> 5 PERSON, 2 ORG, 3 NORP,
    // 3 GPE, 3 CARDINAL, 1 DATE: PERSON -> Person, ORG and NORP -> Organization, GPE ->
    // Location; CARDINAL and DATE are not in the i2 table: the default Person, type in notes
    expect(entityTypes).toEqual({ Person: 9, Organization: 5, Location: 3 });
    expect(entities.filter((e) => String(e.input.notes).startsWith('i2 type: '))).toHaveLength(12);
    expect(entities.every((e) => /position: -?\d+,-?\d+/.test(String(e.input.notes)))).toBe(true);
  });

  it('nlpproj_data.anx (ids differing only by case, duplicate and reciprocal links)', async () => {
    const { records, entities, links } = await read(anxImporter, 'nlpproj_data.anx');
    expect(rejectsOf(records)).toEqual([]);
    // grep -c '<End ' -> 42; grep -c '<Link ' -> 118
    expect(entities).toHaveLength(42);
    expect(links).toHaveLength(118);
    // grep -o 'EntityId="[^"]*"' | sort -f | uniq -di -> "Von Schoenvorts" and "von Schoenvorts": two keys
    expect(
      entities
        .map((e) => e.key)
        .filter((k) => k.toLowerCase() === 'von schoenvorts')
        .sort(),
    ).toEqual(['Von Schoenvorts', 'von Schoenvorts']);
    const pairs = links.map((l) => `${l.sourceKey}>${l.targetKey}`);
    // grep -o 'End1Id="[^"]*" LabelSegment="0" LabelPos="50" End2Id="[^"]*"' | sort | uniq -d
    // -> Bradley>German, Bradley>Olson, Irish>Bradley appear more than once: kept apart
    // grep -c 'End1Id="Bradley" LabelSegment="0" LabelPos="50" End2Id="Olson"' -> 2, and the
    // same for Olson -> Bradley -> 2: duplicates and reciprocals all kept (ArrowOnHead: End1 -> End2)
    expect(pairs.filter((p) => p === 'Bradley>Olson')).toHaveLength(2);
    expect(pairs.filter((p) => p === 'Olson>Bradley')).toHaveLength(2);
  });
});
