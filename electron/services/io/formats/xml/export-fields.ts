import type { Entity, Link } from '../../../../../graph-schema/model/records';
import type { GraphStore } from '../../../store/graph-store';

/**
 * The fields GraphML and GEXF exports write for each item, named so the importers read them
 * straight back (schema-map.ts): the common fields by their own names, aliases as a JSON
 * array (an alias may hold a ';'), each property as `props.NAME`. Audit fields (created and
 * updated at and by) belong to the store that holds the item; the native JSON export keeps
 * them. Absent values (no notes, no dates, no aliases) are not written.
 */

export type FieldValue = string | number | boolean;
export type FieldType = 'string' | 'double' | 'boolean';
export interface Field {
  name: string;
  value: FieldValue;
}

const SCAN_BATCH = 2_000;

export function itemFields(item: Entity | Link, withLabel: boolean): Field[] {
  const fields: Field[] = [{ name: 'type', value: item.type }];
  if (withLabel) fields.push({ name: 'label', value: item.label });
  if ('aliases' in item && item.aliases.length > 0)
    fields.push({ name: 'aliases', value: JSON.stringify(item.aliases) });
  if (item.notes !== '') fields.push({ name: 'notes', value: item.notes });
  if (item.validFrom !== null) fields.push({ name: 'validFrom', value: item.validFrom });
  if (item.validTo !== null) fields.push({ name: 'validTo', value: item.validTo });
  fields.push(
    { name: 'confidence', value: item.confidence },
    { name: 'reliability', value: item.reliability },
    { name: 'credibility', value: item.credibility },
    { name: 'classification', value: item.classification },
  );
  for (const [name, value] of Object.entries(item.props)) fields.push({ name: `props.${name}`, value });
  return fields;
}

/** Every field name used, with one type per name: text where the values disagree. */
export class FieldTypes {
  private readonly types = new Map<string, FieldType>();

  observe(fields: readonly Field[]): void {
    for (const { name, value } of fields) {
      const type: FieldType =
        typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
      const seen = this.types.get(name);
      this.types.set(name, seen === undefined || seen === type ? type : 'string');
    }
  }

  entries(): [string, FieldType][] {
    return [...this.types];
  }
}

/**
 * A first pass over the store for the field declarations both formats need before any item:
 * memory holds the names, never the items.
 */
export async function scanFieldTypes(
  store: GraphStore,
  withLabel: boolean,
): Promise<{ node: FieldTypes; edge: FieldTypes }> {
  const node = new FieldTypes();
  const edge = new FieldTypes();
  for await (const batch of store.scanEntities(SCAN_BATCH))
    for (const e of batch) node.observe(itemFields(e, withLabel));
  for await (const batch of store.scanLinks(SCAN_BATCH))
    for (const l of batch) edge.observe(itemFields(l, withLabel));
  return { node, edge };
}

export { SCAN_BATCH };
