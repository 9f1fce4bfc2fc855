import {
  restoreFormula,
  type ColumnOrFixed,
  type ParsedMapping,
} from '../../../../../graph-schema/contract/io';
import { coerceFields, type CoercedFields, type ItemKind } from '../../../../../graph-schema/model/coerce';
import { PlexusError, type Reason } from '../../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import { cleanText } from '../../../../../graph-schema/model/validate';
import type { ImportRecord } from '../../types';
import type { TypeMatcher } from './schema-match';
import type { TableRow } from './table-row';

/** What every shape reader knows: the file, the schema, the mapping and the header. */
export interface TableContext {
  file: string;
  index: SchemaIndex;
  types: TypeMatcher;
  mapping: ParsedMapping;
  columns: string[];
}

/** A row that cannot become records: reported as a reject naming the line and field. */
export class RowProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
    /** The same as a code, for the UI's words. */
    readonly reason?: Reason,
  ) {
    super(message);
  }
}

/** A mapping that does not fit the file is refused before any row: one error, not a reject per row. */
export function mappingError(ctx: Pick<TableContext, 'file'>, field: string, message: string): PlexusError {
  return new PlexusError('VALIDATION', `${ctx.file}: mapping ${field}: ${message}`, [
    { file: ctx.file, field: `mapping.${field}`, message },
  ]);
}

/** Finds a mapped column: exact name first, then ignoring case and stray spaces. */
export function columnIndex(ctx: TableContext, name: string, field: string): number {
  const exact = ctx.columns.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = cleanText(name).toLowerCase();
  const loose = ctx.columns.findIndex((c) => cleanText(c).toLowerCase() === wanted);
  if (loose >= 0) return loose;
  throw mappingError(
    ctx,
    field,
    `names column "${name}", not in the file (columns: ${ctx.columns.join(', ')})`,
  );
}

export const columnName = (ctx: TableContext, i: number): string => ctx.columns[i] ?? `Column ${i + 1}`;

/** Our CSV export neutralises formulas (neutraliseFormula): a re-import takes that off again. */
export function cell(row: TableRow, i: number): string {
  return restoreFormula(row.cells[i] ?? '');
}

/** White space cleanText would change: at an end, two in a row, or any but a plain space. */
const UNCLEAN = /^\s|\s$|\s\s|[^\S ]/u;

/** cleanText, without making a new string when the text is clean already (most names are). */
export function cleanCell(value: string): string {
  return UNCLEAN.test(value) ? cleanText(value) : value;
}

/** A type fixed by the mapping, or read from a column per row (its words mapped, then matched). */
export type TypeSource<T> =
  { fixed: T } | { column: number; name: string; values: Map<string, T>; fallback: T | undefined };

const wordKey = (text: string) => cleanText(text).toLowerCase();

/**
 * Resolves a mapping's type spec against the header and the schema once. `fallback` is what a
 * word nothing matches becomes when the mapping names none (links: the generic type).
 */
export function typeSource<T extends { name: string }>(
  ctx: TableContext,
  spec: ColumnOrFixed,
  field: string,
  find: (value: string) => T | undefined,
  allowed: string,
  fallback?: T,
): TypeSource<T> {
  const known = (name: string, at: string) => {
    const type = find(name);
    if (!type) throw mappingError(ctx, at, `unknown type "${name}" (allowed: ${allowed})`);
    return type;
  };
  if ('fixed' in spec) return { fixed: known(spec.fixed, field) };
  const values = new Map<string, T>();
  for (const [word, name] of Object.entries(spec.values ?? {}))
    values.set(wordKey(word), known(name, `${field}.values.${word}`));
  return {
    column: columnIndex(ctx, spec.column, field),
    name: spec.column,
    values,
    fallback: spec.fallback === undefined ? fallback : known(spec.fallback, `${field}.fallback`),
  };
}

/** A row's type, and the file's own word for it when that word is not the type's own name. */
export interface RowType<T> {
  type: T;
  word: string | undefined;
}

