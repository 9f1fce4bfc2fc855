import type { Schema } from '@alephdata/followthemoney';
import { GENERIC_LINK_TYPE, SOURCE_TYPE_PROP } from '../../../../../../graph-schema/model/generic-link';
import type { SourcePlace } from '../../../../../../graph-schema/contract/io';
import type { SchemaIndex } from '../../../../../../graph-schema/model/schema';
import type { ImportRecord } from '../../../types';
import { chooseLink, FALLBACK_LINKS, type LinkCandidate } from '../shared/choose-link';
import { toPartialDate } from '../shared/dates';
import { Draft } from '../shared/draft';
import { takePlexusLines } from '../shared/plexus-lines';
import type { FtmEntity } from './record';
import { EDGE_TABLE } from './schema-table';

const CURRENCY_AMOUNTS: Record<string, string> = { amountEur: 'EUR', amountUsd: 'USD' };

/** Candidates for an edge: its table entry; an UnknownLink whose role names a link type (our export) tries that first. */
function candidatesFor(entity: FtmEntity, types: SchemaIndex): LinkCandidate[] {
  const own = EDGE_TABLE[entity.schema]?.candidates ?? [];
  const role = entity.properties.role?.[0];
  const named = entity.schema === 'UnknownLink' && role && types.linkType(role) ? [{ type: role }] : [];
  return [...named, ...own, ...FALLBACK_LINKS];
}

/**
 * An edge entity (Ownership, Payment...) -> one link per source x target value pair.
 * Parallel edges between one pair stay separate links: each FtM edge is its own record.
 */
export function edgeRecords(
  entity: FtmEntity,
  schema: Schema,
  place: SourcePlace,
  types: SchemaIndex,
  typeOf: (key: string) => string | undefined,
): ImportRecord[] {
  const edge = schema.edge;
  if (!edge) return [];
  const sources = entity.properties[edge.source] ?? [];
  const targets = entity.properties[edge.target] ?? [];
  const missing = sources.length === 0 ? edge.source : targets.length === 0 ? edge.target : undefined;
  if (missing !== undefined) {
    const field = `properties.${missing}`;
    const message = `${entity.schema} ${entity.id}: no ${missing}`;
    const reason = { code: 'fieldMissing', params: { field } } as const;
    return [{ kind: 'reject', place: { ...place, field }, message, reason }];
  }
  const rule = EDGE_TABLE[entity.schema];
  const candidates = candidatesFor(entity, types);
  const records: ImportRecord[] = [];
  for (const source of sources) {
    for (const target of targets) {
      const chosen = chooseLink(types, candidates, typeOf(source), typeOf(target));
      if (!chosen) {
        const message =
          `${entity.schema} ${entity.id}: no link type joins ${typeOf(source)} ${source} ` +
          `to ${typeOf(target)} ${target}`;
        // Type names, so the UI shows each type's label; an end not in the file has no type.
        const params = { source: typeOf(source) ?? source, target: typeOf(target) ?? target };
        const reason = { code: 'noLinkTypeJoins', params } as const;
        records.push({ kind: 'reject', place: { ...place, field: 'schema' }, message, reason });
        continue;
      }
      const draft = new Draft(chosen.type, types, 'link');
      const own = rule?.candidates[0]?.type === chosen.type;
      const named = entity.schema === 'UnknownLink' && entity.properties.role?.[0] === chosen.type;
      // The generic link keeps the FtM schema as its type in the file; another guess notes it.
      if (chosen.type === GENERIC_LINK_TYPE) draft.prop(SOURCE_TYPE_PROP, entity.schema);
      else if (!own && !named) draft.note('FtM schema', entity.schema);
      const extra = fillLink(draft, entity, schema, new Set([edge.source, edge.target]), named);
      const { validFrom, validTo, ...grading } = extra;
      if (validFrom !== undefined) draft.validFrom(validFrom, 'plexus.validFrom', validFrom);
      if (validTo !== undefined) draft.validTo(validTo, 'plexus.validTo', validTo);
      const label = own || named ? undefined : schema.label;
      records.push({
        kind: 'link',
        sourceKey: chosen.reverse ? target : source,
        targetKey: chosen.reverse ? source : target,
        input: draft.input(label, grading),
        place,
      });
    }
  }
  return records;
}

/** Props, dates and notes of one link; answers the `plexus.*` fields found in its text. */
function fillLink(
  draft: Draft,
  entity: FtmEntity,
  schema: Schema,
  ends: Set<string>,
  roleUsed: boolean,
): Record<string, string> {
  const map = EDGE_TABLE[entity.schema]?.props ?? {};
  const starts = new Set(schema.temporalStart);
  const stops = new Set(schema.temporalEnd);
  const fields: Record<string, string> = {};
  const props = entity.properties;
  for (const [name, values] of Object.entries(props)) {
    if (ends.has(name) || (roleUsed && name === 'role')) continue;
    for (const raw of values) {
      const currency = CURRENCY_AMOUNTS[name];
      if (map[name] !== undefined) draft.prop(map[name], raw, name);
      else if (currency !== undefined && props.amount === undefined && draft.has('amount')) {
        draft.prop('amount', raw, name);
        if (props.currency === undefined) draft.prop('currency', currency, 'currency');
      } else if (name === 'notes' || name === 'description') {
        const found = takePlexusLines(raw);
        Object.assign(fields, found.fields);
        for (const [prop, value] of Object.entries(found.props)) draft.prop(prop, value, prop);
        draft.text(found.rest);
      } else if (starts.has(name)) draft.validFrom(toPartialDate(raw), name, raw);
      else if (stops.has(name)) draft.validTo(toPartialDate(raw), name, raw);
      else draft.note(name, raw);
    }
  }
  for (const [key, value] of Object.entries(entity.extra)) {
    if (key === 'caption' || value === null || value === undefined) continue;
    draft.note(key, Array.isArray(value) ? value.join(', ') : String(value));
  }
  return fields;
}
