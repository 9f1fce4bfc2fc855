import type { LinkTypeDefinition } from '../../../../../graph-schema/model/type-definition';
import type { ImportRecord } from '../../types';
import {
  fieldColumns,
  joinNotes,
  mappingError,
  rowFields,
  typeOf,
  typeSource,
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
  const spec = ctx.mapping.link;
  if (!spec) throw mappingError(ctx, 'link', `is required for the ${ctx.mapping.shape} shape`);
  const type = typeSource(ctx, spec.type, 'link.type', ctx.types.link, ctx.types.linkNames);
  const fields = fieldColumns(ctx, spec.fields, 'link');
  const used = new Set<number>(fields.map((f) => f.at));
  if ('column' in type) used.add(type.column);

  function linkType(row: TableRow): LinkTypeDefinition {
    return typeOf(type, row, ctx.types.link, 'link', ctx.types.linkNames);
  }

  function build(row: TableRow, sourceKey: string, targetKey: string, extras: LinkExtras = {}): LinkRecord {
    const def = linkType(row);
    const { notes, ...rest } = rowFields(ctx, 'link', def.name, fields, row);
    const input: Record<string, unknown> = { type: def.name, ...rest };
    const lines = [...(extras.notes ?? [])];
    if (extras.weight !== undefined && extras.weight !== '') {
      const prop = weightProp(def);
      const n = Number(extras.weight);
      if (prop && Number.isFinite(n)) input.props = { ...rest.props, [prop]: n };
      else lines.unshift(`weight: ${extras.weight}`);
    }
    const allNotes = joinNotes(typeof notes === 'string' ? notes : undefined, ...lines);
    if (allNotes !== undefined) input.notes = allNotes;
    return { kind: 'link', sourceKey, targetKey, input, place: { file: ctx.file, line: row.line } };
  }

  return { used, build, linkType, typeSource: type };
}