function isOwnName(type: { name: string; label?: string; plural?: string }, word: string): boolean {
  const key = wordKey(word).replace(/[\s_-]+/gu, ' ');
  return [type.name, type.label, type.plural].some(
    (n) => n !== undefined && wordKey(n).replace(/[\s_-]+/gu, ' ') === key,
  );
}

export function typeOf<T extends { name: string; label?: string; plural?: string }>(
  source: TypeSource<T>,
  row: TableRow,
  find: (value: string) => T | undefined,
  what: string,
  allowed: string,
): RowType<T> {
  if ('fixed' in source) return { type: source.fixed, word: undefined };
  const value = cleanCell(cell(row, source.column));
  const found = value === '' ? undefined : (source.values.get(wordKey(value)) ?? find(value));
  const type = found ?? source.fallback;
  if (!type) {
    const text = value === '' ? `no ${what} type given` : `unknown ${what} type "${value}"`;
    const reason: Reason =
      value === ''
        ? { code: 'noTypeGiven', params: { what, allowed } }
        : { code: 'unknownTypeWord', params: { what, word: value, allowed } };
    throw new RowProblem(source.name, `${source.name}: ${text} (allowed: ${allowed})`, reason);
  }
  return { type, word: value === '' || isOwnName(type, value) ? undefined : value };
}

/** Mapped columns (column -> field) resolved to indexes once, before the rows. */
export function fieldColumns(ctx: TableContext, fields: Record<string, string>, where: string) {
  return Object.entries(fields).map(([column, field]) => ({
    at: columnIndex(ctx, column, `${where}.fields.${column}`),
    field: field.trim(),
  }));
}

/** A column mapped to this field is skipped on purpose (an export's audit columns, say). */
export const IGNORE_FIELD = 'ignore';

/** Coerces the mapped, non-empty cells of a row into input fields of the given type. */
export function rowFields(
  ctx: TableContext,
  kind: ItemKind,
  typeName: string,
  fields: readonly { at: number; field: string }[],
  row: TableRow,
): CoercedFields {
  const pairs: [string, string][] = [];
  const notes: string[] = [];
  for (const { at, field } of fields) {
    const value = cell(row, at);
    if (value.trim() === '' || field === IGNORE_FIELD) continue;
    // Two columns mapped to notes both count: neither overwrites the other.
    if (field === 'notes') notes.push(value);
    else pairs.push([field, value]);
  }
  // Nothing mapped was given: what coerceFields answers for no pairs, without its work.
  if (pairs.length === 0 && notes.length === 0) return { props: {} };
  const out = coerceFields(ctx.index, kind, typeName, pairs);
  if (notes.length > 0) out.notes = notes.join('\n');
  return out;
}

/** Non-empty cells of columns nothing mapped, as `column: value` lines: never dropped. */
export function unmappedNotes(ctx: TableContext, row: TableRow, used: ReadonlySet<number>): string[] {
  let lines: string[] | undefined;
  const { cells } = row;
  for (let i = 0; i < cells.length; i++) {
    if (used.has(i)) continue;
    const value = cell(row, i).trim();
    if (value !== '') (lines ??= []).push(`${columnName(ctx, i)}: ${value}`);
  }
  return lines ?? NO_LINES;
}

/** Shared by every row without unmapped cells: never written to. */
const NO_LINES: string[] = [];

export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  if (parts.length === 1) return parts[0] === '' ? undefined : parts[0];
  const text = parts.filter((p): p is string => p !== undefined && p !== '').join('\n');
  return text === '' ? undefined : text;
}

export function reject(file: string, row: TableRow, problem: RowProblem): ImportRecord {
  return {
    kind: 'reject',
    place: { file, line: row.line, field: problem.field },
    message: `${file} line ${row.line}: ${problem.message}`,
    ...(problem.reason ? { reason: { ...problem.reason, field: problem.field } } : {}),
  };
}
