import type { Mapping } from '../../../../../graph-schema/contract/io';
import { IGNORE_FIELD } from './table-context';

/**
 * A first guess at the mapping from column names alone, for the wizard to start from: the
 * analyst confirms or corrects it. Null when the names fit no shape.
 */

const norm = (name: string) => name.toLowerCase().replace(/[^a-z0-9.]/gu, '');

const COMMON_FIELDS = [
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
];
/** Written by the case that exported them; the importing case writes its own. */
const AUDIT_COLUMNS = ['createdat', 'createdby', 'updatedat', 'updatedby'];
const LABEL_NAMES = ['label', 'name', 'fullname', 'entity', 'entityname', 'title'];
const KEY_NAMES = ['id', 'key', 'identifier', 'entityid'];
const TYPE_NAMES = ['type', 'entitytype', 'kind', 'category'];
/** Free-text descriptions of a link: kept as its label under a fixed general type. */
const LINK_TEXT_NAMES = ['connection', 'relationship', 'relation', 'link', 'linktype', 'description'];
const END_NAMES: [string, string][] = [
  ['entitya', 'entityb'],
  ['source', 'target'],
  ['from', 'to'],
  ['a', 'b'],
  ['sourcename', 'targetname'],
  ['sourceid', 'targetid'],
];
const DEFAULT_LINK_TYPE = 'ASSOCIATE_OF';
const DEFAULT_ENTITY_TYPE = 'Person';

function finder(columns: string[]) {
  const normal = columns.map(norm);
  return (names: readonly string[]): string | undefined => {
    const at = normal.findIndex((n) => names.includes(n));
    return at < 0 ? undefined : columns[at];
  };
}

/** Columns that name a common field, a `props.X`, or an audit column, mapped accordingly. */
function fieldsOf(columns: string[], taken: Set<string | undefined>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const column of columns) {
    if (taken.has(column)) continue;
    const n = norm(column);
    const common = COMMON_FIELDS.find((f) => f.toLowerCase() === n);
    if (common) fields[column] = common;
    else if (/^props\.[a-z]/iu.test(column.trim())) fields[column] = column.trim();
    else if (AUDIT_COLUMNS.includes(n)) fields[column] = IGNORE_FIELD;
  }
  return fields;
}

function linkRows(columns: string[], find: ReturnType<typeof finder>): Mapping | null {
  for (const [a, b] of END_NAMES) {
    const [aLabel, bLabel] = [find([a]), find([b])];
    const [aType, bType] = [find([`${a}type`]), find([`${b}type`])];
    if (!aLabel || !bLabel || !aType || !bType) continue;
    const text = find(LINK_TEXT_NAMES);
    const taken = new Set([aLabel, bLabel, aType, bType, text]);
    const fields = fieldsOf(columns, taken);
    if (text) fields[text] = 'label';
    return {
      shape: 'link-rows',
      source: { type: { column: aType }, label: aLabel, fields: {} },
      target: { type: { column: bType }, label: bLabel, fields: {} },
      link: { type: { fixed: DEFAULT_LINK_TYPE }, fields },
    };
  }
  return null;
}

function links(columns: string[], find: ReturnType<typeof finder>): Mapping | null {
  for (const [a, b] of END_NAMES) {
    const [sourceKey, targetKey] = [find([a]), find([b])];
    if (!sourceKey || !targetKey) continue;
    const type = find(['type', 'linktype']);
    const text = type ? undefined : find(LINK_TEXT_NAMES);
    const label = find(['label']);
    const id = find(KEY_NAMES);
    const fields = fieldsOf(columns, new Set([sourceKey, targetKey, type, text, label, id]));
    if (text) fields[text] = 'label';
    if (label) fields[label] = 'label';
    // A link's id from another case means nothing here; its ends are what matter.
    if (id) fields[id] = IGNORE_FIELD;
    return {
      shape: 'links',
      sourceKey,
      targetKey,
      link: { type: type ? { column: type } : { fixed: DEFAULT_LINK_TYPE }, fields },
    };
  }
  return null;
}

function entities(columns: string[], find: ReturnType<typeof finder>): Mapping | null {
  const label = find(LABEL_NAMES);
  const key = find(KEY_NAMES);
  const type = find(TYPE_NAMES);
  if (!label || (!key && !type)) return null;
  const aliases = find(['aliases', 'alias', 'aka']);
  const fields = fieldsOf(columns, new Set([label, key, type, aliases]));
  return {
    shape: 'entities',
    entity: {
      type: type ? { column: type } : { fixed: DEFAULT_ENTITY_TYPE },
      label,
      ...(key ? { key } : {}),
      ...(aliases ? { aliases } : {}),
      fields,
    },
  };
}

export function suggestMapping(columns: string[]): Mapping | null {
  if (columns.length === 0) return null;
  const find = finder(columns);
  // UCINET-style matrices leave the corner cell empty and name entities across the top.
  if (columns[0]?.trim() === '' && columns.length > 2) {
    return {
      shape: 'matrix',
      entityType: DEFAULT_ENTITY_TYPE,
      link: { type: { fixed: DEFAULT_LINK_TYPE }, fields: {} },
    };
  }
  return linkRows(columns, find) ?? links(columns, find) ?? entities(columns, find);
}
