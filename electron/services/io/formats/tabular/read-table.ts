import { basename } from 'node:path';
import type { ParsedMapping } from '../../../../../graph-schema/contract/io';
import { PlexusError } from '../../../../../graph-schema/model/errors';
import type { SchemaIndex } from '../../../../../graph-schema/model/schema';
import type { ImportRecord, ReadMapping, ReadOptions } from '../../types';
import { matrixShape } from './matrix';
import { typeMatcher } from './schema-match';
import { edgeListShape, entitiesShape, linkRowsShape, linksShape, type ShapeReader } from './shapes';
import { reject, RowProblem, type TableContext } from './table-context';
import { isBlank, numberedColumns, type TableRow } from './table-row';

const PROGRESS_EVERY = 1_000;

const SHAPES: Record<ParsedMapping['shape'], (ctx: TableContext) => ShapeReader> = {
  entities: entitiesShape,
  links: linksShape,
  'link-rows': (ctx) => linkRowsShape(ctx),
  matrix: matrixShape,
  'edge-list': edgeListShape,
};

/** Edge lists have no header whatever the mapping's default says; a matrix always has one. */
export function hasHeader(mapping: ReadMapping | undefined): boolean {
  if (!mapping) return true;
  if (mapping.shape === 'edge-list') return false;
  return mapping.shape === 'matrix' || mapping.header;
}

/** Turns the rows of any table (CSV, TSV, a sheet) into import records by the mapping's shape. */
export async function* readTable(
  path: string,
  rows: AsyncIterable<TableRow>,
  index: SchemaIndex,
  options: ReadOptions,
): AsyncGenerator<ImportRecord> {
  const file = basename(path);
  const { mapping } = options;
  if (!mapping) {
    throw new PlexusError('VALIDATION', `${file}: a tabular file needs a column mapping`, [
      { file, field: 'mapping', message: 'a mapping is required' },
    ]);
  }
  const header = hasHeader(mapping);
  let reader: ShapeReader | undefined;
  let count = 0;
  for await (const row of rows) {
    if (options.signal?.aborted) return;
    // A row of empty cells (",,,") carries nothing, like an empty line.
    if (row.cells.every(isBlank)) continue;
    if (!reader) {
      const columns = header ? row.cells.map((c) => c.trim()) : numberedColumns(row.cells.length);
      reader = SHAPES[mapping.shape]({ file, index, types: typeMatcher(index), mapping, columns });
      yield* reader.first;
      if (header) continue;
    }
    count++;
    let records: ImportRecord[];
    try {
      records = reader.row(row);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      records = [reject(file, row, error)];
    }
    // A plain loop: yield* would wrap the array in an async iterator per row.
    for (const record of records) yield record;
    if (count % PROGRESS_EVERY === 0) options.onRows?.(count);
  }
  options.onRows?.(count);
}
