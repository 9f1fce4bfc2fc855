import {
  toMapping,
  type ColumnOrFixed,
  type EntityColumns,
  type Mapping,
  type MappingDraft,
  type TableShape,
} from '../../../../graph-schema/contract';
import { GENERIC_LINK_TYPE, type Schema } from '../../../../graph-schema/model';
import { i18n } from '../../i18n';

/**
 * Pure edits of a column mapping, as the wizard's mapping step makes them. Every function
 * returns a new MappingDraft; `requestMapping` trims it to what the chosen shape reads.
 */

/** Where a column's value goes: the row's entity, one end of a link row, or the link. */
export type FieldGroup = 'entity' | 'source' | 'target' | 'link';
export type EndGroup = Exclude<FieldGroup, 'link'>;

/** What a table shape means, as the shape select offers it. */
export function shapeLabel(shape: TableShape): string {
  return i18n.t(`import:shapes.${shape}`);
}

/** "Entity A", "Link": the name of a group of controls and of its fields. */
export function groupLabel(group: FieldGroup): string {
  return i18n.t(`import:group.${group}`);
}

/** Fields every entity and link has, besides its label and type-specific properties. */
export const COMMON_FIELDS = [
  'notes',
  'validFrom',
  'validTo',
  'confidence',
  'reliability',
  'credibility',
  'classification',
] as const;

export function commonFieldLabel(field: (typeof COMMON_FIELDS)[number]): string {
  return i18n.t(`import:field.${field}`);
}

export function groupsFor(shape: TableShape): FieldGroup[] {
  switch (shape) {
    case 'entities':
      return ['entity'];
    case 'link-rows':
      return ['source', 'target', 'link'];
    case 'links':
    case 'edge-list':
      return ['link'];
    case 'matrix':
      return [];
  }
}

/** A type picked in a select: "column:NAME" reads it per row, "fixed:TYPE" sets it for every row. */
export function encodeSource(value: ColumnOrFixed | undefined): string {
  if (!value) return '';
  return 'column' in value ? `column:${value.column}` : `fixed:${value.fixed}`;
}

export function decodeSource(value: string): ColumnOrFixed | undefined {
  const at = value.indexOf(':');
  const rest = value.slice(at + 1);
  if (at < 0 || rest === '') return undefined;
  return value.startsWith('column:') ? { column: rest } : { fixed: rest };
}

export function fixedType(value: ColumnOrFixed | undefined): string | null {
  return value && 'fixed' in value ? value.fixed : null;
}

export function endOf(mapping: MappingDraft, group: EndGroup): EntityColumns | undefined {
  return mapping[group];
}

function fieldsOf(mapping: MappingDraft, group: FieldGroup): Record<string, string> {
  return (group === 'link' ? mapping.link?.fields : mapping[group]?.fields) ?? {};
}

/** The fixed type a group's fields belong to, or null when rows name it in a column. */
export function groupType(mapping: MappingDraft, group: FieldGroup): string | null {
  if (group === 'link') return fixedType(mapping.link?.type);
  return fixedType(mapping[group]?.type);
}

/**
 * A column mapped to no field is not lost: the importer keeps its value in the notes as
 * "column: value". Only an explicit IGNORE drops it.
 */
export const IGNORE = 'ignore';

/** "link:props.position" for a column mapped to that link field, IGNORE, or '' for the notes default. */
export function assignmentOf(mapping: MappingDraft, column: string): string {
  for (const group of groupsFor(mapping.shape)) {
    const field = fieldsOf(mapping, group)[column];
    if (field === IGNORE) return IGNORE;
    if (field) return `${group}:${field}`;
  }
  return '';
}

function withFields(mapping: MappingDraft, group: FieldGroup, fields: Record<string, string>): MappingDraft {
  if (group === 'link')
    return { ...mapping, link: { type: mapping.link?.type ?? { fixed: '' }, ...mapping.link, fields } };
  const end = mapping[group];
  return end ? { ...mapping, [group]: { ...end, fields } } : mapping;
}

