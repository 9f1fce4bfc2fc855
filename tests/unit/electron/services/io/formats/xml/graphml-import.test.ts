import { afterAll, describe, expect, it } from 'vitest';
import { graphmlImporter } from '../../../../../../../electron/services/io/formats/xml/index';
import { entitiesOf, entityByKey, linksOf, readAll, rejectsOf, schema, tempFiles } from './helpers';

const files = tempFiles();
afterAll(files.cleanup);

const GRAPH = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="k0" for="node" attr.name="kind" attr.type="string"/>
  <key id="k1" for="node" attr.name="name" attr.type="string"/>
  <key id="k2" for="node" attr.name="age" attr.type="int"/>
  <key id="k3" for="node" attr.name="nationality" attr.type="string"/>
  <key id="k4" for="node" attr.name="vip" attr.type="boolean"><default>false</default></key>
  <key id="k5" for="edge" attr.name="type" attr.type="string"/>
  <key id="k6" for="edge" attr.name="amount" attr.type="double"/>
  <key id="k7" for="node" attr.name="latitude" attr.type="double"/>
  <key id="k8" for="node" attr.name="big" attr.type="long"/>
  <graph edgedefault="undirected">
    <node id="ali"><data key="k0">person</data><data key="k1">Ali Hassan</data><data key="k2">42</data><data key="k3">DZ</data></node>
    <node id="ALI"><data key="k0">People</data><data key="k8">9007199254740993</data></node>
    <node id="acme"><data key="k0">company</data><data key="k4">true</data></node>
    <node id="port"><data key="k0">Location</data><data key="k7">51.9</data></node>
    <node id="x"><data key="k0">Spaceship</data></node>
    <edge source="ali" target="ALI"/>
    <edge source="ali" target="acme" directed="true"><data key="k5">paid</data><data key="k6">1500.5</data></edge>
    <edge source="ali" target="port"/>
  </graph>
</graphml>`;

describe('graphmlImporter', () => {
  it('sniffs GraphML', () => {
    expect(graphmlImporter.sniff(Buffer.from(GRAPH))).toBe(true);
    expect(graphmlImporter.sniff(Buffer.from('<gexf version="1.3">'))).toBe(false);
  });

  it('reads typed keys into type, label, props and notes, with exact keys', async () => {
    const records = await readAll(graphmlImporter, files.write('g.graphml', GRAPH));
    expect(entitiesOf(records).map((r) => r.key)).toEqual(['ali', 'ALI', 'acme', 'port', 'x']);
    expect(entityByKey(records, 'ali').input).toEqual({
      type: 'Person',
      label: 'Ali Hassan',
      notes: 'age: 42\nvip: false',
      props: { nationality: 'DZ' },
    });
    // matched by plural; a long beyond 2^53 keeps its digits
    expect(entityByKey(records, 'ALI').input).toMatchObject({
      type: 'Person',
      label: 'ALI',
      notes: 'big: 9007199254740993\nvip: false',
    });
    expect(entityByKey(records, 'acme').input).toMatchObject({ type: 'Company', notes: 'vip: true' });
    expect(entityByKey(records, 'port').input).toMatchObject({ type: 'Location', props: { latitude: 51.9 } });
    // no schema type called Spaceship: the default type, the value kept
    expect(entityByKey(records, 'x').input).toMatchObject({
      type: 'Person',
      notes: 'kind: Spaceship\nvip: false',
    });
  });

  it('uses the mapping entity type as the default when given', async () => {
    const records = await readAll(graphmlImporter, files.write('g2.graphml', GRAPH), {
      mapping: {
        shape: 'matrix',
        header: true,
        entityType: 'Organization',
        link: { type: { fixed: 'LINKED_TO' }, fields: {} },
      },
    });
    expect(entityByKey(records, 'x').input.type).toBe('Organization');
  });

  it('makes links by the named type, else the generic LINKED_TO whatever the ends', async () => {
    const links = linksOf(await readAll(graphmlImporter, files.write('g3.graphml', GRAPH)));
    expect(links.map((l) => [l.sourceKey, l.targetKey, l.input.type])).toEqual([
      ['ali', 'ALI', 'LINKED_TO'],
      ['ali', 'acme', 'PAID'],
      ['ali', 'port', 'LINKED_TO'],
    ]);
    expect(links[1]?.input).toMatchObject({ props: { amount: 1500.5 } });
    // the file says directed, PAID is directed: nothing to say; an untyped edge has no word to keep
    expect(links[1]?.input.notes).toBeUndefined();
    expect(links[2]?.input).toEqual({ type: 'LINKED_TO', props: {} });
    expect(links[0]?.place).toMatchObject({ file: 'g3.graphml', line: 18, element: 'edge "ali -> ALI"' });
  });

  it('notes a directed edge of an undirected type', async () => {
    const xml = GRAPH.replace('edgedefault="undirected"', 'edgedefault="directed"');
    const links = linksOf(await readAll(graphmlImporter, files.write('g4.graphml', xml)));
    expect(links[0]?.input).toMatchObject({ type: 'LINKED_TO', notes: 'directed: true' });
  });

  it('rejects a value that does not fit its key type, naming file, line, element and field', async () => {
    const xml = GRAPH.replace('<data key="k2">42</data>', '<data key="k2">forty</data>');
    const records = await readAll(graphmlImporter, files.write('bad.graphml', xml));
    const [reject] = rejectsOf(records);
    expect(reject?.message).toBe(
      'bad.graphml: line 13, element node "ali": field age: "forty" is not an integer (declared int)',
    );
    expect(reject?.place).toEqual({ file: 'bad.graphml', line: 13, element: 'node "ali"', field: 'age' });
    expect(reject?.reason).toEqual({
      code: 'invalid',
      params: { detail: '"forty" is not an integer (declared int)' },
      field: 'age',
    });
    expect(entitiesOf(records)).toHaveLength(4);
  });

  it('rejects an edge without a target', async () => {
    const xml = GRAPH.replace('<edge source="ali" target="port"/>', '<edge id="e9" source="ali"/>');
    const [reject] = rejectsOf(await readAll(graphmlImporter, files.write('noend.graphml', xml)));
    expect(reject?.message).toMatch(/noend\.graphml: line \d+, element edge "e9": field target: /);
    expect(reject?.reason).toEqual({ code: 'fieldMissing', params: { field: 'target' } });
  });

  it('takes yEd labels and positions from graphics data', async () => {
    const xml = `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d6" for="node" yfiles.type="nodegraphics"/>
  <graph edgedefault="directed">
    <node id="n0"><data key="d6"><y:ShapeNode><y:Geometry x="10.5" y="-20" width="30" height="30"/><y:NodeLabel>Zhāng Wěi</y:NodeLabel></y:ShapeNode></data></node>
  </graph>
</graphml>`;
    const records = await readAll(graphmlImporter, files.write('yed.graphml', xml));
    expect(entityByKey(records, 'n0').input).toMatchObject({
      label: 'Zhāng Wěi',
      notes: 'position: 10.5,-20',
    });
  });

  it('stops at the next record when cancelled and reports rows read', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const records = [];
    for await (const record of graphmlImporter.read(files.write('c.graphml', GRAPH), {
      schema,
      signal: controller.signal,
      onRows: (n) => seen.push(n),
    })) {
      records.push(record);
      controller.abort();
    }
    expect(records).toHaveLength(1);
    const all = await readAll(graphmlImporter, files.write('d.graphml', GRAPH), {
      onRows: (n) => seen.push(n),
    });
    expect(seen.at(-1)).toBe(all.length);
  });
});
