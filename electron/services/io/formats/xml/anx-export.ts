import type { Entity, Link } from '../../../../../graph-schema/model/records';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { GraphStore } from '../../../store/graph-store';
import type { Exporter } from '../../types';
import { I2_TYPE_TABLE, toI2Type } from './anx-types';
import { SCAN_BATCH } from './export-fields';
import { xmlAttrs, writeAtomically, type Write } from './xml-writer';

/**
 * i2 chart XML: entities (i2 types from anx-types.ts, the label as identity, the entity id
 * as EntityId so equal labels stay apart) in one ChartItemCollection, links in another with
 * their type's label as the i2 link type and an arrow on directed types. Notes are the
 * Description; properties are i2 attributes. Positions come from a `position: x,y` notes
 * line (an ANX import's), else a grid. Dates and grading have no plain i2 form here and are
 * not written: the GraphML, GEXF and native JSON exports keep them.
 */

const GRID = 20;
const SPACING = 100;
const POSITION = /^position: (-?[\d.]+),(-?[\d.]+)$/m;

function attributeType(kind: string): string {
  if (kind === 'number') return 'AttNumber';
  if (kind === 'boolean') return 'AttFlag';
  return 'AttText';
}

async function writeHeader(write: Write, index: SchemaIndex): Promise<void> {
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<Chart>\n  <EntityTypeCollection>\n');
  const names = new Set([
    ...I2_TYPE_TABLE.map((r) => r.names[0] ?? ''),
    ...index.schema.entityTypes.map((t) => toI2Type(t.name, {})),
  ]);
  for (const name of names)
    if (name) await write(`    <EntityType${xmlAttrs({ Name: name, IconFile: name })}/>\n`);
  await write('  </EntityTypeCollection>\n  <LinkTypeCollection>\n');
  for (const type of index.schema.linkTypes)
    await write(`    <LinkType${xmlAttrs({ Name: type.label })}/>\n`);
  await write('  </LinkTypeCollection>\n  <AttributeClassCollection>\n');
  const classes = new Map<string, string>();
  for (const type of [...index.schema.entityTypes, ...index.schema.linkTypes]) {
    for (const p of type.properties) {
      const kind = attributeType(p.kind);
      classes.set(p.name, classes.has(p.name) && classes.get(p.name) !== kind ? 'AttText' : kind);
    }
  }
  for (const [name, type] of classes)
    await write(`    <AttributeClass${xmlAttrs({ Name: name, Type: type })}/>\n`);
  await write('  </AttributeClassCollection>\n');
}

async function writeAttributes(write: Write, item: Entity | Link): Promise<void> {
  const props = Object.entries(item.props);
  if (props.length === 0) return;
  await write('<AttributeCollection>');
  for (const [name, value] of props)
    await write(`<Attribute${xmlAttrs({ AttributeClass: name, Value: String(value) })}/>`);
  await write('</AttributeCollection>');
}

async function writeEntity(write: Write, entity: Entity, at: number): Promise<void> {
  const found = POSITION.exec(entity.notes);
  const x = found?.[1] ?? String((at % GRID) * SPACING);
  const y = found?.[2] ?? String(Math.floor(at / GRID) * SPACING);
  const notes = found
    ? entity.notes
        .replace(POSITION, '')
        .replace(/\n{2,}/g, '\n')
        .trim()
    : entity.notes;
  const type = toI2Type(entity.type, entity.props);
  await write(`    <ChartItem${xmlAttrs({ Label: entity.label, Description: notes })}>`);
  await write(
    `<End${xmlAttrs({ X: x, Y: y })}><Entity${xmlAttrs({ EntityId: entity.id, Identity: entity.label })}>`,
  );
  await write(`<Icon><IconStyle${xmlAttrs({ Type: type })}/></Icon></Entity></End>`);
  await writeAttributes(write, entity);
  await write('</ChartItem>\n');
}

async function writeLink(write: Write, link: Link, index: SchemaIndex): Promise<void> {
  const type = index.linkType(link.type);
  const arrow = type?.directed ? 'ArrowOnHead' : 'ArrowNone';
  await write(`    <ChartItem${xmlAttrs({ Label: link.label, Description: link.notes })}>`);
  await write(`<Link${xmlAttrs({ End1Id: link.source, End2Id: link.target })}>`);
  await write(`<LinkStyle${xmlAttrs({ Type: type?.label ?? link.type, ArrowStyle: arrow })}/></Link>`);
  await writeAttributes(write, link);
  await write('</ChartItem>\n');
}

async function writeAnx(
  store: GraphStore,
  path: string,
  index: SchemaIndex,
): Promise<{ entities: number; links: number }> {
  const counts = { entities: 0, links: 0 };
  await writeAtomically(path, async (write) => {
    await writeHeader(write, index);
    await write('  <ChartItemCollection>\n');
    for await (const batch of store.scanEntities(SCAN_BATCH)) {
      for (const entity of batch) await writeEntity(write, entity, counts.entities++);
    }
    await write('  </ChartItemCollection>\n  <ChartItemCollection>\n');
    for await (const batch of store.scanLinks(SCAN_BATCH)) {
      for (const link of batch) {
        await writeLink(write, link, index);
        counts.links += 1;
      }
    }
    await write('  </ChartItemCollection>\n</Chart>\n');
  });
  return counts;
}

export const anxExporter: Exporter = {
  format: 'anx',
  async write(store, path, { schema }) {
    return { files: [path], ...(await writeAnx(store, path, schema)) };
  },
};
