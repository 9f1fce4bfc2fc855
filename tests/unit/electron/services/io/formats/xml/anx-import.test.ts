import { afterAll, describe, expect, it } from 'vitest';
import { anxImporter } from '../../../../../../../electron/services/io/formats/xml/index';
import { entitiesOf, entityByKey, linksOf, readAll, rejectsOf, tempFiles } from './helpers';

const files = tempFiles();
afterAll(files.cleanup);

const entity = (id: string, type: string, extra = '', item = '') =>
  `<ChartItem Label="${id}" ${item}><End X="10" Y="20"><Entity EntityId="${id}" Identity="${id}"><Icon><IconStyle Type="${type}"/></Icon>${extra}</Entity></End></ChartItem>`;
const link = (a: string, b: string, arrow: string, type = 'Link', label = 'knows') =>
  `<ChartItem Label="${label}"><Link End1Id="${a}" End2Id="${b}"><LinkStyle Type="${type}" ArrowStyle="${arrow}"/></Link></ChartItem>`;

// Declares UTF-16 over UTF-8 bytes, as the real charts do.
const CHART = `<?xml version="1.0" encoding="UTF-16"?>
<Chart>
<ChartItemCollection>
${entity('Smith, John', 'Man', '<CardCollection><Card Summary="Seen" Text="at the port" SourceReference="R1"/></CardCollection>', 'Description="tall" DateSet="true" DateTime="2019-04-17T10:00:00"')}
${entity('SMITH, JOHN', 'Person')}
${entity('+44 20 7946 0000', 'Telephone')}
${entity('Blue Star', 'Ship')}
${entity('Acme', 'Company')}
${entity('1916', 'DATE')}
${entity('Harbour Rd', 'Address')}
</ChartItemCollection>
<ChartItemCollection>
${link('Smith, John', 'SMITH, JOHN', 'ArrowOnHead')}
${link('Smith, John', 'SMITH, JOHN', 'ArrowOnHead')}
${link('SMITH, JOHN', 'Smith, John', 'ArrowOnTail')}
${link('Smith, John', 'Acme', 'ArrowOnBoth', 'employed by', 'works at')}
${link('Smith, John', '+44 20 7946 0000', 'ArrowNone')}
${link('Acme', 'Blue Star', 'ArrowOnHead', 'Owns')}
<ChartItem Label="broken"><Link End1Id="Acme"><LinkStyle/></Link></ChartItem>
</ChartItemCollection>
</Chart>`;

describe('anxImporter', () => {
  it('sniffs an i2 chart', () => {
    expect(anxImporter.sniff(Buffer.from(CHART))).toBe(true);
  });

  it('reads entities with display-name keys exactly, types by the table and notes', async () => {
    const records = await readAll(anxImporter, files.write('chart.anx', CHART));
    expect(entitiesOf(records).map((r) => [r.key, r.input.type])).toEqual([
      ['Smith, John', 'Person'],
      ['SMITH, JOHN', 'Person'],
      ['+44 20 7946 0000', 'Identifier'],
      ['Blue Star', 'Asset'],
      ['Acme', 'Company'],
      ['1916', 'Person'],
      ['Harbour Rd', 'Location'],
    ]);
    expect(entityByKey(records, 'Smith, John').input).toEqual({
      type: 'Person',
      label: 'Smith, John',
      notes: 'tall\ni2 type: Man\nposition: 10,20\ncard: Seen — at the port (source: R1)',
      validFrom: '2019-04-17',
      props: {},
    });
    expect(entityByKey(records, 'SMITH, JOHN').input.notes).toBe('position: 10,20');
    expect(entityByKey(records, '+44 20 7946 0000').input.props).toEqual({ identifierKind: 'phone' });
    expect(entityByKey(records, 'Blue Star').input.props).toEqual({ assetKind: 'vessel' });
    expect(entityByKey(records, '1916').input.notes).toBe('i2 type: DATE\nposition: 10,20');
    expect(entityByKey(records, 'Harbour Rd').input.props).toEqual({ locationKind: 'address' });
  });

  it('keeps duplicate and reciprocal links, arrows giving direction', async () => {
    const records = await readAll(anxImporter, files.write('links.anx', CHART));
    expect(
      linksOf(records).map((l) => [
        l.sourceKey,
        l.targetKey,
        l.input.type,
        l.input.label,
        l.input.notes,
        (l.input.props as Record<string, unknown>).sourceType,
      ]),
    ).toEqual([
      // i2's own word "Link" names no schema type: the generic LINKED_TO, the word kept.
      ['Smith, John', 'SMITH, JOHN', 'LINKED_TO', 'knows', 'directed: true', 'Link'],
      ['Smith, John', 'SMITH, JOHN', 'LINKED_TO', 'knows', 'directed: true', 'Link'],
      // ArrowOnTail points from End2 to End1
      ['Smith, John', 'SMITH, JOHN', 'LINKED_TO', 'knows', 'directed: true', 'Link'],
      ['Smith, John', 'Acme', 'EMPLOYED_BY', 'works at', 'arrows: both\ndirected: false', undefined],
      ['Smith, John', '+44 20 7946 0000', 'LINKED_TO', 'knows', undefined, 'Link'],
      ['Acme', 'Blue Star', 'OWNS', 'knows', undefined, undefined],
    ]);
  });

  it('rejects a link without its second end, naming the element and field', async () => {
    const [reject] = rejectsOf(await readAll(anxImporter, files.write('bad.anx', CHART)));
    expect(reject?.message).toMatch(
      /^bad\.anx: line \d+, element ChartItem "broken": field End2Id: a link needs End2Id$/,
    );
    expect(reject?.place).toMatchObject({ file: 'bad.anx', element: 'ChartItem "broken"', field: 'End2Id' });
    expect(reject?.reason).toEqual({ code: 'fieldMissing', params: { field: 'End2Id' } });
  });

  it('rejects a chart item that is neither an entity nor a link', async () => {
    const xml = CHART.replace('<Link End1Id="Acme"><LinkStyle/></Link>', '');
    const [reject] = rejectsOf(await readAll(anxImporter, files.write('empty.anx', xml)));
    expect(reject?.message).toMatch(/field ChartItem: neither an entity \(End\) nor a link$/);
    expect(reject?.reason).toEqual({ code: 'notEntityOrLink' });
  });

  it('reads i2 attributes into properties or notes', async () => {
    const xml = CHART.replace(
      '<End X="10" Y="20"><Entity EntityId="Acme"',
      '<AttributeCollection><Attribute AttributeClass="jurisdiction" Value="GB"/><Attribute AttributeClass="Turnover" Value="12m"/></AttributeCollection><End X="10" Y="20"><Entity EntityId="Acme"',
    );
    const records = await readAll(anxImporter, files.write('attrs.anx', xml));
    expect(entityByKey(records, 'Acme').input).toMatchObject({
      props: { jurisdiction: 'GB' },
      notes: 'Turnover: 12m\nposition: 10,20',
    });
  });
});
