import { afterAll, describe, expect, it } from 'vitest';
import { gexfImporter } from '../../../../../../../electron/services/io/formats/xml/index';
import { entitiesOf, entityByKey, linksOf, readAll, rejectsOf, tempFiles } from './helpers';

const files = tempFiles();
afterAll(files.cleanup);

// The quirks of Gephi's Les Misérables file: 1.1draft, a malformed viz namespace URI, an
// invalid date in <meta>, float-like ids, and edges with and without weights.
const DRAFT = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns:viz="http:///www.gexf.net/1.1draft/viz" version="1.1" xmlns="http://www.gexf.net/1.1draft">
<meta lastmodifieddate="2010-03-03+23:44"><creator>Gephi 0.7</creator></meta>
<graph defaultedgetype="undirected" idtype="string" type="static">
<nodes count="3">
<node id="0.0" label="Myriel"><viz:position x="1.5" y="-2" z="0"/></node>
<node id="1.0" label="Napoleon"/>
<node id="10" label="Labarre"/>
</nodes>
<edges count="2">
<edge id="0" source="1.0" target="0.0"/>
<edge id="1" source="10" target="0.0" weight="8.0"/>
</edges>
</graph>
</gexf>`;

const V13 = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="category" type="string"/>
      <attribute id="1" title="score" type="float"><default>0.5</default></attribute>
      <attribute id="2" title="stateLinked" type="boolean"/>
    </attributes>
    <attributes class="edge">
      <attribute id="r" title="relation" type="string"/>
      <attribute id="s" title="share" type="double"/>
    </attributes>
    <nodes>
      <node id="a" label="Acme Ltd"><attvalues><attvalue for="0" value="Company"/><attvalue for="1" value="0.9"/></attvalues></node>
      <node id="b" label="Ministry"><attvalues><attvalue for="0" value="organization"/><attvalue for="2" value="true"/></attvalues></node>
    </nodes>
    <edges>
      <edge id="e1" source="b" target="a" kind="owns" weight="2"><attvalues><attvalue for="s" value="51"/><attvalue for="r" value="majority"/></attvalues></edge>
      <edge id="e2" source="a" target="b" type="undirected"/>
    </edges>
  </graph>
</gexf>`;

describe('gexfImporter', () => {
  it('sniffs GEXF', () => {
    expect(gexfImporter.sniff(Buffer.from(DRAFT))).toBe(true);
    expect(gexfImporter.sniff(Buffer.from('<graphml>'))).toBe(false);
  });

  it('reads 1.1draft with float-like ids kept exactly and meta quirks tolerated', async () => {
    const records = await readAll(gexfImporter, files.write('draft.gexf', DRAFT));
    expect(rejectsOf(records)).toEqual([]);
    expect(entitiesOf(records).map((r) => r.key)).toEqual(['0.0', '1.0', '10']);
    expect(entityByKey(records, '0.0').input).toEqual({
      type: 'Person',
      label: 'Myriel',
      notes: 'position: 1.5,-2',
      props: {},
    });
  });

  it('notes every weight, 1 where the edge has none', async () => {
    const links = linksOf(await readAll(gexfImporter, files.write('w.gexf', DRAFT)));
    expect(links.map((l) => [l.sourceKey, l.targetKey, l.input.notes])).toEqual([
      ['1.0', '0.0', 'weight: 1'],
      ['10', '0.0', 'weight: 8'],
    ]);
  });

  it('reads 1.3 typed attributes, defaults, edge kinds and per-edge direction', async () => {
    const records = await readAll(gexfImporter, files.write('v13.gexf', V13));
    expect(entityByKey(records, 'a').input).toEqual({
      type: 'Company',
      label: 'Acme Ltd',
      notes: 'score: 0.9',
      props: {},
    });
    expect(entityByKey(records, 'b').input).toEqual({
      type: 'Organization',
      label: 'Ministry',
      notes: 'score: 0.5',
      props: { stateLinked: true },
    });
    const [owns, plain] = linksOf(records);
    expect(owns?.input).toEqual({
      type: 'OWNS',
      notes: 'weight: 2\nrelation: majority',
      props: { share: 51 },
    });
    expect(plain?.input).toEqual({ type: 'LINKED_TO', notes: 'weight: 1', props: {} });
  });

  it('rejects a value that does not fit its declared type, naming the field', async () => {
    const xml = V13.replace('value="0.9"', 'value="high"');
    const [reject] = rejectsOf(await readAll(gexfImporter, files.write('bad.gexf', xml)));
    expect(reject?.message).toBe(
      'bad.gexf: line 14, element node "a": field score: "high" is not a number (declared float)',
    );
    expect(reject?.reason).toEqual({
      code: 'invalid',
      params: { detail: '"high" is not a number (declared float)' },
      field: 'score',
    });
  });

  it('rejects a node without an id with a code the UI words', async () => {
    const xml = V13.replace('<node id="a"', '<node');
    const [reject] = rejectsOf(await readAll(gexfImporter, files.write('noid.gexf', xml)));
    expect(reject?.place.field).toBe('id');
    expect(reject?.reason).toEqual({ code: 'fieldMissing', params: { field: 'id' } });
  });
});
