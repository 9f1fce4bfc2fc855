import type { ParsedMapping } from '../../../../../graph-schema/contract/io';
import type { ImportRecord } from '../../types';
import {
  cell,
  cleanCell,
  columnIndex,
  fieldColumns,
  joinNotes,
  RowProblem,
  rowFields,
  typeOf,
  typeSource,
  type TableContext,
} from './table-context';
import type { TableRow } from './table-row';

export type EntitySpec = Extract<ParsedMapping, { shape: 'entities' }>['entity'];
export type EntityRecord = Extract<ImportRecord, { kind: 'entity' }>;

/** Aliases arrive as one cell: "A; B" or "A | B". */
const ALIAS_SPLIT = /[;|]/u;

/**
 * An entity described by columns (an entity row, or one end of a link row), resolved against
 * the header once; `build` turns a row into the entity's key and record.
 */
export function entityEnd(ctx: TableContext, spec: EntitySpec, where: string) {
  const type = typeSource(ctx, spec.type, `${where}.type`, ctx.types.entity, ctx.types.entityNames);
  const labelAt = columnIndex(ctx, spec.label, `${where}.label`);
  const keyAt = spec.key === undefined ? undefined : columnIndex(ctx, spec.key, `${where}.key`);
  const aliasesAt =
    spec.aliases === undefined ? undefined : columnIndex(ctx, spec.aliases, `${where}.aliases`);
  const fields = fieldColumns(ctx, spec.fields, where);
  const used = new Set<number>([labelAt, ...fields.map((f) => f.at)]);
  if ('column' in type) used.add(type.column);
  if (keyAt !== undefined) used.add(keyAt);
  if (aliasesAt !== undefined) used.add(aliasesAt);
  const labelName = spec.label;

  function build(row: TableRow, extraNotes: readonly string[] = []): EntityRecord {
    const { type: entityType, word } = typeOf(type, row, ctx.types.entity, 'entity', ctx.types.entityNames);
    // "Federal Agency" read as an Organization: the file's word says more, and is kept.
    if (word !== undefined) extraNotes = [`type: ${word}`, ...extraNotes];
    const label = cleanCell(cell(row, labelAt));
    if (label === '')
      throw new RowProblem(labelName, `${labelName}: the name is empty`, { code: 'nameEmpty' });
    // A trailing space must not make a second entity: keys are cleaned like labels.
    const key = keyAt === undefined ? label : cleanCell(cell(row, keyAt));
    if (key === '')
      throw new RowProblem(spec.key ?? labelName, `${spec.key ?? labelName}: the key is empty`, {
        code: 'keyEmpty',
      });
    const coerced = rowFields(ctx, 'entity', entityType.name, fields, row);
    const { notes, aliases } = coerced;
    let input: Record<string, unknown>;
    if (notes === undefined && aliases === undefined && Object.keys(coerced).length === 1) {
      // Only props (the common case): no copy of the rest.
      input = { type: entityType.name, label, props: coerced.props };
    } else {
      const { notes: _notes, aliases: _aliases, ...rest } = coerced;
      input = { type: entityType.name, label, ...rest };
    }
    if (Array.isArray(aliases) || aliasesAt !== undefined) {
      const allAliases = [
        ...(Array.isArray(aliases) ? (aliases as string[]) : []),
        ...(aliasesAt === undefined ? [] : cell(row, aliasesAt).split(ALIAS_SPLIT)),
      ]
        .map((a) => a.trim())
        .filter((a) => a !== '');
      if (allAliases.length > 0) input.aliases = allAliases;
    }
    const allNotes =
      extraNotes.length === 0
        ? typeof notes === 'string' && notes !== ''
          ? notes
          : undefined
        : joinNotes(typeof notes === 'string' ? notes : undefined, ...extraNotes);
    if (allNotes !== undefined) input.notes = allNotes;
    return { kind: 'entity', key, input, place: { file: ctx.file, line: row.line } };
  }

  return { used, build, typeSource: type };
}
