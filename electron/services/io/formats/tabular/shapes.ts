import type { ImportRecord } from '../../types';
import { entityEnd, type EntityRecord, type EntitySpec } from './entity-end';
import { linkPart, type LinkExtras } from './link-part';
import {
  cell,
  cleanCell,
  columnIndex,
  mappingError,
  RowProblem,
  unmappedNotes,
  type TableContext,
} from './table-context';
import type { TableRow } from './table-row';

/** Turns the data rows of one table shape into records; `first` comes before any row's. */
export interface ShapeReader {
  first: ImportRecord[];
  row(row: TableRow): ImportRecord[];
}

export function entitiesShape(ctx: TableContext): ShapeReader {
  const mapping = ctx.mapping;
  if (!('entity' in mapping)) throw mappingError(ctx, 'entity', 'is required for the entities shape');
  const end = entityEnd(ctx, mapping.entity, 'entity');
  return { first: [], row: (row) => [end.build(row, unmappedNotes(ctx, row, end.used))] };
}

function keyCell(ctx: TableContext, row: TableRow, at: number, name: string): string {
  const key = cleanCell(cell(row, at));
  if (key === '') throw new RowProblem(name, `${name}: the key is empty`, { code: 'keyEmpty' });
  return key;
}

export function linksShape(ctx: TableContext): ShapeReader {
  const mapping = ctx.mapping;
  const sourceKey = mapping.shape === 'links' ? mapping.sourceKey : undefined;
  const targetKey = mapping.shape === 'links' ? mapping.targetKey : undefined;
  if (!sourceKey) throw mappingError(ctx, 'sourceKey', 'is required for the links shape');
  if (!targetKey) throw mappingError(ctx, 'targetKey', 'is required for the links shape');
  const sourceAt = columnIndex(ctx, sourceKey, 'sourceKey');
  const targetAt = columnIndex(ctx, targetKey, 'targetKey');
  const link = linkPart(ctx);
  const used = new Set([sourceAt, targetAt, ...link.used]);
  return {
    first: [],
    row: (row) => {
      const source = keyCell(ctx, row, sourceAt, sourceKey);
      const target = keyCell(ctx, row, targetAt, targetKey);
      return [link.build(row, source, target, { notes: unmappedNotes(ctx, row, used) })];
    },
  };
}

/**
 * The same name with another type is another entity, keyed with its type: answers the key a
 * row's end goes by. Every mention is sent on: the engine keeps the first and drops repeats
 * (it also drops an entity only a rejected row named, which a later row may then bring back,
 * so nothing here may decide an entity was sent already). Only the first type of each name is
 * kept, and type names are the schema's own strings, so this map holds little beyond the keys.
 */
function endKeys() {
  const firstType = new Map<string, unknown>();
  return (record: EntityRecord, out: ImportRecord[]): string => {
    const type = record.input.type;
    const first = firstType.get(record.key);
    if (first === undefined) firstType.set(record.key, type);
    const key = first !== undefined && first !== type ? `${record.key} [${String(type)}]` : record.key;
    out.push(key === record.key ? record : { ...record, key });
    return key;
  };
}

export interface EndSpecs {
  source: EntitySpec;
  target: EntitySpec;
  /** Edge lists: the column whose value is the tie's weight. */
  weightAt?: number;
}

export function linkRowsShape(ctx: TableContext, specs?: EndSpecs): ShapeReader {
  const mapping = ctx.mapping;
  const source = specs?.source ?? (mapping.shape === 'link-rows' ? mapping.source : undefined);
  const target = specs?.target ?? (mapping.shape === 'link-rows' ? mapping.target : undefined);
  if (!source) throw mappingError(ctx, 'source', `is required for the ${ctx.mapping.shape} shape`);
  if (!target) throw mappingError(ctx, 'target', `is required for the ${ctx.mapping.shape} shape`);
  const from = entityEnd(ctx, source, 'source');
  const to = entityEnd(ctx, target, 'target');
  const link = linkPart(ctx);
  const used = new Set([...from.used, ...to.used, ...link.used]);
  const weightAt = specs?.weightAt !== undefined && !used.has(specs.weightAt) ? specs.weightAt : undefined;
  if (weightAt !== undefined) used.add(weightAt);
  const keyOf = endKeys();
  return {
    first: [],
    row: (row) => {
      // Built whole before anything is returned: a bad end rejects the row, never half of it.
      const a = from.build(row);
      const b = to.build(row);
      const notes = unmappedNotes(ctx, row, used);
      const linkFacts: LinkExtras =
        weightAt === undefined ? { notes } : { notes, weight: cell(row, weightAt).trim() };
      const linkRecord = link.build(row, a.key, b.key, linkFacts);
      const out: ImportRecord[] = [];
      linkRecord.sourceKey = keyOf(a, out);
      linkRecord.targetKey = keyOf(b, out);
      out.push(linkRecord);
      return out;
    },
  };
}

/**
 * Headerless `source,target[,weight[,more]]` rows: a link-rows table whose ends are the first
 * two columns (or the mapping's source/target), of mapping.entityType.
 */
export function edgeListShape(ctx: TableContext): ShapeReader {
  const mapping = ctx.mapping;
  if (mapping.shape !== 'edge-list') throw mappingError(ctx, 'shape', 'is not edge-list');
  const { entityType, sourceKey, targetKey } = mapping;
  const end = (label: string): EntitySpec => {
    if (!entityType) throw mappingError(ctx, 'entityType', 'is required for the edge-list shape');
    return { type: { fixed: entityType }, label, fields: {} };
  };
  return linkRowsShape(ctx, {
    source: mapping.source ?? end(sourceKey ?? 'Column 1'),
    target: mapping.target ?? end(targetKey ?? 'Column 2'),
    weightAt: 2,
  });
}
