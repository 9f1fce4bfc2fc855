import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { Exporter } from '../../types';
import type { GraphStore } from '../../../store/graph-store';
import { SCAN_BATCH, itemFields, scanFieldTypes, type Field } from './export-fields';
import { escapeXml, xmlAttrs, writeAtomically, type Write } from './xml-writer';

/**
 * GraphML with one <key> per field (export-fields.ts) for nodes and for edges; each edge says
 * whether it is directed (its link type's direction), so an undirected ASSOCIATE_OF and a
 * directed OWNS sit in one graph. Node ids are entity ids, edge ids link ids.
 */

const keyId = (scope: 'n' | 'e', name: string) => `${scope}_${name}`;

async function writeData(write: Write, scope: 'n' | 'e', fields: readonly Field[]): Promise<void> {
  for (const { name, value } of fields) {
    await write(`<data key="${escapeXml(keyId(scope, name))}">${escapeXml(String(value))}</data>`);
  }
}

async function writeGraphml(
  store: GraphStore,
  path: string,
  index: SchemaIndex,
): Promise<{ entities: number; links: number }> {
  const types = await scanFieldTypes(store, true);
  const counts = { entities: 0, links: 0 };
  await writeAtomically(path, async (write) => {
    await write(
      '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n',
    );
    for (const [scope, forWhat, fieldTypes] of [
      ['n', 'node', types.node],
      ['e', 'edge', types.edge],
    ] as const) {
      for (const [name, type] of fieldTypes.entries()) {
        const attrs = { id: keyId(scope, name), for: forWhat, 'attr.name': name, 'attr.type': type };
        await write(`  <key${xmlAttrs(attrs)}/>\n`);
      }
    }
    await write('  <graph id="G" edgedefault="undirected">\n');
    for await (const batch of store.scanEntities(SCAN_BATCH)) {
      for (const entity of batch) {
        await write(`    <node${xmlAttrs({ id: entity.id })}>`);
        await writeData(write, 'n', itemFields(entity, true));
        await write('</node>\n');
        counts.entities += 1;
      }
    }
    for await (const batch of store.scanLinks(SCAN_BATCH)) {
      for (const link of batch) {
        const directed = index.linkType(link.type)?.directed ?? false;
        const attrs = { id: link.id, source: link.source, target: link.target, directed: String(directed) };
        await write(`    <edge${xmlAttrs(attrs)}>`);
        await writeData(write, 'e', itemFields(link, true));
        await write('</edge>\n');
        counts.links += 1;
      }
    }
    await write('  </graph>\n</graphml>\n');
  });
  return counts;
}

export const graphmlExporter: Exporter = {
  format: 'graphml',
  async write(store, path, { schema }) {
    return { files: [path], ...(await writeGraphml(store, path, schema)) };
  },
};
