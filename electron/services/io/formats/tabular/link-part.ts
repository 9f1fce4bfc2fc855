import { GENERIC_LINK_TYPE, genericLinkProps } from '../../../../../graph-schema/model/generic-link';
import type { LinkTypeDefinition } from '../../../../../graph-schema/model/type-definition';
import type { ImportRecord } from '../../types';
import {
  fieldColumns,
  joinNotes,
  mappingError,
  rowFields,
  typeOf,
  typeSource,
  type RowType,
  type TableContext,
} from './table-context';
import type { TableRow } from './table-row';

export type LinkRecord = Extract<ImportRecord, { kind: 'link' }>;

/** Extra facts a shape adds to a link: notes lines, and a weight (matrix cell, edge-list column). */
export interface LinkExtras {
  notes?: readonly string[];
  weight?: string;
}

/** A weight goes to the link type's number property when it has one, else into notes. */
function weightProp(type: LinkTypeDefinition): string | undefined {
  const numbers = type.properties.filter((p) => p.kind === 'number');
  return (numbers.find((p) => p.name === 'weight') ?? (numbers.length === 1 ? numbers[0] : undefined))?.name;
}

/** The link type and link fields of the mapping, resolved against the header once. */
export function linkPart(ctx: TableContext) {
  const spec = 'link' in ctx.mapping ? ctx.mapping.link : undefined;
  if (!spec) throw mappingError(ctx, 'link', `is required for the ${ctx.mapping.shape} shape`);
  // A word the mapping and the schema do not know makes a generic link, never a reject.
  const generic = ctx.index.linkType(GENERIC_LINK_TYPE);
  const type = typeSource(ctx, spec.type, 'link.type', ctx.types.link, ctx.types.linkNames, generic);
  const fields = fieldColumns(ctx, spec.fields, 'link');
  const used = new Set<number>(fields.map((f) => f.at));
  if ('column' in type) used.add(type.column);

  function linkType(row: TableRow): RowType<LinkTypeDefinition> {
    return typeOf(type, row, ctx.types.link, 'link', ctx.types.linkNames);
  }

  function build(row: TableRow, sourceKey: string, targetKey: string, extras: LinkExtras = {}): LinkRecord {
    const { type: def, word } = linkType(row);
    const coerced = rowFields(ctx, 'link', def.name, fields, row);
    // The file's word stays with the link: the generic type's own field, else a notes line.
    if (word !== undefined) {
      if (def.name === GENERIC_LINK_TYPE) coerced.props = { ...coerced.props, ...genericLinkProps(word) };
      else extras = { ...extras, notes: [`type: ${word}`, ...(extras.notes ?? [])] };
    }
    const { notes } = coerced;
    let input: Record<string, unknown>;
    if (notes === undefined && Object.keys(coerced).length === 1) {
      // Only props (the common case): no copy of the rest.
      input = { type: def.name, props: coerced.props };
    } else {
      const { notes: _notes, ...rest } = coerced;
      input = { type: def.name, ...rest };
    }
    const given = typeof notes === 'string' ? notes : undefined;
    let allNotes: string | undefined;
    if (extras.weight !== undefined && extras.weight !== '') {
      const lines = [...(extras.notes ?? [])];
      const prop = weightProp(def);
      const n = Number(extras.weight);
      if (prop && Number.isFinite(n)) input.props = { ...coerced.props, [prop]: n };
      else lines.unshift(`weight: ${extras.weight}`);
      allNotes = joinNotes(given, ...lines);
    } else {
      allNotes =
        extras.notes && extras.notes.length > 0 ? joinNotes(given, ...extras.notes) : joinNotes(given);
    }
    if (allNotes !== undefined) input.notes = allNotes;
    return { kind: 'link', sourceKey, targetKey, input, place: { file: ctx.file, line: row.line } };
  }

  return { used, build, linkType, typeSource: type };
}
