import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { Exporter } from '../../types';
import type { GraphStore } from '../../../store/graph-store';
import { SCAN_BATCH, itemFields, scanFieldTypes, type Field } from './export-fields';
import { xmlAttrs, writeAtomically, type Write } from './xml-writer';

/**
 * GEXF 1.3: labels on the elements, every other field a declared attribute
 * (export-fields.ts); each edge's type says whether it is directed. The creator is
 * "Plexus", which tells the importer the file's notes are exact (no default weight line).
 */

async function writeAttvalues(write: Write, fields: readonly Field[]): Promise<void> {
  if (fields.length === 0) return;
  await write('<attvalues>');
  for (const { name, value } of fields)
    await write(`<attvalue${xmlAttrs({ for: name, value: String(value) })}/>`);
  await write('</attvalues>');
}

async function writeGexf(
  store: GraphStore,
  path: string,
  index: SchemaIndex,
): Promise<{ entities: number; links: number }> {
  const types = await scanFieldTypes(store, false);
  const counts = { entities: 0, links: 0 };
  await writeAtomically(path, async (write) => {
    await write('<?xml version="1.0" encoding="UTF-8"?>\n');
    await write(
      '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n  <meta><creator>Plexus</creator></meta>\n',
    );
    await write('  <graph defaultedgetype="undirected" mode="static">\n');
    for (const [forWhat, fieldTypes] of [
      ['node', types.node],
      ['edge', types.edge],
    ] as const) {
      await write(`    <attributes class="${forWhat}">\n`);
      for (const [name, type] of fieldTypes.entries()) {
        await write(`      <attribute${xmlAttrs({ id: name, title: name, type })}/>\n`);
      }
      await write('    </attributes>\n');
    }
    await write('    <nodes>\n');
    for await (const batch of store.scanEntities(SCAN_BATCH)) {
      for (const entity of batch) {
        await write(`      <node${xmlAttrs({ id: entity.id, label: entity.label })}>`);
        await writeAttvalues(write, itemFields(entity, false));
        await write('</node>\n');
        counts.entities += 1;
      }
    }
    await write('    </nodes>\n    <edges>\n');
    for await (const batch of store.scanLinks(SCAN_BATCH)) {
      for (const link of batch) {
        const directed = index.linkType(link.type)?.directed ?? false;
        const attrs = {
          id: link.id,
          source: link.source,
          target: link.target,
          type: directed ? 'directed' : 'undirected',
          label: link.label,
        };
        await write(`      <edge${xmlAttrs(attrs)}>`);
        await writeAttvalues(write, itemFields(link, false));
        await write('</edge>\n');
        counts.links += 1;
      }
    }
    await write('    </edges>\n  </graph>\n</gexf>\n');
  });
  return counts;
}

export const gexfExporter: Exporter = {
  format: 'gexf',
  async write(store, path, { schema }) {
    return { files: [path], ...(await writeGexf(store, path, schema)) };
  },
};