/** Sends a column to one field ("group:field"), or to none with ''; a column feeds one field at most. */
export function assignField(mapping: MappingDraft, column: string, encoded: string): MappingDraft {
  let next = mapping;
  for (const group of groupsFor(mapping.shape)) {
    const fields = fieldsOf(next, group);
    if (column in fields) {
      const { [column]: _dropped, ...rest } = fields;
      next = withFields(next, group, rest);
    }
  }
  const groups = groupsFor(mapping.shape);
  // Any group may carry the ignore marker (the importer reads it alike in each); the link is
  // the row's own record where there is one.
  const first = groups.includes('link') ? 'link' : groups[0];
  if (encoded === IGNORE)
    return first ? withFields(next, first, { ...fieldsOf(next, first), [column]: IGNORE }) : next;
  const at = encoded.indexOf(':');
  if (at < 0) return next;
  const group = encoded.slice(0, at) as FieldGroup;
  const field = encoded.slice(at + 1);
  if (!groupsFor(mapping.shape).includes(group) || field === '') return next;
  return withFields(next, group, { ...fieldsOf(next, group), [column]: field });
}

export function setEnd(mapping: MappingDraft, group: EndGroup, patch: Partial<EntityColumns>): MappingDraft {
  const end: EntityColumns = { type: { fixed: '' }, label: '', fields: {}, ...mapping[group], ...patch };
  // An empty key or aliases column means "none": leave the property out rather than send ''.
  if (end.key === '') delete end.key;
  if (end.aliases === '') delete end.aliases;
  return { ...mapping, [group]: end };
}

export function setLinkType(mapping: MappingDraft, type: ColumnOrFixed | undefined): MappingDraft {
  return { ...mapping, link: { fields: {}, ...mapping.link, type: type ?? { fixed: '' } } };
}

/** Columns with a structural role, with the role: shown as such in the column table. */
export function roleColumns(mapping: MappingDraft): Map<string, string> {
  const roles = new Map<string, string>();
  const add = (column: string | undefined, role: string) => {
    if (column && !roles.has(column)) roles.set(column, role);
  };
  for (const group of groupsFor(mapping.shape)) {
    if (group === 'link') {
      const type = mapping.link?.type;
      if (type && 'column' in type) add(type.column, i18n.t('import:role.linkType'));
      continue;
    }
    const end = mapping[group];
    const name = groupLabel(group);
    add(end?.label, i18n.t('import:role.label', { name }));
    add(end?.key, i18n.t('import:role.key', { name }));
    add(end?.aliases, i18n.t('import:role.aliases', { name }));
    if (end?.type && 'column' in end.type) add(end.type.column, i18n.t('import:role.type', { name }));
  }
  if (mapping.shape === 'links') {
    add(mapping.sourceKey, i18n.t('import:role.sourceKey'));
    add(mapping.targetKey, i18n.t('import:role.targetKey'));
  }
  return roles;
}

const pick = (names: readonly string[], preferred: string): string =>
  names.includes(preferred) ? preferred : (names[0] ?? '');

/**
 * The mapping for a newly chosen shape: read options kept, the shape's parts filled with the
 * first columns and the most general types, for the analyst to correct.
 */
export function setShape(
  mapping: MappingDraft,
  shape: TableShape,
  columns: readonly string[],
  schema: Schema,
): MappingDraft {
  const entityType = pick(
    schema.entityTypes.map((t) => t.name),
    'Person',
  );
  const linkType = pick(
    schema.linkTypes.map((t) => t.name),
    GENERIC_LINK_TYPE,
  );
  const read: MappingDraft = {
    shape,
    header: mapping.header ?? true,
    ...(mapping.sheet !== undefined ? { sheet: mapping.sheet } : {}),
    ...(mapping.delimiter !== undefined ? { delimiter: mapping.delimiter } : {}),
    ...(mapping.encoding !== undefined ? { encoding: mapping.encoding } : {}),
  };
  const [first = '', second = first] = columns;
  const end = (label: string): EntityColumns => ({ type: { fixed: entityType }, label, fields: {} });
  const link = { type: { fixed: linkType }, fields: {} };
  switch (shape) {
    case 'entities':
      return { ...read, entity: mapping.entity ?? end(first) };
    case 'links':
      return { ...read, sourceKey: first, targetKey: second, link: mapping.link ?? link };
    case 'link-rows':
      return {
        ...read,
        source: mapping.source ?? end(first),
        target: mapping.target ?? end(second),
        link: mapping.link ?? link,
      };
    case 'matrix':
      return { ...read, entityType, link: { type: mapping.link?.type ?? link.type, fields: {} } };
    case 'edge-list':
      return { ...read, entityType, link: mapping.link ?? link };
  }
}

/**
 * What the request carries: the Mapping of the chosen shape, only the parts it reads, no empty
 * optional columns (the contract's toMapping, the one rule the server applies too). Null while
 * the draft is not complete; the mapping step's checks say what is missing.
 */
export function requestMapping(mapping: MappingDraft): Mapping | null {
  const parsed = toMapping(mapping);
  return parsed.success ? parsed.data : null;
}
