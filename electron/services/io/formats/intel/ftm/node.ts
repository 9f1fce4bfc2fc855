import type { Property } from '@alephdata/followthemoney';
import { GENERIC_LINK_TYPE, genericLinkProps } from '../../../../../../graph-schema/model/generic-link';
import type { SourcePlace } from '../../../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord } from '../../../types';
import { chooseLink, FALLBACK_LINKS } from '../shared/choose-link';
import { toPartialDate } from '../shared/dates';
import { Draft } from '../shared/draft';
import { takePlexusLines } from '../shared/plexus-lines';
import { ftmSchema } from './model';
import type { FtmEntity } from './record';
import { entityRule, PROPERTY_LINKS, PROPERTY_TABLE } from './schema-table';

/** FtM name properties that are the entity's own names (namesMentioned names others). */
const OWN_NAMES = new Set(['name', 'alias', 'weakAlias', 'previousName', 'abbreviation']);
/** Free text kept as it is, not as `name: value`. */
const FREE_TEXT = new Set(['notes', 'description']);

/** The label: `caption` when the file gives one, else the schema's first caption property. */
function labelOf(entity: FtmEntity, captionProps: readonly string[]): string {
  const caption = entity.extra.caption;
  if (typeof caption === 'string' && caption.trim() !== '') return caption.trim();
  for (const prop of [...captionProps, 'name', 'title']) {
    const first = entity.properties[prop]?.find((v) => v.trim() !== '');
    if (first !== undefined) return first.trim();
  }
  return entity.id;
}

function plainValue(prop: Property | undefined, value: string): string {
  if (prop?.type.name === 'country' && /^[a-z]{2}$/.test(value)) return value.toUpperCase();
  if (prop?.type.name === 'date') return toPartialDate(value) ?? value;
  return value;
}

/** The `plexus.*` lines in an entity's free text (written by our FtM export). */
function carriedOf(entity: FtmEntity): { fields: Record<string, string>; props: Record<string, string> } {
  const fields: Record<string, string> = {};
  const props: Record<string, string> = {};
  for (const name of FREE_TEXT) {
    for (const raw of entity.properties[name] ?? []) {
      const found = takePlexusLines(raw);
      Object.assign(fields, { ...found.fields, ...fields });
      Object.assign(props, { ...found.props, ...props });
    }
  }
  return { fields, props };
}

/** An Identification's `type` names its kind when it is one Plexus knows (phone, email...). */
function identificationKind(entity: FtmEntity, types: SchemaIndex): Record<string, string> {
  const kind = entity.schema === 'Identification' ? entity.properties.type?.[0] : undefined;
  const options = types
    .entityType('Identifier')
    ?.properties.find((p) => p.name === 'identifierKind')?.options;
  return kind !== undefined && options?.includes(kind) ? { identifierKind: kind } : {};
}

/**
 * A node entity -> its entity record, then one link record per value of an entity-valued
 * property (an address, the target of a sanction). `typeOf` answers the Plexus type of
 * another key in the file, undefined when the file does not hold it.
 */
export function nodeRecords(
  entity: FtmEntity,
  place: SourcePlace,
  types: SchemaIndex,
  typeOf: (key: string) => string | undefined,
): ImportRecord[] {
  const schema = ftmSchema(entity.schema);
  const rule = entityRule(schema);
  const draft = new Draft(rule.type, types, 'entity');
  const carried = carriedOf(entity);
  // Props our own export carried win over the kinds the schema table implies.
  for (const [prop, value] of Object.entries({ ...carried.props, ...identificationKind(entity, types) })) {
    draft.prop(prop, value);
  }
  for (const [prop, value] of Object.entries(rule.props ?? {})) {
    if (draft.props[prop] === undefined) draft.prop(prop, value);
  }
  if (entity.schema !== rule.type) {
    draft.note('FtM schema', schema ? entity.schema : `${entity.schema} (not in the FtM model)`);
  }
  const label = labelOf(entity, schema?.caption ?? []);
  const starts = new Set(schema?.temporalStart ?? []);
  const ends = new Set(schema?.temporalEnd ?? []);
  const links: ImportRecord[] = [];
  const extra: Record<string, unknown> = carried.fields;

  for (const [name, values] of Object.entries(entity.properties)) {
    const prop = schema?.hasProperty(name) ? schema.getProperty(name) : undefined;
    for (const raw of values) {
      const value = plainValue(prop, raw);
      const mapped = PROPERTY_TABLE[name];
      if (OWN_NAMES.has(name)) draft.alias(raw);
      else if (FREE_TEXT.has(name)) draft.text(takePlexusLines(raw).rest);
      else if (mapped !== undefined && draft.has(mapped)) draft.prop(mapped, value, name);
      else if (starts.has(name)) draft.validFrom(toPartialDate(raw), name, raw);
      else if (ends.has(name)) draft.validTo(toPartialDate(raw), name, raw);
      else if (prop?.type.isEntity && !prop.stub) {
        const candidates = [...(PROPERTY_LINKS[name] ?? []), ...FALLBACK_LINKS];
        const chosen = chooseLink(types, candidates, rule.type, typeOf(raw));
        if (!chosen) draft.note(name, raw);
        else {
          links.push({
            kind: 'link',
            sourceKey: chosen.reverse ? raw : entity.id,
            targetKey: chosen.reverse ? entity.id : raw,
            input: {
              type: chosen.type,
              notes: `FtM property: ${entity.schema}.${name}`,
              ...(chosen.type === GENERIC_LINK_TYPE ? { props: genericLinkProps(name) } : {}),
            },
            place: { ...place, field: `properties.${name}` },
          });
        }
      } else draft.note(name, value);
    }
  }
  const { validFrom, validTo, ...grading } = extra;
  if (typeof validFrom === 'string') draft.validFrom(validFrom, 'plexus.validFrom', validFrom);
  if (typeof validTo === 'string') draft.validTo(validTo, 'plexus.validTo', validTo);
  for (const [key, value] of Object.entries(entity.extra)) {
    if (key === 'caption' || value === null || value === undefined) continue;
    draft.note(key, Array.isArray(value) ? value.join(', ') : JSON.stringify(value).replace(/^"|"$/g, ''));
  }
  const record: ImportRecord = {
    kind: 'entity',
    key: entity.id,
    input: draft.input(label, grading),
    place,
  };
  return [record, ...links];
}
