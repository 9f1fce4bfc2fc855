import { cleanText } from '../../../../../graph-schema/model/validate';
import type { ImportRecord } from '../../types';
import type { EntityRecord } from './entity-end';
import { linkPart } from './link-part';
import type { ShapeReader } from './shapes';
import { cell, mappingError, type TableContext } from './table-context';
import type { TableRow } from './table-row';

/**
 * Adjacency matrices (UCINET, social-network tools): the first row names the column
 * entities, the first column the row entities; a non-empty, non-zero cell is a tie from the
 * row's entity to the column's. Each cell is its own tie: the matrix need not be symmetric.
 */

const STAR = /^(.*?)\s*\*+$/u;

interface Named {
  key: string;
  label: string;
  notes: string[];
}

/**
 * One label may name two different rows (two people called the same): the n-th row with a
 * label is the n-th column with it, and each occurrence after the first gets its own key.
 */
function namer(totals: Map<string, number>) {
  const seen = new Map<string, number>();
  return (raw: string): Named => {
    const star = STAR.exec(cleanText(raw));
    const label = cleanText(star ? (star[1] ?? '') : raw);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    const notes = star ? ['marked * in the source'] : [];
    const total = totals.get(label) ?? n;
    if (total > 1) notes.push(`the matrix has ${total} entries labelled "${label}"; this is number ${n}`);
    return { key: n === 1 ? label : `${label} #${n}`, label, notes };
  };
}

function labelOf(raw: string): string {
  const star = STAR.exec(cleanText(raw));
  return cleanText(star ? (star[1] ?? '') : raw);
}

export function matrixShape(ctx: TableContext): ShapeReader {
  const typeName = ctx.mapping.shape === 'matrix' ? ctx.mapping.entityType : undefined;
  if (!typeName) throw mappingError(ctx, 'entityType', 'is required for the matrix shape');
  const type = ctx.types.entity(typeName);
  if (!type)
    throw mappingError(ctx, 'entityType', `unknown type "${typeName}" (allowed: ${ctx.types.entityNames})`);
  const link = linkPart(ctx);
  if (!('fixed' in link.typeSource))
    throw mappingError(ctx, 'link.type', 'must be a fixed type for a matrix');
  const linkType = link.typeSource.fixed;

  const totals = new Map<string, number>();
  for (const raw of ctx.columns.slice(1)) totals.set(labelOf(raw), (totals.get(labelOf(raw)) ?? 0) + 1);
  const nameColumn = namer(totals);
  const nameRow = namer(totals);
  const entity = (named: Named, line: number): EntityRecord => {
    const input: Record<string, unknown> = { type: type.name, label: named.label };
    if (named.notes.length > 0) input.notes = named.notes.join('\n');
    return { kind: 'entity', key: named.key, input, place: { file: ctx.file, line } };
  };

  const columnKeys: (string | undefined)[] = [];
  const first: ImportRecord[] = [];
  for (const raw of ctx.columns.slice(1)) {
    if (cleanText(raw) === '') {
      columnKeys.push(undefined);
      continue;
    }
    const named = nameColumn(raw);
    columnKeys.push(named.key);
    first.push(entity(named, 1));
  }
  const known = new Set(columnKeys);
  // Undirected: A-B and B-A with the same value are one tie; with different values, two facts.
  const undirectedSent = new Map<string, string>();

  return {
    first,
    row: (row: TableRow) => {
      const out: ImportRecord[] = [];
      const rawName = cell(row, 0);
      const place = { file: ctx.file, line: row.line };
      if (cleanText(rawName) === '') {
        const message = `${ctx.file} line ${row.line}: the row has no name in its first cell`;
        const reason = { code: 'nameEmpty', field: 'Column 1' } as const;
        return [{ kind: 'reject', place: { ...place, field: 'Column 1' }, message, reason }];
      }
      const named = nameRow(rawName);
      if (!known.has(named.key)) out.push(entity(named, row.line));
      for (let j = 1; j < row.cells.length; j++) {
        const value = cell(row, j).trim();
        if (value === '' || Number(value) === 0) continue;
        const target = columnKeys[j - 1];
        const column = ctx.columns[j] ?? `Column ${j + 1}`;
        if (target === undefined) {
          const message = `${ctx.file} line ${row.line}: a tie in column ${j + 1}, which has no entity named in the first row`;
          const reason = { code: 'tieWithoutEntity', params: { column: j + 1 } } as const;
          out.push({ kind: 'reject', place: { ...place, field: column }, message, reason });
          continue;
        }
        if (target === named.key) {
          const message = `${ctx.file} line ${row.line}: ${column}: a tie from ${named.label} to itself (a link to itself is not allowed)`;
          const reason = { code: 'tieToItself', params: { name: named.label } } as const;
          out.push({ kind: 'reject', place: { ...place, field: column }, message, reason });
          continue;
        }
        if (!linkType.directed) {
          if (undirectedSent.get(`${target}\u0000${named.key}`) === value) continue;
          undirectedSent.set(`${named.key}\u0000${target}`, value);
        }
        out.push(link.build(row, named.key, target, { weight: value }));
      }
      return out;
    },
  };
}
